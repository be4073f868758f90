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

/** Where the picture is drawn inside its box (object-fit: contain), and where the message is. */
async function pictureFrame(page: import('@playwright/test').Page) {
  return page.locator('.static-map').evaluate((el) => {
    const img = el.querySelector('img')!;
    const box = img.getBoundingClientRect();
    const scale = Math.min(box.width / img.naturalWidth, box.height / img.naturalHeight);
    const [w, h] = [img.naturalWidth * scale, img.naturalHeight * scale];
    const drawn = { left: box.left + (box.width - w) / 2, top: box.top + (box.height - h) / 2, width: w, height: h };
    const outer = el.getBoundingClientRect();
    const message = el.querySelector('.message')?.getBoundingClientRect();
    return {
      // The smallest name on the picture (11 px in its own pixels) as drawn on the screen.
      smallestText: 11 * scale,
      small: img.currentSrc.endsWith('-small.svg'),
      fit: getComputedStyle(img).objectFit,
      whole: drawn.left >= outer.left - 0.5 && drawn.top >= outer.top - 0.5 && drawn.left + w <= outer.right + 0.5 && drawn.top + h <= outer.bottom + 0.5,
      clearOfMessage: !message || message.bottom <= drawn.top + 0.5,
    };
  });
}

for (const [width, height] of [[375, 600], [320, 460], [1200, 600]] as [number, number][]) {
  test(`an embed at ${width}×${height} shows the whole static picture of the Senkakus, clear of the message, and its passage`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?embed=1&region=senkaku-islands');
    await expect(page.locator('.static-map')).toHaveAttribute('data-static-map', 'senkaku-islands');
    await expect(page.locator('.static-map').getByRole('status')).toContainText('static picture');
    await expect(page.locator('.embed-panel')).toContainText('Article V of the U.S.-Japan Treaty');
    await expect.poll(() => page.locator('.static-map img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    // Shown whole: the islands, Taiwan, Ishigaki and the credit in the corner are all in the picture (tests/unit/static-maps.test.ts).
    const frame = await pictureFrame(page);
    expect(frame).toMatchObject({ fit: 'contain', whole: true, clearOfMessage: true, small: width <= 560 });
    // Its names are readable: no text under 8 px on the screen (the large picture's would be 5 px at 320).
    expect(frame.smallestText).toBeGreaterThanOrEqual(8);
    await page.screenshot({ path: join(SCREENSHOTS, `no-webgl-embed-${width}.png`) });
  });
}

test('axe finds no violations without WebGL', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await page.goto('./?region=henoko');
  await expect(page.locator('.static-map')).toHaveAttribute('data-static-map', 'henoko');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
});
