// The collection: ?statement= opens another text, and a place's panel shows
// what every text says about it, oldest first, quoted verbatim, with the
// words changed from one text to the next.
import { join } from 'node:path';
import { expect, mapIdle, SCREENSHOTS, test } from './fixtures';

interface Built {
  title: string;
  date: string;
  sections: { paragraphs: { id: string; text: string; mentions: { region: string; start: number; end: number }[] }[] }[];
}
interface Collection {
  statements: { id: string; date: string; dataPath: string }[];
  regions: Record<string, { statement: string }[]>;
}

const paragraphsOf = (s: Built) => s.sections.flatMap((x) => x.paragraphs);

/** The sentences of a text that name a place, joined: split here on end marks before a capital, apart from the app's splitter. */
function saidAbout(s: Built, region: string): string {
  return paragraphsOf(s)
    .flatMap((p) => {
      const at = p.mentions.filter((m) => m.region === region).map((m) => m.start);
      const out: string[] = [];
      let from = 0;
      for (const piece of p.text.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
        const start = p.text.indexOf(piece, from);
        from = start + piece.length;
        if (at.some((a) => a >= start && a < start + piece.length)) out.push(piece);
      }
      return out;
    })
    .join(' ');
}

/** Words and punctuation marks, the units a reader sees change. */
const tokens = (text: string) => text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];

/** What was added and dropped from one token list to the next: a longest common subsequence, by dynamic programming. */
function lcsChanges(a: string[], b: string[]): { added: string[]; dropped: string[] } {
  const n = a.length;
  const m = b.length;
  const len = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) len[i]![j] = a[i] === b[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
  const added: string[] = [];
  const dropped: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) (i++, j++);
    else if (len[i + 1]![j]! >= len[i]![j + 1]!) dropped.push(a[i++]!);
    else added.push(b[j++]!);
  }
  return { added: [...added, ...b.slice(j)], dropped: [...dropped, ...a.slice(i)] };
}

const sorted = (xs: string[]) => [...xs].sort();

test("the flagship's Senkaku card quotes the sample text, says it is a sample, and opens it at the place", async ({ page, request }) => {
  const sample = (await (await request.get('./data/statements/sample-geography-primer/statement.json')).json()) as Built;
  const naming = paragraphsOf(sample).filter((p) => p.mentions.some((m) => m.region === 'senkaku-islands'));
  expect(naming.map((p) => p.id)).toEqual(['p3']);

  await page.goto('./?region=senkaku-islands');
  const compare = page.locator('.panel [data-compare]');
  await expect(compare.getByRole('heading')).toHaveText('What each text of the collection says');
  const item = compare.locator('[data-statement="sample-geography-primer"]');
  await expect(item).toContainText(sample.title);
  await expect(item.locator('time')).toHaveAttribute('datetime', '2026-12-03');
  await expect(item.locator('[data-sample]')).toHaveText('A sample text written by the project, not an official statement');
  // Verbatim: the quoted sentence is the text's own, the name in bold.
  await expect(item.locator('blockquote')).toHaveText(naming[0]!.text);
  await expect(item.locator('blockquote strong')).toHaveText('Senkaku Islands');
  await compare.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'compare-senkaku.png') });

  await item.getByRole('link', { name: 'Open this text at Senkaku Islands' }).click();
  await expect(page).toHaveURL(/\?statement=sample-geography-primer&region=senkaku-islands/);
  await expect(page.locator('.reader h2')).toHaveText(sample.title);
  await expect(page.locator('.reader .para')).toHaveCount(5);
  await expect(page.locator('.panel h2')).toHaveText('Senkaku Islands');
});

for (const [region, name] of [
  ['senkaku-islands', 'Senkaku Islands'],
  ['taiwan-strait', 'Taiwan Strait'],
] as const) {
  test(`the flagship's ${name} card: every text oldest first, the flagship quoted and marked as read, the words changed`, async ({ page, request }) => {
    const get = async <T>(path: string) => (await (await request.get(path)).json()) as T;
    const collection = await get<Collection>('./data/collection.json');
    const texts = Object.fromEntries(await Promise.all(collection.statements.map(async (s) => [s.id, await get<Built>(`./data/${s.dataPath}statement.json`)] as const)));
    const naming = collection.regions[region]!.map((r) => r.statement);
    // Oldest first, by the dates the texts themselves carry.
    const order = [...naming].sort((a, b) => texts[a]!.date.localeCompare(texts[b]!.date));
    expect(order.length).toBeGreaterThanOrEqual(3);
    expect(order[0]).toBe('us-japan-2025-02-07');
    const flagship = texts['us-japan-2025-02-07']!;

    await page.goto(`./?region=${region}`);
    const compare = page.locator('.panel [data-compare]');
    await expect(compare.locator('[data-change]').first()).toBeVisible();
    const items = compare.locator('li[data-statement]');
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-statement')))).toEqual(order);
    const dates = await items.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort());

    // The flagship, the text being read: marked so, each quoted sentence verbatim from statement.json.
    const read = items.first();
    await expect(read).toHaveAttribute('aria-current', 'true');
    await expect(read.locator('[data-reading]')).toHaveText('The text you are reading');
    await expect(read.getByRole('link')).toHaveCount(0);
    await expect(read).toContainText(flagship.title);
    const quoted = (await read.locator('blockquote').allTextContents()).map((q) => q.replace(/^…|\s…$/g, '').trim());
    expect(quoted.join(' ')).toBe(saidAbout(flagship, region));
    for (const q of quoted) expect(paragraphsOf(flagship).some((p) => p.text.includes(q))).toBe(true);

    // Each later text: its changes from the one before, as a longest common subsequence of words finds them.
    for (let k = 1; k < order.length; k++) {
      const older = saidAbout(texts[order[k - 1]!]!, region);
      const newer = saidAbout(texts[order[k]!]!, region);
      const change = items.nth(k).locator('[data-change]');
      const expected = lcsChanges(tokens(older), tokens(newer));
      const kept = tokens(newer).length - expected.added.length;
      if (order[k] === 'sample-reworded-statement') {
        // The reworded sample: words added, dropped and put in another's place, marked word by word.
        expect(expected.added.length).toBeGreaterThan(0);
        expect(expected.dropped.length).toBeGreaterThan(0);
        expect(kept / tokens(older).length).toBeGreaterThan(0.7);
        const ins = (await change.locator('[data-diff] ins').allTextContents()).flatMap(tokens);
        const del = (await change.locator('[data-diff] del').allTextContents()).flatMap(tokens);
        expect(sorted(ins)).toEqual(sorted(expected.added));
        expect(sorted(del)).toEqual(sorted(expected.dropped));
        // Both texts are there verbatim: without the struck words the newer, without the added ones the older.
        const without = (tag: string) => change.locator('[data-diff]').evaluate((el, t) => {
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelectorAll(t).forEach((e) => e.remove());
          return copy.textContent;
        }, tag);
        expect(await without('del')).toBe(newer);
        expect(await without('ins')).toBe(older);
        // Marked by line, not by colour alone; and said in words for a screen reader.
        expect(await change.locator('[data-diff] ins').first().evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('underline');
        expect(await change.locator('[data-diff] del').first().evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('line-through');
        const summary = (await change.locator('[data-summary]').textContent())!;
        for (const w of [...expected.added, ...expected.dropped].filter((t) => /\p{L}/u.test(t))) expect(summary).toContain(w);
        await change.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SCREENSHOTS, `compare-wording-${region}.png`) });
      } else if (kept / Math.min(tokens(older).length, tokens(newer).length) < 0.3) {
        // Little in common: no word-by-word marks, the sentences are quoted whole.
        await expect(change.locator('[data-anew]')).toBeVisible();
        await expect(change.locator('ins, del')).toHaveCount(0);
      }
    }
  });
}

test('another text of the collection: its own paragraphs, places, kind and source; its panel quotes the flagship', async ({ page, request }) => {
  const flagship = (await (await request.get('./data/statement.json')).json()) as Built;
  await page.goto('./?statement=sample-geography-primer');
  await mapIdle(page);
  await expect(page.locator('.reader .kicker')).toHaveText(/^Sample text · December 3, 2026$/i);
  await expect(page.locator('.masthead')).toContainText('sample text on East Asian waters (not an official statement)');
  // Only the places this text names are listed; no tour, since it has none.
  const listed = await page.locator('.region-list [data-region]').evaluateAll((els) => els.map((e) => e.getAttribute('data-region')));
  expect(listed.sort()).toEqual(['china', 'east-china-sea', 'japan', 'okinawa', 'philippines', 'senkaku-islands', 'south-china-sea', 'southwest-islands', 'taiwan', 'taiwan-strait'].sort());
  await expect(page.getByRole('button', { name: /Take the guided tour/ })).toHaveCount(0);
  // The map draws only the places the text names: no Henoko or Futenma here.
  const drawn = await page.evaluate(() => {
    const m = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
    m.jumpTo({ center: [127.8, 26.4], zoom: 8 });
    return new Promise<string[]>((done) => m.once('idle', () => done([...new Set(m.queryRenderedFeatures().filter((f) => ['regions', 'regions-wide', 'region-labels'].includes(f.source)).map((f) => String(f.properties.id)))].sort())));
  });
  expect(drawn).toContain('okinawa');
  expect(drawn.filter((id) => !listed.includes(id))).toEqual([]);
  expect(drawn).not.toContain('henoko');

  await page.locator('.region-list [data-region="okinawa"]').click();
  await expect(page).toHaveURL(/statement=sample-geography-primer&region=okinawa/);
  await expect(page.locator('.panel h3', { hasText: /^What this text/ })).toHaveText('What this text says · 1 passage');
  const item = page.locator('.panel [data-compare] [data-statement="us-japan-2025-02-07"]');
  await expect(item).toContainText(flagship.title);
  await expect(item.locator('[data-sample]')).toHaveCount(0);
  const p6 = flagship.sections.flatMap((s) => s.paragraphs).find((p) => p.id === 'p6')!;
  for (const q of await item.locator('blockquote').allTextContents()) expect(p6.text).toContain(q.replace(/^…|\s…$/g, '').trim());
  await expect(item.getByRole('link')).toHaveAttribute('href', './?region=okinawa');
  await page.screenshot({ path: join(SCREENSHOTS, 'compare-sample-okinawa.png') });
});

test('an unknown ?statement= gets a notice and the flagship', async ({ page }) => {
  await page.goto('./?statement=%3Cb%3Enope%3C%2Fb%3E');
  await expect(page.getByRole('status').filter({ hasText: 'The collection has no text' })).toContainText('“<b>nope</b>”');
  await expect(page.locator('.reader .para')).toHaveCount(16);
});

test('sharing another text of the collection names it in the link and the snippets, and the embed opens it', async ({ page }) => {
  await page.goto('./?statement=sample-geography-primer&region=okinawa');
  await mapIdle(page);
  await page.getByRole('button', { name: 'Share & embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share & embed' });
  await expect(dialog.getByLabel('Link to this view')).toHaveValue(/\?statement=sample-geography-primer&region=okinawa/);
  const iframe = dialog.getByLabel('Iframe (works everywhere)');
  await expect(iframe).toHaveValue(/\?embed=1&amp;statement=sample-geography-primer&amp;region=okinawa" title="Interactive map: Okinawa in the sample text on East Asian waters \(not an official statement\)"/);
  const src = /src="([^"]+)"/.exec(await iframe.inputValue())![1]!.replaceAll('&amp;', '&');
  await page.goto('about:blank');
  await page.goto(`./${new URL(src).search}`);
  await expect(page.locator('.embed-panel, [data-embed-panel], main').first()).toContainText('Okinawa is the largest of the Southwest Islands');
});
