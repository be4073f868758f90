// The collection: ?statement= opens another text, and a place's panel shows
// what the other texts say about it, newest first, quoted verbatim.
import { join } from 'node:path';
import { expect, mapIdle, SCREENSHOTS, test } from './fixtures';

interface Built {
  title: string;
  sections: { paragraphs: { id: string; text: string; mentions: { region: string }[] }[] }[];
}

test("the flagship's Senkaku card quotes the sample text, says it is a sample, and opens it at the place", async ({ page, request }) => {
  const sample = (await (await request.get('./data/statements/sample-geography-primer/statement.json')).json()) as Built;
  const naming = sample.sections.flatMap((s) => s.paragraphs).filter((p) => p.mentions.some((m) => m.region === 'senkaku-islands'));
  expect(naming.map((p) => p.id)).toEqual(['p3']);

  await page.goto('./?region=senkaku-islands');
  const compare = page.locator('.panel [data-compare]');
  await expect(compare.getByRole('heading')).toHaveText('In the other texts of the collection');
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
  await expect(page.locator('.panel h3', { hasText: /^What / })).toHaveText('What this text says · 1 passage');
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
