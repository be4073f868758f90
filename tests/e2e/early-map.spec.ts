// The map is built while the text's data load, not after them: on a slow link the
// basemap and the regions draw while the text pane says it is loading, and the
// selection the link asks for is shown once the data are in.
import { SCREENSHOTS, expect, mapIdle, test } from './fixtures';
import { join } from 'node:path';

type MapElement = HTMLElement & { maplibre?: import('maplibre-gl').Map };

for (const view of [
  { name: 'the reading view', path: './?region=okinawa', selected: '.panel' },
  { name: 'an embed', path: './?embed=1&region=okinawa', selected: 'aside' },
]) {
  test(`${view.name}: the map loads before the text's data, and the selection follows them`, async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/data/statement.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(view.path);

    const status = page.getByRole('status').filter({ hasText: 'Loading the statement and its places' });
    await expect(status).toBeVisible();
    // The style and its tiles are in while the statement is still held back.
    await expect.poll(() => page.evaluate(() => (document.querySelector('.map') as MapElement | null)?.maplibre?.loaded() ?? false), { timeout: 30_000 }).toBe(true);
    await expect(page.locator('.map canvas')).toBeVisible();
    // Drawn is not claimed until the text's places are in: tests and the bench wait for that.
    await expect(page.locator('.map')).toHaveAttribute('data-idle', 'false');
    await expect(page.locator('.map')).toHaveAttribute('aria-label', /Loading the statement/);
    await page.screenshot({ path: join(SCREENSHOTS, `early-map-${view.name.replace(/\W+/g, '-')}.png`) });

    release();
    await mapIdle(page);
    await expect(status).toHaveCount(0);
    await expect(page.locator(view.selected).getByRole('heading', { name: /Okinawa/ }).first()).toBeVisible();
    const selected = await page.evaluate(() => {
      const m = (document.querySelector('.map') as MapElement).maplibre!;
      return m.getFeatureState({ source: 'region-labels', id: 'okinawa' }).selected;
    });
    expect(selected).toBeTruthy();
  });
}
