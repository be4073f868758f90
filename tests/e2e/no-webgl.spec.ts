// Without WebGL (Chromium started with its 3D APIs off) the atlas still reads:
// the static picture stands in for the map, with a plain message.
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { expect, SCREENSHOTS, test } from './fixtures';

const chromium = await findChromium();
test.use({ launchOptions: { executablePath: chromium.path, args: [...CHROMIUM_ARGS, '--disable-3d-apis'] } });

test('the full atlas shows a static map and everything else works', async ({ page }) => {
  await page.goto('./?region=okinawa');
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBeNull();
  const picture = page.locator('.static-map');
  await expect(picture).toHaveAttribute('data-static-map', 'okinawa');
  await expect(picture.getByRole('status')).toContainText('WebGL is unavailable');
  await expect.poll(() => picture.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('section.panel h2')).toHaveText('Okinawa');
  // Choosing another place changes the picture and the text.
  await page.getByRole('navigation', { name: 'Places in the statement' }).getByRole('button', { name: /^Taiwan Strait/ }).click();
  await expect(picture).toHaveAttribute('data-static-map', 'taiwan-strait');
  await expect(page.locator('section.panel h2')).toHaveText('Taiwan Strait');
  await page.locator('.reader .mention[data-region="senkaku-islands"]').first().click();
  await expect(picture).toHaveAttribute('data-static-map', 'senkaku-islands');
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'no-webgl-atlas.png') });
});

test('an embed shows the static map and its passage', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 600 });
  await page.goto('./?embed=1&region=senkaku-islands');
  await expect(page.locator('.static-map')).toHaveAttribute('data-static-map', 'senkaku-islands');
  await expect(page.locator('.static-map').getByRole('status')).toContainText('static picture');
  await expect(page.locator('.embed-panel')).toContainText('Article V of the U.S.-Japan Treaty');
  await page.screenshot({ path: join(SCREENSHOTS, 'no-webgl-embed.png') });
});

test('axe finds no violations without WebGL', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await page.goto('./?region=henoko');
  await expect(page.locator('.static-map')).toHaveAttribute('data-static-map', 'henoko');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
});
