// Worksheets in browser tests: counting a PDF's pages, and opening the sheet
// a place's card makes in the browser (any text but the flagship's), watched
// for console errors (a CSP violation is one) as every page of the tests is.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const pagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** Clicks the card's worksheet button and returns the tab it opens, once the sheet is in it and its blank map loaded; `errors` gets the tab's console errors. */
export async function openMadeSheet(card: Locator, errors: string[]): Promise<Page> {
  const button = card.locator('button[data-worksheet]');
  const [sheet] = await Promise.all([card.page().waitForEvent('popup'), button.click()]);
  sheet.on('pageerror', (e) => errors.push(e.message));
  sheet.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  sheet.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  // The atlas's page for made sheets, the sheet written into it.
  await sheet.waitForURL(/\/data\/static\/worksheet\.html$/);
  await expect(sheet.locator('h1')).toHaveText(/^Worksheet: /);
  const img = sheet.locator('.sheet-map img');
  await expect(img).toHaveJSProperty('complete', true);
  expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
  return sheet;
}

/** The sheet printed: the questions on page 1, the key on page 2, in A4 and in Letter (and without the key, one page). */
export async function expectTwoPages(sheet: Page, pdfPath?: (format: string) => string) {
  await sheet.emulateMedia({ media: 'print' });
  for (const hidden of ['.back', '.screen-only']) await expect(sheet.locator(hidden)).toBeHidden();
  await expect(sheet.locator('.answers')).toHaveCSS('break-before', 'page');
  for (const format of ['A4', 'Letter'] as const) expect(pagesOf(await sheet.pdf({ format, printBackground: true, path: pdfPath?.(format) })), format).toBe(2);
  await sheet.emulateMedia({ media: 'screen' });
}
