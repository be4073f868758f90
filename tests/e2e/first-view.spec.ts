// The first view is painted once, whole: no frame draws a map whose tiles are
// still coming (on a software renderer each partial frame is drawing and
// compositing that the loading has to wait for), and meanwhile the map's
// frame shows the sea's colour, not a blank page. Should a tile never come,
// what has come is painted after a few seconds (FIRST_VIEW_PATIENCE_MS).
import { BASEMAP } from '../../src/lib/content/palette';
import { FIRST_VIEW_PATIENCE_MS } from '../../src/lib/map/first-view';
import { OVERVIEW_BOX } from '../../src/lib/content/boxes';
import { TILESETS } from '../../src/lib/content/tilesets';
import { join } from 'node:path';
import { SCREENSHOTS, expect, mapIdle, test } from './fixtures';

interface FirstDraw {
  /** ms after navigation that the map's WebGL context was made (the map built), or -1 */
  built: number;
  /** ms after navigation of the map's first draw call, or -1 */
  at: number;
  /** whether the map had its style, sources and every tile in view then */
  whole: boolean | null;
  /** the camera then */
  camera: { center: [number, number]; zoom: number } | null;
  /** camera moves since (a jump counts) */
  moves: number;
}
type MapElement = HTMLElement & { maplibre?: import('maplibre-gl').Map };

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const first = { built: -1, at: -1, whole: null as boolean | null, camera: null as { center: [number, number]; zoom: number } | null, moves: 0 };
    (window as unknown as { __firstDraw: typeof first }).__firstDraw = first;
    const getContext = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, ...args: unknown[]) => unknown;
    (HTMLCanvasElement.prototype as unknown as { getContext: unknown }).getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
      if (first.built < 0 && this.classList.contains('maplibregl-canvas')) first.built = performance.now();
      return getContext.apply(this, args);
    };
    const gl = WebGL2RenderingContext.prototype;
    for (const name of ['drawElements', 'drawArrays'] as const) {
      const draw = gl[name] as (...args: unknown[]) => void;
      (gl as unknown as Record<string, unknown>)[name] = function (this: WebGL2RenderingContext, ...args: unknown[]) {
        // The reading view's map or the New atlas view's: MapLibre marks its container.
        const m = (document.querySelector('.maplibregl-map') as MapElement | null)?.maplibre;
        if (first.at < 0 && m && this.canvas === m.getCanvas()) {
          first.at = performance.now();
          first.whole = m.loaded();
          first.camera = { center: m.getCenter().toArray() as [number, number], zoom: m.getZoom() };
          m.on('move', () => first.moves++);
        }
        return draw.apply(this, args);
      };
    }
  });
});

const firstDraw = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __firstDraw: FirstDraw }).__firstDraw);

/** The first frame waited for the whole view, or (on a machine too busy to load it in time) for the patience to run out. */
function expectWhole(first: FirstDraw) {
  expect(first.built).toBeGreaterThan(0);
  expect(first.at).toBeGreaterThan(first.built);
  if (first.whole) return;
  test.info().annotations.push({ type: 'first view', description: `painted once its patience ran out (${Math.round(first.at - first.built)} ms)` });
  expect(first.at - first.built, `the first frame drew a map still loading, ${Math.round(first.at - first.built)} ms after it was built`).toBeGreaterThanOrEqual(FIRST_VIEW_PATIENCE_MS);
}

for (const view of [
  { name: 'the reading view', path: './' },
  { name: 'an embed', path: './?embed=1' },
  { name: 'a link to a place', path: './?region=senkaku' },
]) {
  test(`${view.name}: the map's first frame is drawn once every tile in view is in`, async ({ page }) => {
    await page.goto(view.path);
    await mapIdle(page);
    expectWhole(await firstDraw(page));
  });
}

test("the New atlas view: the draft's map is drawn once its basemap is in", async ({ page }) => {
  await page.goto('./?view=new');
  await page.getByLabel(/^Text:/).fill('The ministers met near the Senkaku Islands and in Manila.');
  await expect(page.locator('.map[data-idle="true"]')).toBeVisible({ timeout: 45_000 });
  expectWhole(await firstDraw(page));
});

test('the map shows the sea while its first view loads, and what has come if a tile never does', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/data/tiles/world/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  const map = page.locator('.map');
  await expect(map).toBeVisible();
  // The map is built, and nothing is drawn while the world's tiles are held back
  // (its patience runs from then, so a busy machine cannot draw early here);
  // the frame is the sea's colour, not white.
  await expect.poll(async () => (await firstDraw(page)).built, { timeout: 20_000 }).toBeGreaterThan(0);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(BASEMAP.water.slice(i, i + 2), 16));
  await expect(map).toHaveCSS('background-color', `rgb(${r}, ${g}, ${b})`);
  const beforePatience = await firstDraw(page);
  if (beforePatience.at < 0) await page.screenshot({ path: join(SCREENSHOTS, 'first-view-loading.png') });
  // Patience runs out: what has come is painted, though the map is not whole.
  await expect.poll(async () => (await firstDraw(page)).at, { timeout: FIRST_VIEW_PATIENCE_MS + 10_000 }).toBeGreaterThan(0);
  const first = await firstDraw(page);
  expect(first.at - first.built).toBeGreaterThanOrEqual(FIRST_VIEW_PATIENCE_MS);
  expect(first.whole).toBe(false);
  const loaded = await page.evaluate(() => (document.querySelector('.map') as MapElement).maplibre!.loaded());
  expect(loaded).toBe(false);
  await page.screenshot({ path: join(SCREENSHOTS, 'first-view-patience.png') });
  // And it completes when the tiles come.
  release();
  await mapIdle(page);
});

/** The tiles a page asks for: tileset and zoom of each. */
function watchTiles(page: import('@playwright/test').Page) {
  const tiles: { set: string; z: number }[] = [];
  page.on('request', (r) => {
    const m = /\/data\/tiles\/([a-z-]+)\/(\d+)\/\d+\/\d+\.pbf$/.exec(new URL(r.url()).pathname);
    if (m) tiles.push({ set: m[1]!, z: Number(m[2]) });
  });
  return tiles;
}

const finalCamera = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const m = (document.querySelector('.map') as MapElement).maplibre!;
    return { center: m.getCenter().toArray() as [number, number], zoom: m.getZoom(), size: [m.getCanvas().clientWidth, m.getCanvas().clientHeight] as [number, number] };
  });

for (const link of [
  { name: 'a link to a place', path: './?region=senkaku-islands' },
  { name: 'a passage link', path: './?region=taiwan-strait&p=p14' },
  { name: 'a tour link', path: './?tour=14' },
  { name: 'an embed of a place', path: './?embed=1&region=okinawa' },
  { name: 'a place link in Japanese', path: './?region=okinawa&lang=ja' },
]) {
  test(`${link.name}: the first painted frame is the place's view, and the map does not move after it`, async ({ page }) => {
    const tiles = watchTiles(page);
    await page.goto(link.path);
    // What the reader sees first: the page as soon as the map has painted.
    await expect.poll(async () => (await firstDraw(page)).at, { timeout: 45_000, intervals: [50] }).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, `first-frame-${link.name.replace(/\W+/g, '-')}.png`) });
    await mapIdle(page);
    // Drawn means the text's data are in, and its selection has asked for its view again: nothing may follow.
    await page.waitForTimeout(300);
    await mapIdle(page);
    const first = await firstDraw(page);
    const final = await finalCamera(page);
    expectWhole(first);
    await page.screenshot({ path: join(SCREENSHOTS, `first-frame-${link.name.replace(/\W+/g, '-')}-drawn.png`) });
    expect(first.moves, 'camera moves after the first frame').toBe(0);
    expect(first.camera!.zoom).toBeCloseTo(final.zoom, 2);
    expect(first.camera!.center[0]).toBeCloseTo(final.center[0], 2);
    expect(first.camera!.center[1]).toBeCloseTo(final.center[1], 2);
    // No tile of a farther view (the overview's) was fetched: every tile is at the view's zoom (or its tileset's deepest).
    const deepest = Object.fromEntries(TILESETS.map((t) => [t.id, t.maxzoom]));
    const far = tiles.filter((t) => t.z < Math.min(deepest[t.set]!, Math.floor(final.zoom)));
    expect(tiles.length).toBeGreaterThan(0);
    expect(far, `tiles above the view's zoom ${final.zoom.toFixed(2)}`).toEqual([]);
  });
}

test('the overview link is unchanged: built at the overview box, fitted to the map, and still', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  await page.waitForTimeout(300);
  const first = await firstDraw(page);
  const final = await finalCamera(page);
  expect(first.moves).toBe(0);
  expect(first.camera!.zoom).toBeCloseTo(final.zoom, 2);
  // OVERVIEW_BOX fitted to the canvas without padding, by the Mercator formula.
  const [w, s, e, n] = OVERVIEW_BOX;
  const y = (lat: number) => 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
  const zoom = Math.log2(Math.min(final.size[0] / (((e - w) / 360) * 512), final.size[1] / ((y(s) - y(n)) * 512)));
  expect(final.zoom).toBeCloseTo(zoom, 2);
  expect(final.center[0]).toBeCloseTo((w + e) / 2, 2);
});
