// One atlas for every text: a user pastes a statement, shares it, and a
// reader who opens the link (in a fresh browser) gets what the flagship has:
// the verified places as their checked shapes with their curated cards, a
// gazetteer place as an approximate point, the tour, the quiz, the measure
// tool, print, the comparison with the flagship (its words quoted verbatim,
// the wording's difference marked), a worksheet for each place (made in the
// browser, quoting the user's words) and an embed in an article on another origin.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, mapIdle, SCREENSHOTS, test } from './fixtures';
import { geometryOf, waitLinked } from './drafting';
import { expectTwoPages, openMadeSheet } from './sheets';
import { serveFolder } from './static-server';

type MapElement = HTMLElement & { maplibre: import('maplibre-gl').Map };

const FLAGSHIP = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/statement.json'), 'utf8')) as {
  title: string;
  sections: { paragraphs: { id: string; text: string }[] }[];
};
/** The flagship's sentence on the Senkaku Islands, as its data has it. */
const FLAGSHIP_SENKAKU = FLAGSHIP.sections
  .flatMap((s) => s.paragraphs)
  .find((p) => p.id === 'p3')!
  .text.split(/(?<=\.) /)
  .find((s) => s.includes('Senkaku'))!;
// The user's text rewords it: "reaffirmed" becomes "confirmed", "strong" and "longstanding and" are dropped.
const REWORDED = FLAGSHIP_SENKAKU.replace('reaffirmed', 'confirmed').replace('strong ', '').replace('longstanding and ', '');

const TEXT = `Joint Statement on Maritime Security

${REWORDED}

The two sides discussed the East China Sea and the Taiwan Strait, and welcomed trade between Osaka and Okinawa.`;

/** Names of the features of a layer drawn on the map now. */
const drawn = (page: Page, layer: string) =>
  page.evaluate((l) => (document.querySelector('.map') as MapElement).maplibre.queryRenderedFeatures({ layers: [l] }).map((f) => String(f.properties.id)), layer);

test('a pasted text, shared, is a whole atlas: shapes and cards, tour, quiz, measure, print, comparison and an embed', async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  // The author: paste, link, share.
  await page.goto('./?view=new');
  await page.getByLabel('Title', { exact: true }).fill('Joint Statement on Maritime Security');
  await page.getByLabel('Date', { exact: true }).fill('2025-03-01');
  await page.getByLabel('Licence or terms').fill('CC BY 4.0');
  await page.getByLabel(/^Text:/).fill(TEXT);
  await waitLinked(page);
  await page.getByRole('button', { name: 'Make a share link' }).click();
  const link = await page.locator('#draft-link').inputValue();
  expect(link.startsWith(`${baseURL}?view=atlas#atlas=`)).toBe(true);

  // A reader in a fresh browser.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const reader = await context.newPage();
  const errors: string[] = [];
  reader.on('pageerror', (e) => errors.push(e.message));
  reader.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await reader.goto(link);
  await expect(reader.locator('#statement-title')).toHaveText('Joint Statement on Maritime Security');
  await expect(reader.locator('.reader .source')).toContainText('CC BY 4.0');
  await mapIdle(reader);

  // The verified places are their checked shapes; the gazetteer's Osaka is a point.
  expect(await geometryOf(reader, 'senkaku-islands')).toMatch(/Polygon/);
  expect(await geometryOf(reader, 'okinawa')).toMatch(/Polygon/);
  expect(await geometryOf(reader, 'osaka-japan')).toBe('Point');
  await reader.locator('.region-list [data-region="senkaku-islands"]').click();
  await mapIdle(reader);
  expect(await drawn(reader, 'region-island-fill')).toContain('senkaku-islands');
  // Its curated card: who administers it, who else claims it, under which names.
  const card = reader.locator('.panel[data-region="senkaku-islands"]');
  await expect(card.locator('[data-fact="administered"]')).toContainText('Japan');
  await expect(card.locator('[data-fact="claimed"]')).toContainText("People's Republic of China");
  await expect(card.locator('[data-fact="names"]')).toContainText('Diaoyu Dao');
  // What the flagship says about the same place, verbatim, and how this text reworded it.
  const compare = card.locator('[data-compare]');
  // (An ellipsis marks where the quotation starts inside its paragraph.)
  await expect(compare.locator('li[data-statement="us-japan-2025-02-07"] blockquote')).toHaveText(`…${FLAGSHIP_SENKAKU}`);
  const mine = compare.locator('li[aria-current="true"]');
  await expect(mine.locator('blockquote')).toHaveText(REWORDED);
  // The words dropped and put in, as the test's own replacements made them (a mark keeps its spaces, unmarked).
  await expect(mine.locator('[data-diff] del')).toHaveText([/^\s*reaffirmed\s*$/, /^\s*strong\s*$/, /^\s*longstanding and\s*$/]);
  await expect(mine.locator('[data-diff] ins')).toHaveText([/^\s*confirmed\s*$/]);
  await reader.screenshot({ path: join(SCREENSHOTS, 'user-atlas-senkaku.png'), fullPage: false });

  // Its worksheet, made in the browser from this text: the user's words verbatim, not the flagship's, on two pages.
  const senkakuSheet = await openMadeSheet(card, errors);
  await expect(senkakuSheet.locator('h1')).toHaveText('Worksheet: Senkaku Islands');
  await expect(senkakuSheet.locator('header .from')).toHaveText('Joint Statement on Maritime Security, March 1, 2025');
  await expect(senkakuSheet.locator('blockquote')).toHaveText([`¶2 ${REWORDED}`]);
  await expect(senkakuSheet.locator('body')).not.toContainText('reaffirmed');
  // Its map: the islands ringed as on the live map, three letters at least; the questions ask about them and the text's tour step.
  const senkakuMap = decodeURIComponent((await senkakuSheet.locator('.sheet-map img').getAttribute('src'))!.split(',')[1]!);
  expect(senkakuMap).toContain('data-ring=""');
  expect((senkakuMap.match(/data-mark="/g) ?? []).length).toBeGreaterThanOrEqual(3);
  // A user's text is not called a statement (only an official text is): the sheet asks about "the text".
  await expect(senkakuSheet.locator('.questions')).toContainText('Why does the text name “Senkaku Islands” here?');
  await expect(senkakuSheet.locator('.questions h2')).toContainText(['In the text']);
  await expect(senkakuSheet.locator('.questions')).not.toContainText('the statement');
  await senkakuSheet.screenshot({ path: join(SCREENSHOTS, 'user-atlas-worksheet-senkaku.png'), fullPage: true });
  await expectTwoPages(senkakuSheet, (format) => join(SCREENSHOTS, `user-atlas-worksheet-senkaku-${format}.pdf`));
  await senkakuSheet.close();

  // Print: the map, the card and its passages, no controls.
  await reader.emulateMedia({ media: 'print' });
  await expect(reader.locator('.map-pane')).toBeVisible();
  await expect(card.locator('h2')).toHaveText('Senkaku Islands');
  for (const hidden of ['.region-list', '.map-tools', '.reader']) await expect(reader.locator(hidden)).toBeHidden();
  await reader.emulateMedia({ media: 'screen' });

  // A gazetteer place: a point, and a card that says it is approximate.
  await reader.locator('.region-list [data-region="osaka-japan"]').click();
  await mapIdle(reader);
  expect(await drawn(reader, 'region-site')).toContain('osaka-japan');
  await expect(reader.locator('.panel[data-region="osaka-japan"] [data-fact="approximate"]')).toContainText('approximate and unchecked');
  await expect(reader.locator('.panel[data-region="osaka-japan"] [data-fact="gazetteer"]')).toContainText('Japan');
  // Its worksheet: a map around the point, widened until it letters three places, the passage that names it verbatim.
  const osakaSheet = await openMadeSheet(reader.locator('.panel[data-region="osaka-japan"]'), errors);
  await expect(osakaSheet.locator('h1')).toHaveText('Worksheet: Osaka');
  await expect(osakaSheet.locator('blockquote')).toHaveText([`¶3 ${TEXT.split('\n\n').at(-1)}`]);
  const osakaMap = decodeURIComponent((await osakaSheet.locator('.sheet-map img').getAttribute('src'))!.split(',')[1]!);
  expect(osakaMap).toContain('data-kind="region:osaka-japan"');
  expect((osakaMap.match(/data-mark="/g) ?? []).length).toBeGreaterThanOrEqual(3);
  await osakaSheet.screenshot({ path: join(SCREENSHOTS, 'user-atlas-worksheet-osaka.png'), fullPage: true });
  await expectTwoPages(osakaSheet, (format) => join(SCREENSHOTS, `user-atlas-worksheet-osaka-${format}.pdf`));
  await osakaSheet.close();

  // The measure tool, between a verified region and the gazetteer's point.
  await reader.getByRole('button', { name: 'Measure distance' }).click();
  await reader.locator('select[data-end="from"]').selectOption('okinawa');
  await reader.locator('select[data-end="to"]').selectOption('osaka-japan');
  await expect(reader.locator('.measure [data-km]')).toBeVisible();
  await reader.getByRole('button', { name: 'Measure distance' }).click();

  // The tour made from the text: one step per paragraph that names places.
  await reader.locator('.panel .close').click();
  await reader.getByRole('button', { name: /Take the guided tour/ }).click();
  const tour = reader.getByRole('region', { name: 'Guided tour' });
  await expect(tour.locator('[data-step]')).toHaveAttribute('data-step', '1');
  await expect(tour).toContainText('of 2');
  await expect(tour).toContainText('Senkaku Islands');
  await mapIdle(reader);
  await reader.screenshot({ path: join(SCREENSHOTS, 'user-atlas-tour-1.png') });
  await tour.getByRole('button', { name: 'Next' }).click();
  await expect(tour.locator('[data-step]')).toHaveAttribute('data-step', '2');
  await expect(tour).toContainText('East China Sea');
  await tour.getByRole('button', { name: 'Exit tour' }).click();

  // The quiz, from its places.
  await reader.getByRole('button', { name: 'Quiz yourself' }).click();
  await expect(reader.locator('.quiz [data-question]')).toBeVisible();
  await reader.getByRole('button', { name: 'Exit quiz' }).click();

  // Share & embed: the snippets carry the atlas; an article on another origin shows it.
  await reader.locator('.region-list [data-region="senkaku-islands"]').click();
  await reader.getByRole('button', { name: 'Share & embed' }).click();
  const iframe = await reader.locator('#share-iframe').inputValue();
  const script = await reader.locator('#share-script').inputValue();
  expect(iframe).toContain('view=atlas');
  expect(iframe).toContain('#atlas=');
  expect(script).toContain('data-atlas-hash=');
  await context.close();

  const folder = mkdtempSync(join(tmpdir(), 'article-'));
  writeFileSync(join(folder, 'index.html'), `<!doctype html><html lang="en"><title>An article</title><body><h1>Maritime security</h1><figure id="a">${iframe}</figure><figure id="b">${script}</figure></body></html>`);
  const article = await serveFolder(folder);
  try {
    const host = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
    const view = await host.newPage();
    await view.goto(`${article.origin}/`);
    for (const id of ['a', 'b']) {
      const el = view.locator(`#${id} iframe`);
      await el.scrollIntoViewIfNeeded();
      const frame = (await (await el.elementHandle())!.contentFrame())!;
      expect(new URL(frame.url()).origin).toBe(new URL(baseURL!).origin);
      await expect(frame.locator('.embed-panel h2')).toHaveText('Senkaku Islands', { timeout: 45_000 });
      await expect(frame.locator('.embed-panel')).toContainText('confirmed that Article V');
      await expect(frame.locator('.map[data-loaded="true"][data-idle="true"]')).toBeVisible({ timeout: 45_000 });
    }
    await view.screenshot({ path: join(SCREENSHOTS, 'user-atlas-article.png'), fullPage: true });
    await host.close();
  } finally {
    await article.stop();
  }
  expect(errors).toEqual([]);
});
