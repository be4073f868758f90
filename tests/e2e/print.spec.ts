// The print view: map, the selected place's card and passages, sources; no controls.
import { join } from 'node:path';
import { expect, mapIdle, SCREENSHOTS, test } from './fixtures';

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
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
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
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.print-legend')).toBeHidden();
  });
}
