// The printable worksheets, as a teacher prints them: the questions on one
// page, the answer key on the next, in A4 and in Letter, for every place.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, liteRegions, SCREENSHOTS, test } from './fixtures';

const pagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

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
  await page.emulateMedia({ media: 'print' });
  // The page's link back and its printing hint are for the screen only.
  for (const hidden of ['.back', '.screen-only']) await expect(page.locator(hidden)).toBeHidden();
  await expect(page.locator('.answers')).toHaveCSS('break-before', 'page');
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true, path: join(SCREENSHOTS, `worksheet-senkaku-islands-${format}.pdf`) });
    expect(pagesOf(pdf), format).toBe(2);
  }
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
