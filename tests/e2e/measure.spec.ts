// The measure tool: by keyboard between two places, and by clicks on the map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from '@turf/turf';
import { expect, mapIdle, SCREENSHOTS, test, worldPixel } from './fixtures';

const regions = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/regions.geojson'), 'utf8')) as {
  features: { properties: { id: string; anchor: [number, number] } }[];
};
const anchor = (id: string) => regions.features.find((f) => f.properties.id === id)!.properties.anchor;

test('choosing two places by keyboard gives turf\'s great-circle distance to 0.1%', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  const toggle = page.getByRole('button', { name: 'Measure distance' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.locator('select[data-end="from"]').selectOption('senkaku-islands');
  await page.locator('select[data-end="to"]').selectOption('taiwan-strait');
  const result = page.locator('.measure [data-km]');
  await expect(result).toBeVisible();
  const expected = distance(anchor('senkaku-islands'), anchor('taiwan-strait'), { units: 'kilometers' });
  const shown = Number((await result.textContent())!.replace(/[^\d.]/g, ''));
  expect(Math.abs(shown - expected) / expected).toBeLessThan(0.001);
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
  await expect(page.getByRole('heading', { name: 'Read the statement through its geography' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('region')).toBeNull();
  await page.screenshot({ path: join(SCREENSHOTS, 'measure-clicks.png') });
});

test('Senkaku Islands → Taiwan gives the nearest coast the card quotes, fits the line in view clear of the panel, and keeps it when the tool closes', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  await page.getByRole('button', { name: 'Measure distance' }).click();
  await page.locator('select[data-end="from"]').selectOption('senkaku-islands');
  await page.locator('select[data-end="to"]').selectOption('taiwan');
  const km = Number((await page.locator('.measure [data-km]').textContent())!.replace(/[^\d.]/g, ''));
  // The card: Uotsuri-jima to the nearest coast of Taiwan, 169.9 km (published: about 170); not 337 km between label points.
  expect(km).toBeGreaterThan(160);
  expect(km).toBeLessThan(180);
  await expect(page.locator('.measure [data-measure-what]')).toHaveText('Uotsuri-jima to the nearest coast of Taiwan');
  await mapIdle(page);
  const { ends, panel } = await page.evaluate(() => {
    const m = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
    const line = m.querySourceFeatures('measure').find((f) => f.geometry.type === 'LineString')!;
    const coords = (line.geometry as GeoJSON.LineString).coordinates;
    const tools = document.querySelector('.map-tools')!.getBoundingClientRect();
    const canvas = m.getCanvas().getBoundingClientRect();
    return { ends: [coords[0]!, coords.at(-1)!].map((c) => m.project(c as [number, number])), panel: { left: tools.left - canvas.left, bottom: tools.bottom - canvas.top }, size: [canvas.width, canvas.height] };
  });
  for (const e of ends) {
    expect(e.x).toBeGreaterThan(0);
    expect(e.y).toBeGreaterThan(0);
    // Not under the tool panel at the top right.
    expect(e.x < panel.left || e.y > panel.bottom, `end at ${e.x},${e.y} under the panel`).toBe(true);
  }
  await page.screenshot({ path: join(SCREENSHOTS, 'measure-senkaku-taiwan.png') });
  // Closing the tool leaves the line for the class to see; Clear removes it.
  await page.getByRole('button', { name: 'Measure distance' }).click();
  await expect(page.locator('.measure .panel')).toHaveCount(0);
  const kept = await page.evaluate(() => (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre.querySourceFeatures('measure').length);
  expect(kept).toBeGreaterThan(0);
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
