// Classroom offline: after one visit the atlas keeps working with the network gone,
// and the production build runs from a copied folder under any static server.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, mapIdle, SCREENSHOTS, test } from './fixtures';
import { openMadeSheet } from './sheets';
import { serveFolder } from './static-server';

// This spec is about the service worker (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const DIST = join(import.meta.dirname, '../../dist');

test('a copy of the build in a nested folder runs from a plain static server, and keeps running once the server is stopped', async ({ page, watch }) => {
  // The classroom case: someone copies dist/ onto a school server, under some path of its own.
  const root = mkdtempSync(join(tmpdir(), 'atlas-copy-'));
  const folder = 'courses/geography/atlas';
  cpSync(DIST, join(root, folder), { recursive: true });
  const server = await serveFolder(root);
  watch.origins.push(server.origin);
  try {
    const home = `${server.origin}/${folder}/`;
    await page.goto(`${home}?region=okinawa`);
    await mapIdle(page);
    await expect(page.locator('section.panel h2')).toHaveText('Okinawa');
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null && navigator.serviceWorker.controller !== null);
    await server.stop();
    // The server is gone, not merely the network flag: every file must come from the service worker.
    await page.goto(`${home}?region=senkaku-islands`);
    await mapIdle(page);
    await expect(page.locator('section.panel h2')).toHaveText('Senkaku Islands');
    await expect(page.locator('.reader .para')).toHaveCount(16);
    // A tile of open sea was never cached (it is empty): the worker answers it as empty.
    const sea = await page.evaluate(async () => {
      const r = await fetch('./data/tiles/focus/9/437/208.pbf');
      return { status: r.status, bytes: (await r.arrayBuffer()).byteLength };
    });
    expect(sea).toEqual({ status: 200, bytes: 0 });
    await page.screenshot({ path: join(SCREENSHOTS, 'offline-copied-folder-server-stopped.png') });
  } finally {
    await server.stop().catch(() => {});
    rmSync(root, { recursive: true, force: true });
  }
});

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
  for (const f of ['./index.html', './data/regions.geojson', './data/statement.json', './data/regions-lite.geojson', './data/tiles/world/0/0/0.pbf', './data/tiles/focus/9/437/217.pbf', './data/tour.json'])
    expect(sw, f).toContain(`"${f}"`);
  expect(sw).toMatch(/"\.\/assets\/maplibre-gl-worker-[\w-]+\.mjs"/);
  // An empty tile (open sea off Okinawa) is not fetched at install: the worker answers it itself.
  expect((await (await request.get('./data/tiles/focus/9/437/208.pbf')).body()).length).toBe(0);
  expect(sw).not.toContain('"./data/tiles/focus/9/437/208.pbf"');
  // The host's instructions are not the atlas's files: a host does not serve them, and precaching one would fail the install.
  expect(sw).not.toContain('"./_headers"');
  // The New atlas view's gazetteer and the land of the worksheets made in the browser are kept on first use, not at install.
  const precached = JSON.parse(/const FILES = (\[.*?\]);/s.exec(sw)![1]!) as string[];
  expect(precached).toContain('./data/statement.json');
  expect(precached).not.toContain('./data/gazetteer.json');
  expect(precached).not.toContain('./data/worksheet-land.json');
  expect(sw).toContain('const ON_USE = new Set(["./data/gazetteer.json","./data/worksheet-land.json"])');
});

test('the world gazetteer is fetched on use: a reader of the statement never downloads it; the New atlas view keeps it for offline use', async ({ page, context }) => {
  const gazetteer: string[] = [];
  context.on('request', (r) => {
    if (r.url().endsWith('/data/gazetteer.json')) gazetteer.push(r.url());
  });
  await page.goto('./?region=senkaku-islands');
  await mapIdle(page);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null && navigator.serviceWorker.controller !== null);
  // The worker installed and the reading view ran: neither fetched the gazetteer, and no cache holds it.
  expect(gazetteer).toEqual([]);
  const cached = () => page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => !!(await (await caches.open(k)).match('./data/gazetteer.json'))))).some(Boolean));
  expect(await cached()).toBe(false);

  await page.goto('./?view=new');
  await page.getByLabel(/^Text:/).fill('Ministers met in Osaka and Kyiv.');
  await expect(page.locator('.draft-text .mention')).toHaveCount(2);
  expect(gazetteer.length).toBeGreaterThan(0);
  await expect.poll(cached).toBe(true);

  await context.setOffline(true);
  try {
    await page.reload();
    await page.getByLabel(/^Text:/).fill('Ministers met in Osaka, Kyiv and Texas.');
    await expect(page.locator('.draft-text .mention')).toHaveCount(3);
  } finally {
    await context.setOffline(false);
  }
});

test('a worksheet made in the browser is made offline too, once one has been made', async ({ page, context }) => {
  const errors: string[] = [];
  const cached = () => page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => !!(await (await caches.open(k)).match('./data/worksheet-land.json'))))).some(Boolean));
  await page.goto('./?statement=sample-geography-primer&region=taiwan-strait');
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null && navigator.serviceWorker.controller !== null);
  // Not at install: its land is fetched when a sheet is first asked for, and kept.
  expect(await cached()).toBe(false);
  await (await openMadeSheet(page.locator('.panel[data-region="taiwan-strait"]'), errors)).close();
  await expect.poll(cached).toBe(true);
  await context.setOffline(true);
  try {
    await page.goto('./?statement=sample-geography-primer&region=senkaku-islands');
    const sheet = await openMadeSheet(page.locator('.panel[data-region="senkaku-islands"]'), errors);
    await expect(sheet.locator('h1')).toHaveText('Worksheet: Senkaku Islands');
    await expect(sheet.locator('.answers')).toHaveCSS('border-top-style', 'dashed');
  } finally {
    await context.setOffline(false);
  }
  expect(errors).toEqual([]);
});
