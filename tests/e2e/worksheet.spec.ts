// The printable worksheets, as a teacher prints them: the questions on one
// page, the answer key on the next, in A4 and in Letter, for every place.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, liteRegions, SCREENSHOTS, test } from './fixtures';
import { expectTwoPages, openMadeSheet, pagesOf } from './sheets';

/** Open a sheet and wait until its blank map has loaded. */
async function openSheet(page: Page, id: string) {
  await page.goto(`./data/static/${id}-worksheet.html`);
  await expect(page.locator('.sheet-map img')).toHaveJSProperty('complete', true);
  expect(await page.locator('.sheet-map img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
}

test('the Senkaku worksheet prints its questions on page 1 and its answer key on page 2, in A4 and Letter', async ({ page }) => {
  await openSheet(page, 'senkaku-islands');
  await expect(page.locator('h1')).toHaveText('Worksheet: Senkaku Islands');
  await page.screenshot({ path: join(SCREENSHOTS, 'worksheet-senkaku-islands.png'), fullPage: true });
  // The page's link back and its printing hint are for the screen only.
  await expectTwoPages(page, (format) => join(SCREENSHOTS, `worksheet-senkaku-islands-${format}.pdf`));
  await page.emulateMedia({ media: 'print' });
  // Without the key the questions are one page: so the key is all of page 2, and none of it on page 1.
  await page.locator('.answers').evaluate((el) => el.remove());
  for (const format of ['A4', 'Letter'] as const) expect(pagesOf(await page.pdf({ format, printBackground: true })), format).toBe(1);
});

test('every place\'s worksheet prints on exactly two pages, in A4 and Letter', async ({ page }) => {
  test.setTimeout(120_000);
  const ids = (await liteRegions(page)).map((r) => r.id);
  expect(ids.length).toBeGreaterThanOrEqual(22);
  const wrong: string[] = [];
  for (const id of ids) {
    await openSheet(page, id);
    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter'] as const) {
      const n = pagesOf(await page.pdf({ format, printBackground: true }));
      if (n !== 2) wrong.push(`${id} ${format}: ${n} pages`);
    }
    await page.emulateMedia({ media: 'screen' });
  }
  expect(wrong).toEqual([]);
});

test('a place\'s card and its static page lead to its worksheet; the link is not printed', async ({ page }) => {
  await page.goto('./?region=senkaku-islands');
  const link = page.locator('.panel [data-worksheet]');
  await expect(link).toHaveText('Worksheet for a lesson: print it, with an answer key');
  await page.emulateMedia({ media: 'print' });
  await expect(link).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await link.click();
  await expect(page).toHaveURL(/\/data\/static\/senkaku-islands-worksheet\.html$/);
  await expect(page.locator('h1')).toHaveText('Worksheet: Senkaku Islands');
  await page.goto('./data/static/taiwan-strait.html');
  await page.getByRole('link', { name: 'A worksheet for a lesson' }).click();
  await expect(page.locator('h1')).toHaveText('Worksheet: Taiwan Strait');
  await page.goto('./?region=okinawa&lang=ja');
  await expect(page.locator('.panel [data-worksheet]')).toHaveText('授業用ワークシート（英語、解答付き）を印刷する');
  await expect(page.locator('.panel [data-worksheet]')).toHaveAttribute('href', /\/data\/static\/okinawa-worksheet\.html$/);
});

test('another text of the collection gets its worksheet, made in the browser from its own passages', async ({ page }) => {
  const errors: string[] = [];
  const statement = (await (await page.request.get('./data/statements/sample-geography-primer/statement.json')).json()) as { title: string; sections: { paragraphs: { id: string; text: string; mentions: { region: string }[] }[] }[] };
  const naming = statement.sections.flatMap((s) => s.paragraphs).filter((p) => p.mentions.some((m) => m.region === 'taiwan-strait'));
  // A sea: the reading view's data has no shape for it, the sheet loads it.
  await page.goto('./?statement=sample-geography-primer&region=taiwan-strait');
  const card = page.locator('.panel[data-region="taiwan-strait"]');
  await expect(card.locator('[data-worksheet]')).toHaveText('Worksheet for a lesson: print it, with an answer key');
  await expect(card.locator('a[data-worksheet]')).toHaveCount(0);
  const sheet = await openMadeSheet(card, errors);
  await expect(sheet.locator('h1')).toHaveText('Worksheet: Taiwan Strait');
  await expect(sheet.locator('header .from')).toHaveText(/^A Sample Text for the Atlas/);
  // This text's passage, verbatim; the strait drawn as its shape (a path in its colour), lettered places around it.
  await expect(sheet.locator('blockquote').first()).toHaveText(`¶${naming[0]!.id.slice(1)} ${naming[0]!.text}`);
  const svg = decodeURIComponent((await sheet.locator('.sheet-map img').getAttribute('src'))!.split(',')[1]!);
  expect(svg).toMatch(/<path d="M[^"]+" fill="#[0-9a-fA-F]{6}" fill-opacity="0.28"/);
  expect((svg.match(/data-mark="/g) ?? []).length).toBeGreaterThanOrEqual(3);
  await sheet.screenshot({ path: join(SCREENSHOTS, 'worksheet-made-taiwan-strait.png'), fullPage: true });
  await expectTwoPages(sheet);
  expect(errors).toEqual([]);
});

test('with pop-ups blocked, a made worksheet opens in place of the atlas, whole, and Back returns to the card', async ({ page }) => {
  // A browser that blocks the new tab: window.open gives nothing.
  await page.addInitScript(() => (window.open = () => null));
  await page.goto('./?statement=sample-geography-primer&region=taiwan-strait');
  const card = page.locator('.panel[data-region="taiwan-strait"]');
  await card.locator('[data-worksheet]').click();
  await page.waitForURL(/^blob:/);
  await expect(page.locator('h1')).toHaveText('Worksheet: Taiwan Strait');
  // Its map drawn, and its stylesheet found in the atlas's static folder (the sheet's <base>), not beside the blob.
  await expect(page.locator('.sheet-map img')).toHaveJSProperty('complete', true);
  expect(await page.locator('.sheet-map img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')?.sheet?.cssRules.length ?? 0)).toBeGreaterThan(0);
  await page.goBack();
  await expect(card).toBeVisible();
});

test('every place of every other text of the collection gets a made worksheet that prints on two pages, in A4 and Letter', async ({ page }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  const collection = (await (await page.request.get('./data/collection.json')).json()) as { statements: { id: string; dataPath: string }[] };
  const wrong: string[] = [];
  let sheets = 0;
  for (const { id, dataPath } of collection.statements.filter((s) => s.dataPath)) {
    const statement = (await (await page.request.get(`./data/${dataPath}statement.json`)).json()) as { sections: { paragraphs: { mentions: { region: string }[] }[] }[] };
    const places = [...new Set(statement.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.mentions.map((m) => m.region))))];
    for (const place of places) {
      await page.goto(`./?statement=${id}&region=${place}`);
      const sheet = await openMadeSheet(page.locator(`.panel[data-region="${place}"]`), errors);
      await sheet.emulateMedia({ media: 'print' });
      for (const format of ['A4', 'Letter'] as const) {
        const n = pagesOf(await sheet.pdf({ format, printBackground: true }));
        if (n !== 2) wrong.push(`${id} ${place} ${format}: ${n} pages`);
      }
      await sheet.close();
      sheets++;
    }
  }
  expect(sheets).toBeGreaterThanOrEqual(14);
  expect(wrong).toEqual([]);
  expect(errors).toEqual([]);
});

test('a made worksheet whose map data cannot load closes its tab and tells the reader', async ({ page, watch }) => {
  await page.route('**/data/worksheet-land.json', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto('./?statement=sample-reworded-statement&region=senkaku-islands');
  const card = page.locator('.panel[data-region="senkaku-islands"]');
  const [tab] = await Promise.all([page.waitForEvent('popup'), card.locator('button[data-worksheet]').click()]);
  await expect(page.locator('.notices')).toContainText('The worksheet could not be made');
  await expect.poll(() => tab.isClosed()).toBe(true);
  await expect(card.locator('button[data-worksheet]')).toBeEnabled();
  // The one error expected: the refused file.
  expect(watch.errors).toEqual([expect.stringContaining('503')]);
  watch.errors.length = 0;
});
