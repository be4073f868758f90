// The byte budgets, checked on what the browser really fetches for the first
// view (bytes are stable, so this can fail the suite; times are left to the
// benchmark). Gzip sizes are computed here from the built files, level 9.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, gzipSize, isMaplibreAsset } from '../bench/budgets';
import { expect, mapIdle, test } from './fixtures';

const dist = join(import.meta.dirname, '../../dist');
test.use({ serviceWorkers: 'block' });

for (const view of [{ name: 'the atlas', path: './' }, { name: 'an embed', path: './?embed=1&region=okinawa' }]) {
  test(`first view of ${view.name}: app JS ≤ ${BUDGETS.appJsGzipKB} KB and JS + CSS ≤ ${BUDGETS.firstViewGzipKB} KB gzip`, async ({ page }) => {
    await page.goto(view.path);
    await mapIdle(page);
    // The first view's files: those asked for before it was drawn (what the page fetches after, for the next action, is not).
    const assets = new Set(
      await page.evaluate(() => {
        const drawn = performance.getEntriesByName('atlas:first-idle')[0]!.startTime;
        return performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime <= drawn)
          .flatMap((e) => /\/assets\/([^?#]+\.(?:m?js|css))$/.exec(new URL(e.name).pathname)?.[1] ?? []);
      }),
    );
    const gzip = (file: string) => gzipSize(readFileSync(join(dist, 'assets', file))) / 1024;
    const files = [...assets];
    const appJs = files.filter((f) => /\.m?js$/.test(f) && !isMaplibreAsset(f));
    const appJsKB = appJs.reduce((s, f) => s + gzip(f), 0);
    const totalKB = files.reduce((s, f) => s + gzip(f), 0);
    const report = files.map((f) => `${f} ${gzip(f).toFixed(1)} KB`).join(', ');
    expect(files.some(isMaplibreAsset), `maplibre-gl is among ${report}`).toBe(true);
    expect(appJsKB, `app JS beyond maplibre-gl: ${appJs.join(', ')}`).toBeLessThanOrEqual(BUDGETS.appJsGzipKB);
    expect(totalKB, `first-view JS + CSS: ${report}`).toBeLessThanOrEqual(BUDGETS.firstViewGzipKB);
    // Code for later is not in the first view: the selection panel, tour, quiz, share dialog, measure tool, Japanese messages.
    expect(files.filter((f) => /^(SelectionPanel|TourBar|QuizPanel|ShareDialog|MeasureForm|measure-geometry|messages-ja)-/.test(f))).toEqual([]);
  });
}

test('once the first view is drawn, the card\'s code is fetched ahead, so a first click does not wait for it', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const drawn = performance.getEntriesByName('atlas:first-idle')[0]!.startTime;
        return performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime >= drawn && /\/assets\/(SelectionPanel|en-later)-[^/]+\.js$/.test(e.name))
          .map((e) => /\/assets\/(SelectionPanel|en-later)-/.exec(e.name)![1])
          .sort();
      }),
    )
    .toEqual(['SelectionPanel', 'en-later']);
});
