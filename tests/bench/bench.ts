// npm run bench: the atlas against MapLibre's own floors (bare.html: the
// atlas's style alone; floor.html?floor=minimal: background and land on the
// same tiles) and a story-map template's page (floor.html?floor=storymap), on the production build
// served from 127.0.0.1 in headless Chromium. A benchmark, not a test: it
// reports medians and ranges, and which budgets are met.
//   tsx tests/bench/bench.ts [--runs 9]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { serveFolder } from '../e2e/static-server';
import { BUDGETS, gzipSize, isMaplibreAsset } from './budgets';
import { userAtlasLink } from './user-atlas-link';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 9;
const SELECTIONS = 200;
/** Fresh pages in which the first selection is timed, each clicked at first idle. */
const FIRST_CLICKS = 9;
const CYCLES = 1000;

/** The views whose data is counted, zoom by zoom: over Okinawa, the statement's core (the first view is counted apart). */
const ZOOM_VIEWS = [3, 5, 7, 9, 11, 13].map((zoom) => ({ zoom, lat: 26.4, lon: 127.9 }));

/** A response's size as served (raw) and as a compressing server would send it (gzip -9). */
interface Fetched {
  raw: number;
  gzip: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** The floors, built beside the app into dist/bench/. */
async function buildFloors() {
  await build({
    root: import.meta.dirname,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    configFile: false,
    build: { outDir: join(dist, 'bench'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200, rollupOptions: { input: Object.fromEntries(['bare', 'floor'].map((f) => [f, join(import.meta.dirname, `${f}.html`)])) } },
  });
}

interface Viewport {
  width: number;
  height: number;
  dpr?: number;
}
const DESKTOP: Viewport = { width: 1280, height: 800 };

/**
 * Navigation to the first idle of a fully drawn map, in ms, with a cold cache;
 * how many shader programs the page linked by then (each costs a compile), and
 * in how many animation frames it drew (each costs the GPU its drawing and the
 * page's compositing).
 */
async function loadTime(browser: import('@playwright/test').Browser, url: string, viewport: Viewport = DESKTOP, record = false): Promise<{ ms: number; drawn: number; programs: number; frames: number; bytes: Map<string, Fetched>; zoom: number }> {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: viewport.dpr ?? 1, serviceWorkers: 'block' });
  await context.addInitScript(() => {
    const w = window as unknown as { __programs: number; __frames: number; __drawn: number };
    w.__programs = 0;
    w.__frames = 0;
    w.__drawn = -1;
    // Drawn: first idle says MapLibre has issued its last frame, not that the GPU has drawn it.
    // A one-pixel read of every map's canvas, at the mark, waits for the GPU to finish.
    const mark = performance.mark.bind(performance);
    performance.mark = function (name: string, options?: PerformanceMarkOptions) {
      const entry = mark(name, options);
      if (name === 'atlas:first-idle') {
        for (const canvas of document.querySelectorAll('canvas.maplibregl-canvas')) {
          const gl = (canvas as HTMLCanvasElement).getContext('webgl2');
          gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
        }
        w.__drawn = performance.now();
      }
      return entry;
    };
    // A frame is counted once, at its first draw call.
    let frame = 0;
    let counted = -1;
    const request = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = function (callback: FrameRequestCallback) {
      return request((t) => {
        frame++;
        callback(t);
      });
    };
    for (const gl of [WebGLRenderingContext, WebGL2RenderingContext]) {
      const link = gl.prototype.linkProgram;
      gl.prototype.linkProgram = function (program: WebGLProgram) {
        w.__programs++;
        return link.call(this, program);
      };
      for (const name of ['drawElements', 'drawArrays'] as const) {
        const draw = gl.prototype[name] as (...args: unknown[]) => void;
        (gl.prototype as unknown as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
          if (counted !== frame) (counted = frame), w.__frames++;
          return draw.apply(this, args);
        };
      }
    }
  });
  const page = await context.newPage();
  // Only when asked: the timed loads record nothing.
  const bodies = record ? recordBytes(page) : null;
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:first-idle').length > 0, undefined, { timeout: 60_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('atlas:first-idle')[0]!.startTime);
  const { programs, frames, drawn } = await page.evaluate(() => {
    const w = window as unknown as { __programs: number; __frames: number; __drawn: number };
    return { programs: w.__programs, frames: w.__frames, drawn: w.__drawn };
  });
  // The app keeps its view in the hash (#map=zoom/lat/lon); the bare page has none.
  const zoom = Number(/map=([\d.]+)/.exec(await page.evaluate(() => location.hash))?.[1] ?? NaN);
  // The first view's bytes: not what the page asked for after the mark, for the next action. (The page's own timeline
  // has no entries for the map worker's fetches, the tiles: those all come before the mark.)
  const after = new Set(
    await page.evaluate(() => {
      const at = performance.getEntriesByName('atlas:first-idle')[0]!.startTime;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime > at)
        .map((e) => e.name);
    }),
  );
  const bytes = bodies ? await settle(bodies, after) : new Map<string, Fetched>();
  await context.close();
  return { ms, drawn, programs, frames, bytes, zoom };
}

/**
 * Every response's body, by URL, sized once the page is done (settle): compressing
 * them as they arrive would take the serving thread (this process's) from the page.
 */
function recordBytes(page: Page) {
  const bodies = new Map<string, Promise<Buffer | null>>();
  page.on('response', (r) => bodies.set(r.url(), r.body().catch(() => null))); // redirects and aborted requests have no body
  return bodies;
}
async function settle(bodies: ReturnType<typeof recordBytes>, leaveOut: ReadonlySet<string> = new Set()): Promise<Map<string, Fetched>> {
  const bytes = new Map<string, Fetched>();
  for (const [url, pending] of bodies) {
    if (leaveOut.has(url)) continue;
    const body = await pending;
    if (body) bytes.set(url, { raw: body.length, gzip: gzipSize(body) });
  }
  return bytes;
}

const isData = (url: string) => new URL(url).pathname.includes('/data/');
const sum = (xs: Iterable<Fetched>) => [...xs].reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip }), { raw: 0, gzip: 0 });

/** Data fetched by a fresh page opened at each zoom level (a link to that view), cold cache. */
async function dataByZoom(browser: import('@playwright/test').Browser, origin: string) {
  const out: { zoom: number; files: number; tiles: number; raw: number; gzip: number }[] = [];
  for (const v of ZOOM_VIEWS) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const bodies = recordBytes(page);
    await page.goto(`${origin}/#map=${v.zoom}/${v.lat}/${v.lon}`);
    await page.locator('.map[data-loaded="true"][data-idle="true"]').waitFor({ timeout: 60_000 });
    const bytes = await settle(bodies);
    const data = [...bytes].filter(([u]) => isData(u));
    out.push({ zoom: v.zoom, files: data.filter(([u]) => !u.endsWith('.pbf')).length, tiles: data.filter(([u]) => u.endsWith('.pbf')).length, ...sum(data.map(([, f]) => f)) });
    await context.close();
  }
  return out;
}

/** Click → panel updated, for `n` selections from the place list. */
async function selectionLatency(page: Page, n: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.region-list button[data-region]')];
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const button = buttons[i % buttons.length]!;
      const id = button.dataset.region!;
      // A pressed button would deselect: start from the overview.
      if (button.getAttribute('aria-pressed') === 'true') button.click();
      await new Promise((r) => setTimeout(r, 0));
      // (No named helpers in here: the bundler would wrap them in a __name() the page lacks.)
      const selector = `section.panel[data-region="${id}"] h2`;
      const done = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector(selector) === null) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      const t0 = performance.now();
      button.click();
      times.push((await done) - t0);
    }
    return times;
  }, n);
}

/** The first selection of a fresh page, clicked as soon as the page's first view is drawn, in each of FIRST_CLICKS pages. */
async function firstSelections(browser: import('@playwright/test').Browser, app: string): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < FIRST_CLICKS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(app);
    await page.waitForFunction(() => performance.getEntriesByName('atlas:first-idle').length > 0, undefined, { timeout: 60_000 });
    out.push((await selectionLatency(page, 1))[0]!);
    await context.close();
  }
  return out;
}

/**
 * Every place selected once and back, then until the map is idle again: what a
 * first selection sets up once (a place's panel, the layers the map draws only
 * on interaction, which re-read their sources' tiles once) is not counted as
 * steady-state latency or as growth.
 */
async function warmUp(page: Page) {
  await page.evaluate(async () => {
    const m = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
    for (const b of document.querySelectorAll<HTMLButtonElement>('.region-list button[data-region]')) {
      b.click();
      await new Promise((r) => setTimeout(r, 0));
      b.click();
    }
    await Promise.race([new Promise((r) => m.once('idle', r)), new Promise((r) => setTimeout(r, 10_000))]);
  });
}

async function heapGrowth(page: Page, cycles: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const before = await used();
  await page.evaluate(async (cycles) => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.region-list button[data-region]')];
    for (let i = 0; i < cycles; i++) {
      const b = buttons[i % buttons.length]!;
      b.click(); // select
      await new Promise((r) => setTimeout(r, 0));
      b.click(); // deselect
      await new Promise((r) => setTimeout(r, 0));
    }
  }, cycles);
  await page.waitForTimeout(1500);
  return (await used()) - before;
}

function chunkSizes() {
  const assets = join(dist, 'assets');
  return readdirSync(assets)
    .filter((f) => /\.(m?js|css)$/.test(f))
    .map((f) => {
      const raw = readFileSync(join(assets, f));
      return { file: f, raw: raw.length, gzip: gzipSize(raw) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/** The data files the app can load, and the tilesets summed (file count, raw, gzip). */
function dataSizes() {
  const files: { file: string; raw: number; gzip: number }[] = [];
  const tiles = new Map<string, { file: string; count: number; raw: number; gzip: number }>();
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(geo)?json$/.test(f) || f.endsWith('.pbf')) {
        const raw = readFileSync(p);
        const file = relative(join(dist, 'data'), p);
        const size = { raw: raw.length, gzip: gzipSize(raw) };
        if (!f.endsWith('.pbf')) files.push({ file, ...size });
        else {
          const set = file.split('/').slice(0, 2).join('/');
          const t = tiles.get(set) ?? { file: `${set}/`, count: 0, raw: 0, gzip: 0 };
          tiles.set(set, { ...t, count: t.count + 1, raw: t.raw + size.raw, gzip: t.gzip + size.gzip });
        }
      }
    }
  };
  walk(join(dist, 'data'));
  return { files, tiles: [...tiles.values()] };
}

async function main() {
  // How busy the machine was before the bench began: read before its own build and pages raise the figure.
  const busy = loadavg()[0]! / cpus().length;
  console.log('Building the app and the bare page…');
  execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  await buildFloors();
  const server = await serveFolder(dist);
  const found = await findChromium();
  const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
  const app = `${server.origin}/`;
  const bare = `${server.origin}/bench/bare.html`;
  const userAtlas = `${app}${await userAtlasLink()}`;
  try {
    // Load: alternating rounds, each page in a fresh context (cold cache), so a busy spell hits all pages alike.
    const PHONE: Viewport = { width: 390, height: 844, dpr: 3 };
    const EMBED: Viewport = { width: 700, height: 800 };
    const pages = [
      { key: 'app', url: app, viewport: DESKTOP },
      // A user's atlas from its share link, read by the same view: its first idle against the flagship's.
      { key: 'userAtlas', url: userAtlas, viewport: DESKTOP },
      { key: 'bare', url: bare, viewport: DESKTOP },
      // The same, painting its first view once whole as the app does: what the app's own code costs beyond its map.
      { key: 'bareWhole', url: `${bare}?whole=1`, viewport: DESKTOP },
      { key: 'minimal', url: `${server.origin}/bench/floor.html?floor=minimal`, viewport: DESKTOP },
      { key: 'basemap', url: `${server.origin}/bench/floor.html?floor=basemap`, viewport: DESKTOP },
      { key: 'storymap', url: `${server.origin}/bench/floor.html?floor=storymap`, viewport: DESKTOP },
      // The embed's overview: the same view as the bare page, so the ratio compares like with like.
      { key: 'embed', url: `${app}?embed=1`, viewport: EMBED },
      { key: 'bareEmbed', url: bare, viewport: EMBED },
      { key: 'phone', url: app, viewport: PHONE },
      { key: 'barePhone', url: bare, viewport: PHONE },
    ] as const;
    type Key = (typeof pages)[number]['key'];
    const perPage = () => Object.fromEntries(pages.map((p) => [p.key, [] as number[]])) as Record<Key, number[]>;
    const mediansOf = (xs: Record<Key, number[]>) => Object.fromEntries(Object.entries(xs).map(([k, v]) => [k, median(v)])) as Record<Key, number>;
    const times = perPage();
    const programs = {} as Record<Key, number>;
    const framesSeen = perPage();
    const drawnAt = perPage();
    // What the first view fetches, from a load of its own (untimed).
    const { bytes: firstView, zoom: firstZoom } = await loadTime(browser, app, DESKTOP, true);
    for (let i = 0; i < RUNS; i++) {
      for (const p of pages) {
        const r = await loadTime(browser, p.url, p.viewport);
        times[p.key].push(r.ms);
        programs[p.key] = Math.max(programs[p.key] ?? 0, r.programs);
        framesSeen[p.key].push(r.frames);
        drawnAt[p.key].push(r.drawn);
      }
      console.log(`round ${i + 1}/${RUNS}: ${pages.map((p) => `${p.key} ${times[p.key].at(-1)!.toFixed(0)}`).join(', ')} ms`);
    }
    const frames = mediansOf(framesSeen);
    const appMs = times.app;
    const bareMs = times.bare;

    // Selection latency and heap, in one warm page.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(app);
    await page.waitForFunction(() => performance.getEntriesByName('atlas:first-idle').length > 0, undefined, { timeout: 60_000 });
    // The steady state, after every place was selected once.
    await warmUp(page);
    const latency = await selectionLatency(page, SELECTIONS);
    const heap = await heapGrowth(page, CYCLES);
    await context.close();
    const byZoom = await dataByZoom(browser, server.origin);
    const firsts = await firstSelections(browser, app);
    const first = median(firsts);

    // Bytes.
    const chunks = chunkSizes();
    const isMaplibre = isMaplibreAsset;
    const maplibreGzip = chunks.filter((c) => isMaplibre(c.file)).reduce((s, c) => s + c.gzip, 0);
    const firstViewAssets = chunks.filter((c) => [...firstView.keys()].some((u) => u.endsWith(`/assets/${c.file}`)));
    const firstViewGzip = firstViewAssets.reduce((s, c) => s + c.gzip, 0);
    const appJsGzip = firstViewAssets.filter((c) => c.file.endsWith('js') && !isMaplibre(c.file)).reduce((s, c) => s + c.gzip, 0);
    const data = dataSizes();
    const firstViewData = [...firstView].filter(([u]) => isData(u)).map(([u, f]) => ({ file: new URL(u).pathname.replace(/^.*\/data\//, ''), ...f }));
    const firstViewDataTotal = sum(firstViewData);

    const ratio = median(appMs) / median(bareMs);
    const results = {
      date: new Date().toISOString(),
      machine: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: (await import('node:os')).cpus().length, chromium: browser.version(), gl: 'SwiftShader (software)' },
      versions: JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages as Record<string, { version?: string }>,
      runs: RUNS,
      load: { appMs, bareMs, appMedian: median(appMs), bareMedian: median(bareMs), ratio, times, medians: mediansOf(times), drawn: drawnAt, drawnMedians: mediansOf(drawnAt), programs, frames, loadPerCpu: busy },
      selection: { n: SELECTIONS, p50: percentile(latency, 50), p95: percentile(latency, 95), firstMs: first, firsts },
      heapGrowthBytes: heap,
      bytes: { chunks, maplibreGzip, firstViewGzip, appJsGzip, firstViewData, firstViewDataTotal, dataByZoom: byZoom, data },
    };
    const pick = ['maplibre-gl', 'svelte', 'vite', '@turf/turf', '@playwright/test'];
    results.versions = Object.fromEntries(pick.map((p) => [p, { version: results.versions[`node_modules/${p}`]?.version }]));
    const storyRatio = median(appMs) / median(times.storymap);
    const embedRatio = median(times.embed) / median(times.bareEmbed);
    const phoneRatio = median(times.phone) / median(times.barePhone);
    const userRatio = median(times.userAtlas) / median(appMs);
    const met = {
      loadRatio: ratio <= BUDGETS.loadRatio,
      storyRatio: storyRatio <= BUDGETS.storyMapRatio,
      embedRatio: embedRatio <= BUDGETS.loadRatio,
      phoneRatio: phoneRatio <= BUDGETS.loadRatio,
      userAtlasRatio: userRatio <= BUDGETS.userAtlasRatio,
      appJsGzipKB: appJsGzip / 1024 <= BUDGETS.appJsGzipKB,
      firstViewGzipKB: firstViewGzip / 1024 <= BUDGETS.firstViewGzipKB,
      selectionP95Ms: results.selection.p95 <= BUDGETS.selectionP95Ms,
      firstSelectionMs: first <= BUDGETS.firstSelectionMs,
      heapGrowthMB: heap / 1048576 <= BUDGETS.heapGrowthMB,
    };
    const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
    const rows = [
      ['**first idle, app / bare MapLibre**', `**${ratio.toFixed(2)}×**`, `≤ ${BUDGETS.loadRatio} ${met.loadRatio ? 'met' : 'NOT met'}`],
      ['load to first idle, app (median, range)', `${median(appMs).toFixed(0)} ms (${range(appMs)})`, ''],
      ['load to first idle, bare MapLibre (the atlas style alone)', `${median(bareMs).toFixed(0)} ms (${range(bareMs)})`, ''],
      ['load to first idle, bare MapLibre painting its first view once whole, as the app does (`bare.html?whole=1`)', `${median(times.bareWhole).toFixed(0)} ms (${range(times.bareWhole)})`, ''],
      ['app / that page (what the app\'s own code costs beyond its map)', `${(median(appMs) / median(times.bareWhole)).toFixed(2)}×`, ''],
      ['load to first idle, minimal style (background, land)', `${median(times.minimal).toFixed(0)} ms (${range(times.minimal)})`, ''],
      ['load to first idle, the atlas\'s basemap without its regions', `${median(times.basemap).toFixed(0)} ms (${range(times.basemap)})`, ''],
      ['load to first idle, story-map template page (8 layers, inset map)', `${median(times.storymap).toFixed(0)} ms (${range(times.storymap)})`, ''],
      ['story-map page / bare (the issue timed the demo itself at 1.08× the bare page)', `${(median(times.storymap) / median(bareMs)).toFixed(2)}×`, ''],
      ['app / story-map page', `${storyRatio.toFixed(2)}×`, `≤ ${BUDGETS.storyMapRatio} ${met.storyRatio ? 'met' : 'NOT met'}`],
      ['drawn (first idle, then the GPU caught up: a 1-pixel read of each map), median: app / bare / bare drawn once whole / story-map', `${median(drawnAt.app).toFixed(0)} / ${median(drawnAt.bare).toFixed(0)} / ${median(drawnAt.bareWhole).toFixed(0)} / ${median(drawnAt.storymap).toFixed(0)} ms`, ''],
      ['drawn, app / bare and app / story-map page', `${(median(drawnAt.app) / median(drawnAt.bare)).toFixed(2)}× and ${(median(drawnAt.app) / median(drawnAt.storymap)).toFixed(2)}×`, ''],
      ['embed (700×800) / bare at 700×800', `${embedRatio.toFixed(2)}× (${median(times.embed).toFixed(0)} vs ${median(times.bareEmbed).toFixed(0)} ms)`, `≤ ${BUDGETS.loadRatio} ${met.embedRatio ? 'met' : 'NOT met'}`],
      ['a user\'s atlas from its share link (tests/bench/user-text.txt: 3 paragraphs, verified regions and gazetteer points) / the flagship', `${userRatio.toFixed(2)}× (${median(times.userAtlas).toFixed(0)} vs ${median(appMs).toFixed(0)} ms)`, `≤ ${BUDGETS.userAtlasRatio} ${met.userAtlasRatio ? 'met' : 'NOT met'}`],
      ['phone (390×844, DPR 3) / bare on the phone', `${phoneRatio.toFixed(2)}× (${median(times.phone).toFixed(0)} vs ${median(times.barePhone).toFixed(0)} ms)`, `≤ ${BUDGETS.loadRatio} ${met.phoneRatio ? 'met' : 'NOT met'}`],
      ['shader programs linked by first idle: app / bare / minimal / basemap / story-map', `${programs.app} / ${programs.bare} / ${programs.minimal} / ${programs.basemap} / ${programs.storymap}`, ''],
      ['animation frames drawn by first idle (median): app / bare / story-map', `${frames.app} / ${frames.bare} / ${frames.storymap}`, ''],
      ['shader programs, embed / phone', `${programs.embed} / ${programs.phone}`, ''],
      ['app JS beyond maplibre-gl, first view (gzip)', `${kb(appJsGzip)} KB`, `≤ ${BUDGETS.appJsGzipKB} KB ${met.appJsGzipKB ? 'met' : 'NOT met'}`],
      ['maplibre-gl + worker (gzip)', `${kb(maplibreGzip)} KB`, ''],
      ['first view JS + CSS (gzip)', `${kb(firstViewGzip)} KB`, `≤ ${BUDGETS.firstViewGzipKB} KB ${met.firstViewGzipKB ? 'met' : 'NOT met'}`],
      ['first view data (gzip)', `${kb(firstViewDataTotal.gzip)} KB (${firstViewData.filter((d) => d.file.endsWith('.pbf')).length} tiles, ${firstViewData.filter((d) => !d.file.endsWith('.pbf')).length} files)`, ''],
      ['first view JS + CSS + data (gzip)', `${kb(firstViewGzip + firstViewDataTotal.gzip)} KB`, ''],
      [`first selection, click at first idle to panel (median of ${FIRST_CLICKS} fresh pages; it also shows the selection's layers)`, `${first.toFixed(0)} ms (${Math.min(...firsts).toFixed(0)}–${Math.max(...firsts).toFixed(0)})`, `≤ ${BUDGETS.firstSelectionMs} ms ${met.firstSelectionMs ? 'met' : 'NOT met'}`],
      [`selection latency p50 / p95 (${SELECTIONS}, after every place was selected once)`, `${results.selection.p50.toFixed(1)} / ${results.selection.p95.toFixed(1)} ms`, `p95 ≤ ${BUDGETS.selectionP95Ms} ms ${met.selectionP95Ms ? 'met' : 'NOT met'}`],
      [`heap growth after ${CYCLES} select/deselect cycles (after every place was selected once)`, `${(heap / 1048576).toFixed(2)} MB`, `≤ ${BUDGETS.heapGrowthMB} MB ${met.heapGrowthMB ? 'met' : 'NOT met'}`],
    ];
    const table = ['| measure | value | budget |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    const chunkTable = ['| chunk | raw | gzip |', '|---|---|---|', ...chunks.map((c) => `| ${c.file} | ${kb(c.raw)} KB | ${kb(c.gzip)} KB |`)].join('\n');
    const inFirstView = (file: string) => firstViewData.some((d) => d.file === file || d.file.startsWith(file));
    const dataTable = [
      '| data | raw | gzip | in the first view |',
      '|---|---|---|---|',
      ...data.files.map((d) => `| ${d.file} | ${kb(d.raw)} KB | ${kb(d.gzip)} KB | ${inFirstView(d.file) ? 'yes' : ''} |`),
      ...data.tiles.map((t) => `| ${t.file} (${t.count} tiles) | ${kb(t.raw)} KB | ${kb(t.gzip)} KB | ${plural(firstViewData.filter((d) => d.file.startsWith(t.file)).length, 'tile')} |`),
    ].join('\n');
    const zoomTable = [
      '| zoom (over Okinawa, 26.4° N 127.9° E) | tiles | other files | data raw | data gzip |',
      '|---|---|---|---|---|',
      `| first view (the whole region, zoom ${firstZoom.toFixed(1)}) | ${firstViewData.filter((d) => d.file.endsWith('.pbf')).length} | ${firstViewData.filter((d) => !d.file.endsWith('.pbf')).length} | ${kb(firstViewDataTotal.raw)} KB | ${kb(firstViewDataTotal.gzip)} KB |`,
      ...byZoom.map((z) => `| ${z.zoom} | ${z.tiles} | ${z.files} | ${kb(z.raw)} KB | ${kb(z.gzip)} KB |`),
    ].join('\n');
    // The hand-written record of what changed and what it did (history.md), kept across runs.
    const historyFile = join(import.meta.dirname, 'history.md');
    const history = existsSync(historyFile) ? `\n\n${readFileSync(historyFile, 'utf8').trim()}` : '';
    const note = busy > 0.5 ? `\n> The machine was busy during the run (load average ${(busy * cpus().length).toFixed(1)} on ${cpus().length} CPUs): times are slower and noisier than on a quiet machine; run again when it is idle.\n` : '';
    console.log(`\nHeadline: first idle ${median(appMs).toFixed(0)} ms, ${ratio.toFixed(2)}× the bare MapLibre page (budget ≤ ${BUDGETS.loadRatio}).${note}\n${table}\n\n${zoomTable}\n\n${chunkTable}\n`);
    writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify({ ...results, budgets: BUDGETS, met }, null, 1)}\n`);
    writeFileSync(
      join(import.meta.dirname, 'PERFORMANCE.md'),
      `# Performance\n\nMeasured by \`npm run bench\` on ${results.date.slice(0, 10)}: ${results.machine.platform}, ${results.machine.cpus} CPUs, Node ${results.machine.node}, Chromium ${results.machine.chromium} headless with ${results.machine.gl}. ${RUNS} rounds, each loading every page once in a fresh context (cold cache), alternating; medians and ranges. Raw figures: [results.json](results.json).\n\n**First idle: ${ratio.toFixed(2)}× the bare MapLibre page.**\n${note}\nThe floors: [bare.html](bare.html), MapLibre alone with the atlas's style, data files and first view, painting as MapLibre does (a frame as each tile arrives); \`bare.html?whole=1\`, the same painting its first view once whole as the app does (src/lib/map/first-view.ts), so the app over it is what the app's own code costs; [floor.html?floor=minimal](floor.html), MapLibre's minimal style (background as the water, land) on the same tiles, so the cost of the atlas's cartography shows on its own; [floor.html?floor=basemap](floor.html), the atlas's basemap without its regions. The peer: [floor.html?floor=storymap](floor.html), digidem/maplibre-storymap's demo page on the same files: its style's 8 layers, each styled as the demo's (a colour matched per country, widths and opacities by zoom, a dashed tropic, line-placed and zoom-dependent labels, its own polygon layer, here the statement's places), and the template's inset map, a second map of the same style; its first idle is when both maps are idle. Shader programs are counted by wrapping \`linkProgram\` before the page loads, frames by the animation frames in which the page issued a draw call.\n\n${table}\n\n## JS and CSS chunks\n\n${chunkTable}\n\n## Data by zoom level\n\nWhat a page opened at each view downloads (cold cache), counted from the browser's responses. The basemap and the wide region outlines are vector tiles cut at build time, so a view fetches only the tiles it shows, at the detail its zoom needs; the islands' outlines (regions-lite.geojson) come with the first view; context layers load when turned on.\n\n${zoomTable}\n\n## Data files\n\n${dataTable}${history}\n\n## Reproduce\n\n    npm install\n    npm run bench            # or: npx tsx tests/bench/bench.ts --runs 9\n\nIt builds the app and the bare page, serves \`dist/\` on 127.0.0.1 and drives the same Chromium as the browser tests (Debian's \`chromium\` if installed, else the one in \`@sparticuz/chromium\`). Times depend on the machine; bytes do not, and \`tests/e2e/budget.spec.ts\` holds the byte budgets in \`npm test\`.\n`,
    );
    console.log('Wrote tests/bench/PERFORMANCE.md and tests/bench/results.json');
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
