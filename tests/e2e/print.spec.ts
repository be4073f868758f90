// The print view: map, the selected place's card and passages, sources; no controls.
import { expect, mapIdle, test } from './fixtures';

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
