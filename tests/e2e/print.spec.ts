// The print view: map, the selected place's card and passages, sources; no controls.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { LATER } from '../../src/lib/i18n/en-later';
import { expect, liteRegions, mapIdle, SCREENSHOTS, test } from './fixtures';

const pagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('printing a selection gives the map, its card and its passages, without controls', async ({ page }) => {
  await page.goto('./?region=taiwan-strait');
  await mapIdle(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.map-pane')).toBeVisible();
  await expect(page.locator('.panel h2')).toHaveText('Taiwan Strait');
  await expect(page.locator('.panel')).toContainText('cross-Strait');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
  await expect(page.locator('.panel .source-line', { hasText: 'Shape:' })).toBeVisible();
  await expect(page.locator('.panel [data-fact="sources"] a').first()).toBeVisible();
  for (const hidden of ['.region-list', '.map-tools', '.panel .close', '.reader']) await expect(page.locator(hidden)).toBeHidden();
  // The map still has its picture when printed (the drawing buffer is kept).
  const blank = await page.locator('.maplibregl-canvas').evaluate((c) => {
    const copy = document.createElement('canvas');
    copy.width = 40;
    copy.height = 40;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(c as HTMLCanvasElement, 0, 0, 40, 40);
    const d = ctx.getImageData(0, 0, 40, 40).data;
    return d.every((v, i) => (i % 4 === 3 ? true : v === 0));
  });
  expect(blank).toBe(false);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pagesOf(pdf)).toBe(1);
});

/** The map as printed: its frame in CSS px and whether each position is inside the fitted view. */
async function printedFrame(page: import('@playwright/test').Page, points: [number, number][]) {
  return page.evaluate((pts) => {
    const el = document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map };
    const m = el.maplibre;
    const { width, height } = el.getBoundingClientRect();
    const inside = pts.map((p) => {
      const { x, y } = m.project(p);
      return x >= 0 && x <= width && y >= 0 && y <= height;
    });
    return { width: Math.round(width), height: Math.round(height), inside };
  }, points);
}
/** 186 mm × 85 mm (less the 1 px border) at 96 CSS px per inch: the frame the page prints. */
const FRAME = { width: Math.round((186 / 25.4) * 96) - 2, height: Math.round((85 / 25.4) * 96) - 2 };

for (const [id, name, points] of [
  // Uotsuri-jima, Taishō-jima, Keelung and Ishigaki (published positions).
  ['senkaku-islands', 'Senkaku Islands', [[123.4714, 25.7425], [124.56, 25.9225], [121.7333, 25.1333], [124.1556, 24.3406]]],
  // The chain's ends: Yonaguni and Tanegashima (published positions), and Okinawa's Naha.
  ['southwest-islands', 'Southwest Islands', [[122.9881, 24.4672], [130.9869, 30.6367], [127.6811, 26.2125]]],
] as [string, string, [number, number][]][]) {
  test(`the ${name} handout: one A4 page, the map refitted to the printed frame, a legend, no controls`, async ({ page }) => {
    await page.goto(`./?region=${id}`);
    await mapIdle(page);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['[data-lang-switcher]', '.share-button', '.map-tools', '.maplibregl-ctrl-top-left']) await expect(page.locator(hidden)).toBeHidden();
    await expect(page.locator('.print-legend')).toHaveText(`Outlined: ${name}`);
    // The frame is the paper's, not the window's: the view fitted here is the view printed.
    await expect.poll(async () => (await printedFrame(page, [])).width).toBe(FRAME.width);
    await expect.poll(async () => (await printedFrame(page, points)).inside).toEqual(points.map(() => true));
    const frame = await printedFrame(page, points);
    expect(frame.height).toBe(FRAME.height);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, path: join(SCREENSHOTS, `handout-${id}.pdf`) });
    expect(pagesOf(pdf)).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.print-legend')).toBeHidden();
  });
}

/** The reading view's first English, read from its files (messages.ts loads other languages with Vite's import.meta.glob, which Node has not). */
const EN_FIRST = Object.fromEntries(
  [...['messages.ts', 'en-app.ts'].map((f) => readFileSync(join(import.meta.dirname, '../../src/lib/i18n', f), 'utf8')).join('\n').matchAll(/^ {2}'([\w.]+)': '((?:[^'\\]|\\.)*)',$/gm)].map((m) => [m[1]!, m[2]!.replace(/\\'/g, "'")]),
);

/** The words of the interface's controls and of its instructions for clicking: none of them belongs on paper. */
const INTERFACE = [
  EN_FIRST['overview.tour'],
  EN_FIRST['overview.quiz'],
  EN_FIRST['overview.clickPlace'],
  EN_FIRST['overview.clickName'],
  EN_FIRST['overview.newAtlas'],
  EN_FIRST['app.share'],
  EN_FIRST['layers.button'],
  EN_FIRST['measure.button'],
  LATER['panel.readInContext'],
  LATER['panel.unfold'],
  LATER['panel.worksheet'],
  LATER['tour.exit'],
  LATER['tour.hint'],
].map((w) => w ?? 'a missing message');

/**
 * What the printed page (the print-media DOM) shows that it should not: controls other than the statement's
 * names, the interface's words, a bare "(source)", a link that prints without where it goes (a citation mark
 * counts if its source prints with its address), the credits' disclosure triangle.
 */
async function printedFaults(page: Page): Promise<string[]> {
  return page.evaluate((words) => {
    const shown = (e: Element) => e.checkVisibility();
    const faults: string[] = [];
    // A disclosure's summary that prints with what it discloses is a heading on paper.
    const heading = (c: Element) => c.matches('summary') && !!c.nextElementSibling && shown(c.nextElementSibling);
    for (const c of document.querySelectorAll('button, select, input, textarea, summary, [role="button"]')) {
      if (shown(c) && !c.classList.contains('mention') && !heading(c)) faults.push(`control: ${c.textContent?.trim() || c.getAttribute('aria-label')}`);
    }
    const text = document.body.innerText;
    for (const w of words) if (text.includes(w)) faults.push(`words: ${w}`);
    if (/\(source\)/i.test(text)) faults.push('a bare (source)');
    const printsAddress = (a: HTMLAnchorElement) => a.textContent!.includes(a.href) || getComputedStyle(a, '::after').content.includes(a.getAttribute('href')!);
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].filter(shown);
    for (const a of links) {
      if (printsAddress(a)) continue;
      const cited = a.hasAttribute('data-cite') && links.some((b) => b !== a && b.href === a.href && printsAddress(b));
      if (!cited) faults.push(`link without its address: ${a.textContent} → ${a.getAttribute('href')}`);
    }
    if (document.querySelector('.maplibregl-ctrl-attrib-button')?.checkVisibility()) faults.push('the credits\' disclosure triangle');
    return faults;
  }, INTERFACE);
}

/** Prints in A4 and Letter: the page counts. */
async function printedPages(page: Page, name: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const format of ['A4', 'Letter'] as const) counts[format] = pagesOf(await page.pdf({ format, printBackground: true, path: join(SCREENSHOTS, `print-${name}-${format}.pdf`) }));
  return counts;
}

for (const [name, search] of [
  ['the overview', ''],
  ['a featured place (the Senkaku Islands)', '?region=senkaku-islands'],
  ['Japan, named in twelve passages', '?region=japan'],
  ['a passage read in context, the card folded', '?region=taiwan-strait&p=p12'],
  ['a tour step', '?tour=6'],
  ['a place whose parts are folded on screen (the Spratly Islands)', '?region=spratly-islands'],
] as [string, string][]) {
  test(`${name} prints on one page, A4 and Letter, with no controls, no instructions and every link's address`, async ({ page }) => {
    await page.goto(`./${search}`);
    await mapIdle(page);
    await page.emulateMedia({ media: 'print' });
    // The map refitted to the printed frame and drawn, as the pages show it.
    await expect.poll(async () => (await printedFrame(page, [])).width).toBe(FRAME.width);
    await mapIdle(page);
    expect(await printedFaults(page)).toEqual([]);
    expect(await printedPages(page, search.replace(/\W+/g, '-').replace(/^-/, '') || 'overview')).toEqual({ A4: 1, Letter: 1 });
  });
}

test('every place prints on one page, in A4 and Letter', async ({ page }) => {
  test.setTimeout(240_000);
  const ids = (await liteRegions(page)).map((r) => r.id);
  expect(ids.length).toBeGreaterThanOrEqual(22);
  const wrong: string[] = [];
  for (const id of ids) {
    await page.goto(`./?region=${id}`);
    await expect(page.locator('.panel .source-line').first()).toBeAttached();
    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter'] as const) {
      const n = pagesOf(await page.pdf({ format, printBackground: true }));
      if (n !== 1) wrong.push(`${id} ${format}: ${n} pages`);
    }
    await page.emulateMedia({ media: 'screen' });
  }
  expect(wrong).toEqual([]);
});
