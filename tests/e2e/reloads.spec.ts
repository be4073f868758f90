// After the map's first load, the first view changes nothing in the style
// that does not change what is drawn: no source reloaded, no layer re-laid
// out (each is a re-parse of the tiles in view). The reading view and the embed.
import { expect, mapIdle, test } from './fixtures';

interface Seen {
  /** Whether the map had loaded when the listeners were attached (too late to count). */
  late: boolean;
  reloads: string[];
  styleChanges: number;
}

test.beforeEach(async ({ page }) => {
  // Attach as soon as the map exists, before its first load.
  await page.addInitScript(() => {
    const seen = { late: false, reloads: [] as string[], styleChanges: 0 };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    const attach = () => {
      const m = (document.querySelector('.map') as (HTMLElement & { maplibre?: import('maplibre-gl').Map }) | null)?.maplibre;
      if (!m) return void requestAnimationFrame(attach);
      seen.late = m.loaded();
      let loaded = false;
      m.once('load', () => (loaded = true));
      m.on('sourcedata', (e) => {
        if (loaded && e.sourceDataType === 'content') seen.reloads.push(e.sourceId);
      });
      m.on('styledata', () => {
        if (loaded) seen.styleChanges++;
      });
    };
    attach();
  });
});

for (const view of [{ name: 'the reading view', path: './' }, { name: 'an embed', path: './?embed=1&region=okinawa' }, { name: 'the Japanese interface', path: './?lang=ja' }]) {
  test(`${view.name}: 0 source reloads and 0 style changes after the first load`, async ({ page }) => {
    await page.goto(view.path);
    await mapIdle(page);
    // Anything the app would still change comes within a few frames of idle.
    await page.waitForTimeout(300);
    await mapIdle(page);
    const seen = await page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
    expect(seen.late, 'listeners attached before the first load').toBe(false);
    expect(seen.reloads).toEqual([]);
    expect(seen.styleChanges).toBe(0);
  });
}

test('a measure that had points still clears its line', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  await page.getByRole('button', { name: 'Measure distance' }).click();
  const canvas = page.locator('.maplibregl-canvas');
  await canvas.click({ position: { x: 120, y: 520 } });
  await canvas.click({ position: { x: 260, y: 640 } });
  const count = () => page.evaluate(() => (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre.querySourceFeatures('measure').length);
  await expect.poll(count).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect.poll(count).toBe(0);
});

/** A layer's visibility as the map has it (a layer without one is visible). */
const layerShown = (page: import('@playwright/test').Page, id: string) =>
  page.evaluate((id) => (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre.getLayoutProperty(id, 'visibility') ?? 'visible', id);

test('the selection is drawn from the first selection on, its layers shown once', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  const visibility = () => layerShown(page, 'region-selected-line-islands');
  const changes = () => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen.styleChanges);
  // Nothing selected: the first view draws no selection, and compiles nothing for one.
  expect(await visibility()).toBe('none');
  await page.locator('.region-list button[data-region="senkaku-islands"]').click();
  await expect.poll(visibility).toBe('visible');
  await mapIdle(page);
  // The outline is drawn around the selected islands (its halo and line are on the canvas).
  const drawn = await page.evaluate(() => {
    const m = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
    return m.queryRenderedFeatures({ layers: ['region-selected-line-islands'] }).map((f) => String(f.properties.id));
  });
  expect(drawn).toContain('senkaku-islands');
  const afterFirst = await changes();
  expect(afterFirst).toBeGreaterThan(0);
  // Another selection changes feature state only: the layers stay as they are.
  await page.locator('.region-list button[data-region="okinawa"]').click();
  await mapIdle(page);
  expect(await changes()).toBe(afterFirst);
});

test('pointing at a country shows the hover outline, drawn from the first hover on', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  const visibility = () => layerShown(page, 'region-land-line');
  expect(await visibility()).toBe('none');
  // Over the People's Republic of China, west of the Yellow Sea in the overview.
  await page.locator('.maplibregl-canvas').hover({ position: { x: 150, y: 300 } });
  await expect(page.locator('.maplibregl-canvas')).toHaveCSS('cursor', 'pointer');
  await expect.poll(visibility).toBe('visible');
});
