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
    const assets = new Set<string>();
    page.on('request', (r) => {
      const m = /\/assets\/([^?#]+\.(?:m?js|css))$/.exec(new URL(r.url()).pathname);
      if (m) assets.add(m[1]!);
    });
    await page.goto(view.path);
    await mapIdle(page);
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
