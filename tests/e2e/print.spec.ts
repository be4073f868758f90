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

test('the Senkaku handout: one A4 page, the map refitted to the printed frame with Taiwan and Ishigaki, a legend, no controls', async ({ page }) => {
  await page.goto('./?region=senkaku-islands');
  await mapIdle(page);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['[data-lang-switcher]', '.share-button', '.map-tools', '.maplibregl-ctrl-top-left']) await expect(page.locator(hidden)).toBeHidden();
  await expect(page.locator('.print-legend')).toHaveText('Outlined: Senkaku Islands');
  const inView = await page.evaluate(() => {
    const m = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
    const b = m.getBounds();
    // Uotsuri-jima, Taishō-jima, Keelung and Ishigaki (published positions).
    return [[123.4714, 25.7425], [124.56, 25.9225], [121.7333, 25.1333], [124.1556, 24.3406]].map((p) => b.contains(p as [number, number]));
  });
  expect(inView).toEqual([true, true, true, true]);
  const pdf = await page.pdf({ format: 'A4', printBackground: true, path: join(SCREENSHOTS, 'handout-senkaku.pdf') });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-legend')).toBeHidden();
});
