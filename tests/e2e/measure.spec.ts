// The measure tool: by keyboard between two places, and by clicks on the map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from '@turf/turf';
import type { Page } from '@playwright/test';
import { expect, mapIdle, projector, SCREENSHOTS, test, worldPixel } from './fixtures';

const distances = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/distances.json'), 'utf8')) as {
  pairs: { ends: [string, string]; km: number; line: [[number, number], [number, number]] }[];
};
const pairOf = (a: string, b: string) => distances.pairs.find((p) => p.ends.includes(a) && p.ends.includes(b))!;
const shownKm = async (page: Page) => Number((await page.locator('.measure [data-km]').textContent())!.replace(/[^\d.]/g, ''));

async function choose(page: Page, from: string, to: string) {
  await page.locator('select[data-end="from"]').selectOption(from);
  await page.locator('select[data-end="to"]').selectOption(to);
  await expect(page.locator('.measure [data-km]')).toBeVisible();
}

test('choosing two places by keyboard measures them one way, coast to coast, and says so', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  const toggle = page.getByRole('button', { name: 'Measure distance' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const how = page.locator('.measure [data-measure-how]');
  // Senkaku Islands → Taiwan: the nearest coasts, about 170 km (MOFA); Okinawa → Taiwan the same way, not 800 km between label points.
  await choose(page, 'senkaku-islands', 'taiwan');
  expect(await shownKm(page)).toBeGreaterThan(160);
  expect(await shownKm(page)).toBeLessThan(175);
  await expect(how).toHaveText('Shortest great-circle distance between the two shapes: nearest coast to nearest coast (a sea’s edge for a sea).');
  // The card's own figures are named beside it, each by what it measures.
  await expect(page.locator('.measure [data-measure-cards]')).toContainText('Uotsuri-jima to the nearest coast of Taiwan (169.9 km)');
  await choose(page, 'okinawa', 'taiwan');
  const okinawa = await shownKm(page);
  expect(okinawa).toBeLessThan(650);
  expect(Math.abs(okinawa - pairOf('okinawa', 'taiwan').km)).toBeLessThan(0.2);
  await expect(how).toHaveText(/^Shortest great-circle distance between the two shapes/);
  // A site has no shape: measured from its position, and the result says so.
  await choose(page, 'henoko', 'taiwan');
  await expect(how).toHaveText('Great-circle distance from Henoko’s position to the nearest point of Taiwan’s shape.');
  await choose(page, 'taiwan', 'henoko');
  await expect(how).toHaveText('Great-circle distance from Henoko’s position to the nearest point of Taiwan’s shape.');
  await expect(page.locator('.measure .result')).toContainText('nmi');
  await mapIdle(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'measure-places.png') });
});

test('clicking two points on the map measures between them, and does not select places', async ({ page }) => {
  const view = { zoom: 6, lat: 25.5, lon: 123.5 };
  await page.goto(`./#map=${view.zoom}/${view.lat}/${view.lon}`);
  await mapIdle(page);
  await page.getByRole('button', { name: 'Measure distance' }).click();
  const canvas = page.locator('.maplibregl-canvas');
  const box = (await canvas.boundingBox())!;
  const [cx, cy] = worldPixel(view.lon, view.lat, view.zoom);
  const size = 512 * 2 ** view.zoom;
  // Clicks at whole pixels; their positions follow from the inverse Web Mercator formula.
  const points = [
    { x: 150, y: 200 },
    { x: 420, y: 520 },
  ];
  const lonLat = ({ x, y }: { x: number; y: number }) => {
    const wx = cx + (x - box.width / 2);
    const wy = cy + (y - box.height / 2);
    const lon = (wx / size) * 360 - 180;
    const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * wy) / size))) * 180) / Math.PI;
    return [lon, lat] as [number, number];
  };
  for (const p of points) await canvas.click({ position: p });
  const expected = distance(lonLat(points[0]!), lonLat(points[1]!), { units: 'kilometers' });
  const shown = Number((await page.locator('.measure [data-km]').textContent())!.replace(/[^\d.]/g, ''));
  // Within 0.5%: the view in the URL is rounded, so the click positions are known to a fraction of a pixel.
  expect(Math.abs(shown - expected) / expected).toBeLessThan(0.005);
  await expect(page.locator('.measure [data-measure-how]')).toHaveText('Great-circle distance between the two points clicked.');
  await expect(page.getByRole('heading', { name: 'Read the statement through its geography' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('region')).toBeNull();
  await page.screenshot({ path: join(SCREENSHOTS, 'measure-clicks.png') });
});

test('at the overview, a click on the Senkaku Islands names its end by them, as a selection would take it, not by the sea around', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  await page.getByRole('button', { name: 'Measure distance' }).click();
  // Uotsuri-jima, the largest island (its position as the Japan Coast Guard publishes it), a few pixels wide here.
  const at = await page.locator('.map').evaluate((el) => (el as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre.project([123.4733, 25.7436]));
  await page.locator('.maplibregl-canvas').click({ position: { x: Math.round(at.x), y: Math.round(at.y) } });
  await expect(page.locator('.measure')).toContainText(/From Senkaku Islands \(25\.7\d\d°, 123\.4\d\d°\): now the second point\./);
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  for (const [from, to] of [
    ['senkaku-islands', 'taiwan'],
    ['okinawa', 'taiwan'],
  ] as const) {
    test(`${from} → ${to} at ${viewport.width}×${viewport.height}: the whole line and both ends in view, clear of the tool's panel, beside the figure`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('./');
      await mapIdle(page);
      await page.getByRole('button', { name: 'Measure distance' }).click();
      if (viewport.width < 600) await page.getByRole('button', { name: 'Choose places' }).click();
      await choose(page, from, to);
      // Where the line's course is not in view: outside the map or under what covers it (polled: the map moves to it once the line is drawn).
      const unseen = () =>
        page.evaluate(() => {
          const m = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
          // The ends as drawn.
          const ends = m.querySourceFeatures('measure').filter((f) => f.geometry.type === 'Point').map((f) => (f.geometry as GeoJSON.Point).coordinates as [number, number]);
          const other = ends.find((e) => e[0] !== ends[0]?.[0] || e[1] !== ends[0]?.[1]);
          if (!ends[0] || !other) return ['no line drawn yet'];
          const [[x0, y0], [x1, y1]] = [ends[0], other];
          const canvas = m.getCanvas().getBoundingClientRect();
          const over = [...document.querySelectorAll('.map-tools > *, .maplibregl-ctrl-top-left, .maplibregl-ctrl-bottom-left, .maplibregl-ctrl-bottom-right')].map((el) => {
            const r = el.getBoundingClientRect();
            return { left: r.left - canvas.left, top: r.top - canvas.top, right: r.right - canvas.left, bottom: r.bottom - canvas.top };
          });
          // The line's whole course, sampled.
          return Array.from({ length: 21 }, (_, i) => m.project([x0 + ((x1 - x0) * i) / 20, y0 + ((y1 - y0) * i) / 20])).flatMap((p) => {
            if (p.x < 8 || p.y < 8 || p.x > canvas.width - 8 || p.y > canvas.height - 8) return [`${p.x},${p.y} outside the map`];
            const under = over.find((o) => p.x > o.left - 6 && p.x < o.right + 6 && p.y > o.top - 6 && p.y < o.bottom + 6);
            return under ? [`${p.x},${p.y} under ${JSON.stringify(under)}`] : [];
          });
        });
      await expect.poll(unseen, { timeout: 20_000 }).toEqual([]);
      await mapIdle(page);
      expect(await unseen()).toEqual([]);
      // The figure is on screen with the line.
      await expect(page.locator('.measure [data-km]')).toBeInViewport();
      await page.screenshot({ path: join(SCREENSHOTS, `measure-${from}-${to}-${viewport.width}.png`) });
    });
  }
}

test('the line stays when the tool closes; Clear removes it', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  await page.getByRole('button', { name: 'Measure distance' }).click();
  await choose(page, 'senkaku-islands', 'taiwan');
  const drawn = () => page.evaluate(() => (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre.querySourceFeatures('measure').length);
  await expect.poll(drawn).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Measure distance' }).click();
  await expect(page.locator('.measure .panel')).toHaveCount(0);
  expect(await drawn()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Measure distance' }).click();
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect.poll(drawn).toBe(0);
});

test('a clicked end is named by the place under it', async ({ page }) => {
  await page.goto('./#map=9/26.45/127.95');
  await mapIdle(page);
  await page.getByRole('button', { name: 'Measure distance' }).click();
  const canvas = page.locator('.maplibregl-canvas');
  const box = (await canvas.boundingBox())!;
  await canvas.click({ position: { x: box.width / 2, y: box.height / 2 } });
  await expect(page.locator('.measure .result')).toContainText(/From Okinawa \(26\.4[45]\d°, 127\.95\d°\)/);
});

for (const zoom of [6, 9]) {
  test(`a click at Naha at zoom ${zoom} is named Okinawa, the island it is on, not Futenma 9 km away`, async ({ page }) => {
    const view = { zoom, lat: 26.3, lon: 127.5 };
    await page.goto(`./#map=${view.zoom}/${view.lat}/${view.lon}`);
    await mapIdle(page);
    await page.getByRole('button', { name: 'Measure distance' }).click();
    const naha = (await projector(page, view))(127.679, 26.212); // Naha, 26°12′43″N 127°40′44″E
    await page.locator('.maplibregl-canvas').click({ position: { x: naha.x, y: naha.y } });
    await expect(page.locator('.measure .result')).toContainText(/From Okinawa \(26\.2\d\d°, 127\.6\d\d°\)/);
  });
}
