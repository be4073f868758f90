// Classroom offline: after one visit the atlas keeps working with the network gone.
import { expect, mapIdle, test } from './fixtures';

test('after one visit, a reload with the network gone still shows the atlas', async ({ page, context }) => {
  await page.goto('./?region=senkaku-islands');
  await mapIdle(page);
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
  await context.setOffline(true);
  try {
    await page.reload();
    await mapIdle(page);
    await expect(page.locator('section.panel h2')).toHaveText('Senkaku Islands');
    await expect(page.locator('.reader .para')).toHaveCount(16);
    // Another view, never visited, works too: the app shell and all data are cached.
    await page.goto('./?tour=13');
    await expect(page.getByRole('region', { name: 'Guided tour' })).toContainText('The Taiwan Strait');
    await mapIdle(page);
  } finally {
    await context.setOffline(false);
  }
});

test('the service worker lists every built file and is versioned by their content', async ({ request }) => {
  const sw = await (await request.get('./sw.js')).text();
  expect(sw).toMatch(/const VERSION = '[0-9a-f]{16}'/);
  for (const f of ['./index.html', './data/regions.geojson', './data/statement.json', './data/basemap/land.geojson', './data/tour.json'])
    expect(sw, f).toContain(`"${f}"`);
  expect(sw).toMatch(/"\.\/assets\/maplibre-gl-worker-[\w-]+\.mjs"/);
});
