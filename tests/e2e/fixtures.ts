// Shared browser-test fixtures: every test fails on a console error or on any
// request that leaves the page's origin, and can wait for the map to settle.
import { test as base, expect, type Page } from '@playwright/test';
import { join } from 'node:path';

export const SCREENSHOTS = join(import.meta.dirname, 'screenshots');

export interface Watch {
  errors: string[];
  external: string[];
  /** Origins the page may load from: the preview server's, plus any a test starts itself. */
  origins: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const watch: Watch = { errors: [], external: [], origins: [origin] };
      page.on('console', (m) => {
        if (m.type() === 'error') watch.errors.push(m.text());
      });
      page.on('pageerror', (e) => watch.errors.push(e.message));
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (!watch.origins.includes(url.origin)) watch.external.push(r.url());
      });
      await use(watch);
      expect(watch.errors, 'console errors').toEqual([]);
      expect(watch.external, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The places as the app loads them (id, box), read from the server under test. */
export async function liteRegions(page: Page): Promise<{ id: string; bbox: [number, number, number, number] }[]> {
  const fc = (await (await page.request.get('./data/regions-lite.geojson')).json()) as { features: { properties: { id: string; bbox: [number, number, number, number] } }[] };
  return fc.features.map((f) => f.properties);
}

/** Waits until the map has loaded and drawn everything. */
export async function mapIdle(page: Page): Promise<void> {
  await expect(page.locator('.map[data-loaded="true"][data-idle="true"]')).toBeVisible({ timeout: 45_000 });
}

/** The map view in the URL hash (#map=zoom/lat/lon). */
export function hashView(url: string): { zoom: number; lat: number; lon: number } {
  const m = /map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(new URL(url).hash);
  if (!m) throw new Error(`no map view in ${url}`);
  return { zoom: Number(m[1]), lat: Number(m[2]), lon: Number(m[3]) };
}

/** Web Mercator world pixel of a position at a zoom (512 px tiles, as MapLibre). */
export function worldPixel(lon: number, lat: number, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const x = ((lon + 180) / 360) * size;
  const s = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size;
  return [x, y];
}

/** The colour of one screen pixel, decoded in the page from a 1×1 screenshot. */
export async function pixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = c.height = 1;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, 1, 1).data;
    return [d[0]!, d[1]!, d[2]!] as [number, number, number];
  }, png.toString('base64'));
}

export interface MapViewSpec {
  zoom: number;
  lat: number;
  lon: number;
}

/**
 * Where positions fall on the map canvas of a known view (from the Web
 * Mercator formula alone): `x`, `y` relative to the canvas, for clicks;
 * `pageX`, `pageY` on the page, for pixel reads.
 */
export async function projector(page: Page, view: MapViewSpec) {
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const [cx, cy] = worldPixel(view.lon, view.lat, view.zoom);
  return (lon: number, lat: number) => {
    const [wx, wy] = worldPixel(lon, lat, view.zoom);
    const x = box.width / 2 + (wx - cx);
    const y = box.height / 2 + (wy - cy);
    return { x, y, pageX: box.x + x, pageY: box.y + y };
  };
}
