// How the map draws what it draws, read from the pixels a reader sees: the
// selection is the only thing in its kind's full colour.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { KIND_COLOURS } from '../../src/lib/content/palette';
import { expect, mapIdle, SCREENSHOTS, test } from './fixtures';

type Box = [west: number, south: number, east: number, north: number];

/** How many screen pixels inside a lon/lat box are within `tolerance` (RGB distance) of a colour. */
async function pixelsNear(page: Page, box: Box, hex: string, tolerance = 40): Promise<number> {
  const clip = await page.evaluate(([w, s, e, n]) => {
    const m = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
    const r = m.getCanvas().getBoundingClientRect();
    const [a, b] = [m.project([w, n]), m.project([e, s])];
    return { x: r.left + a.x, y: r.top + a.y, width: b.x - a.x, height: b.y - a.y };
  }, box);
  const png = await page.screenshot({ clip });
  return page.evaluate(
    async ([b64, colour, tol]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const want = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (Math.hypot(d[i]! - want[0]!, d[i + 1]! - want[1]!, d[i + 2]! - want[2]!) <= tol) n++;
      return n;
    },
    [png.toString('base64'), hex, tolerance] as const,
  );
}

test('the Senkaku embed: only the Senkaku Islands are drawn in the islands\' colour; the Yaeyama Islands beside them are not', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 600 });
  await page.goto('./?embed=1&region=senkaku-islands');
  await mapIdle(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'drawing-senkaku-embed.png') });
  // Boxes around Uotsuri-jima (25°44′42″N 123°29′06″E) and Ishigaki (24°20′26″N 124°9′20″E), the selected group and its unselected neighbour.
  const senkaku: Box = [123.3, 25.6, 123.8, 26.0];
  const yaeyama: Box = [123.6, 24.1, 124.4, 24.7];
  const colour = KIND_COLOURS.island;
  expect(await pixelsNear(page, senkaku, colour), 'the selected Senkaku Islands in their full colour').toBeGreaterThan(30);
  expect(await pixelsNear(page, yaeyama, colour), 'the unselected Yaeyama Islands in the selection\'s colour').toBeLessThanOrEqual(3);
});
