// Deploying the atlas: a new deployment under open pages (a classroom's tabs
// stay open through a lesson), oEmbed discovery on a static host, and dist/
// served with the headers of its own _headers file. The atlas is built twice
// here, as a deployment would build it (ATLAS_PUBLIC_URL set), from a copy of
// the project whose second build changes one string, and served by a plain
// Node file server whose files the tests replace.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/offline/csp';
import { expect, mapIdle, SCREENSHOTS, test } from './fixtures';
import { serveFolder, type StaticServer } from './static-server';

test.use({ serviceWorkers: 'allow' });

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const run = promisify(execFile);

/** The string the second build changes: a heading of the share dialog, so a page shows which version it runs. */
const HEADING = { a: 'Embed in an article', b: 'Embed in an article (new version)' };

let site: string;
let server: StaticServer;
let project: string;
const builds = { a: '', b: '' };

/** The project's sources in a folder of their own (node_modules linked), to build and change. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-project-'));
  for (const f of ['index.html', 'vite.config.ts', 'tsconfig.json', 'package.json', 'src', 'public']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

async function build(outDir: string) {
  await run(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: project,
    env: { ...process.env, ATLAS_PUBLIC_URL: `${server.origin}/` },
  });
}

/** Replaces the served files with a build's, as a deployment does. */
function deploy(build: string) {
  for (const f of readdirSync(site)) rmSync(join(site, f), { recursive: true, force: true });
  cpSync(build, site, { recursive: true });
}

/** The parts a page loads on use: the share dialog, the tour's bar, a place's card, and their English. */
const lazyParts = (build: string) => readdirSync(join(build, 'assets')).filter((f) => /^(ShareDialog|TourBar|SelectionPanel|en-later)-.*\.js$/.test(f));

test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = mkdtempSync(join(tmpdir(), 'atlas-site-'));
  server = await serveFolder(site);
  project = copyProject();
  builds.a = mkdtempSync(join(tmpdir(), 'atlas-build-a-'));
  builds.b = mkdtempSync(join(tmpdir(), 'atlas-build-b-'));
  await build(builds.a);
  const strings = join(project, 'src/lib/i18n/en-later.ts');
  const before = readFileSync(strings, 'utf8');
  const after = before.replace(`'share.embed': '${HEADING.a}'`, `'share.embed': '${HEADING.b}'`);
  expect(after, 'the second build changes a string').not.toBe(before);
  writeFileSync(strings, after);
  await build(builds.b);
});

test.afterAll(async () => {
  await server?.stop();
  for (const dir of [site, project, builds.a, builds.b]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const versionCaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('statement-atlas-')));

async function openShare(page: Page) {
  await page.getByRole('button', { name: 'Share & embed' }).click();
  return page.getByRole('dialog', { name: 'Share & embed' });
}

test('an open page keeps working across a deployment, and the old version is deleted once no page runs it', async ({ page, context, watch }) => {
  test.setTimeout(240_000);
  watch.origins.push(server.origin);
  deploy(builds.a);
  await page.goto(`${server.origin}/`);
  await mapIdle(page);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null && navigator.serviceWorker.controller !== null);

  // The new deployment: the parts the open page has not loaded yet are gone from the server.
  const [partsA, partsB] = [lazyParts(builds.a), lazyParts(builds.b)];
  expect(partsA).toHaveLength(4);
  expect(partsA.filter((f) => partsB.includes(f)), 'the second build renames every part').toEqual([]);
  deploy(builds.b);
  expect((await page.request.get(`${server.origin}/assets/${partsA[0]}`)).status()).toBe(404);
  // The browser's next check for a new worker, now: the new worker installs and takes the page over.
  await page.evaluate(async () => {
    const changed = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    await (await navigator.serviceWorker.getRegistration())!.update();
    await changed;
  });

  // The open page runs on, as the version it was loaded with: Share & embed, the tour, a place's card.
  const dialog = await openShare(page);
  await expect(dialog.getByRole('heading', { name: HEADING.a, exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: /Take the guided tour/ }).click();
  const bar = page.getByRole('region', { name: 'Guided tour' });
  await expect(bar.getByRole('heading')).toBeVisible();
  await page.locator('body').press('Escape');
  await expect(bar).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Places in the statement' }).getByRole('button', { name: /^Senkaku Islands/ }).click();
  await expect(page.locator('section.panel h2')).toHaveText('Senkaku Islands');
  await mapIdle(page);
  await expect(page.locator('.lazy-error, .updated')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'deploy-open-page-after-update.png') });

  // Both versions are kept while a page runs each: a page opened now runs the new one.
  expect(await versionCaches(page)).toHaveLength(2);
  const second = await context.newPage();
  await second.goto(`${server.origin}/`);
  await mapIdle(second);
  await expect((await openShare(second)).getByRole('heading', { name: HEADING.b, exact: true })).toBeVisible();
  await second.waitForTimeout(2500);
  await second.evaluate(() => fetch('./data/tour.json'));
  await second.waitForTimeout(1000);
  expect(await versionCaches(page)).toHaveLength(2);
  // Once the first page is reloaded (it runs the new version too), the old version's cache goes.
  await page.reload();
  await mapIdle(page);
  await expect
    .poll(async () => (await page.evaluate(() => fetch('./data/tour.json')), (await versionCaches(page)).length), { timeout: 30_000, intervals: [2500] })
    .toBe(1);
  await expect((await openShare(page)).getByRole('heading', { name: HEADING.b, exact: true })).toBeVisible();
  await second.close();
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('a part of an older deployment that is gone: the page says the atlas was updated, and a reload keeps the view', async ({ page, watch }) => {
    watch.origins.push(server.origin);
    deploy(builds.a);
    await page.goto(`${server.origin}/?region=okinawa`);
    await expect(page.locator('section.panel h2')).toHaveText('Okinawa');
    await mapIdle(page);
    deploy(builds.b);
    await page.getByRole('button', { name: 'Share & embed' }).click();
    const note = page.getByRole('alert').filter({ hasText: 'The atlas has been updated since this page was opened' });
    await expect(note).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOTS, 'deploy-updated-note.png') });
    await note.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('section.panel h2')).toHaveText('Okinawa');
    expect(new URL(page.url()).search).toBe('?region=okinawa');
    await expect(note).toHaveCount(0);
    await expect((await openShare(page)).getByRole('heading', { name: HEADING.b, exact: true })).toBeVisible();
    // The old version's files that were asked for and gone are the console's only errors.
    const gone = (e: string) => /status of 404/.test(e);
    expect(watch.errors.filter(gone).length).toBeGreaterThan(0);
    watch.errors = watch.errors.filter((e) => !gone(e));
  });

  test("oEmbed: a place's page links its oEmbed file, whose iframe shows that place; the app's link follows the selection", async ({ page, watch }) => {
    watch.origins.push(server.origin);
    deploy(builds.a);
    const oembedOf = async () => {
      const href = await page.locator('head link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
      const doc = (await (await page.request.get(href!)).json()) as { type: string; version: string; html: string; title: string; width: number; height: number };
      const src = /<iframe src="([^"]+)"/.exec(doc.html)![1]!.replaceAll('&amp;', '&');
      return { href, doc, src: new URL(src) };
    };

    // A place's static page (what a tool that runs no JavaScript reads).
    await page.goto(`${server.origin}/data/static/senkaku-islands.html`);
    const senkaku = await oembedOf();
    expect(senkaku.href).toBe(`${server.origin}/oembed/places/senkaku-islands.json`);
    expect(senkaku.doc).toMatchObject({ version: '1.0', type: 'rich', width: 600, height: 600 });
    expect(senkaku.doc.title).toContain('Senkaku Islands');
    expect(senkaku.src.origin).toBe(server.origin);
    await page.goto(senkaku.src.href);
    await expect(page.locator('.embed-panel h2')).toHaveText('Senkaku Islands');

    // The app's page: the overview's file, then the selection's.
    await page.goto(`${server.origin}/`);
    expect((await oembedOf()).href).toBe(`${server.origin}/oembed/index.json`);
    await page.goto(`${server.origin}/?region=okinawa&p=p6`);
    await expect(page.locator('section.panel h2')).toHaveText('Okinawa');
    const okinawa = await oembedOf();
    expect(okinawa.href).toBe(`${server.origin}/oembed/places/okinawa/p6.json`);
    expect(okinawa.doc.title).toMatch(/Okinawa .*, paragraph 6$/);
    expect(Object.fromEntries(okinawa.src.searchParams)).toEqual({ embed: '1', region: 'okinawa', p: 'p6' });
    await page.locator('section.panel').getByRole('button', { name: /Close/ }).click();
    await expect(page.locator('section.panel')).toHaveCount(0);
    expect((await oembedOf()).href).toBe(`${server.origin}/oembed/index.json`);
    await page.goto(okinawa.src.href);
    await expect(page.locator('.embed-panel h2')).toHaveText('Okinawa');
  });
});

test.describe('dist/ on a static host', () => {
  test.use({ serviceWorkers: 'block' });

  test('served with the headers of its own _headers file, the atlas, the share dialog, an embed and a static page run with no CSP violation', async ({ page, watch }) => {
    const host = await serveFolder(DIST, { headersFile: readFileSync(join(DIST, '_headers'), 'utf8') });
    watch.origins.push(host.origin);
    try {
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { violations: string[] }).violations = seen;
        addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
      });
      const violations = async () => (await Promise.all(page.frames().map((f) => f.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])))).flat();

      const response = await page.goto(`${host.origin}/?region=senkaku-islands`);
      expect(response!.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      await mapIdle(page);
      await expect(page.locator('section.panel h2')).toHaveText('Senkaku Islands');
      // The dialog's live preview (a same-origin frame) and a picture drawn on a canvas, under the policy too.
      const dialog = await openShare(page);
      await expect(page.frameLocator('.embed-preview iframe').locator('.embed-panel h2')).toHaveText('Senkaku Islands');
      const [png] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^PNG/ }).click()]);
      expect(png.suggestedFilename()).toBe('statement-atlas-senkaku-islands.png');
      expect(await violations()).toEqual([]);
      await page.keyboard.press('Escape');

      await page.goto(`${host.origin}/?embed=1&region=okinawa`);
      await expect(page.locator('.embed-panel h2')).toHaveText('Okinawa');
      await mapIdle(page);
      expect(await violations()).toEqual([]);
      await page.goto(`${host.origin}/data/static/okinawa.html`);
      await expect(page.getByRole('img', { name: 'Map of Okinawa' })).toBeVisible();
      expect(await violations()).toEqual([]);

      // The cache rules: the hashed code for good, the worker always revalidated.
      const asset = readdirSync(join(DIST, 'assets')).find((f) => f.endsWith('.js'))!;
      expect((await page.request.get(`${host.origin}/assets/${asset}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      expect((await page.request.get(`${host.origin}/sw.js`)).headers()['cache-control']).toBe('no-cache');
    } finally {
      await host.stop();
    }
  });
});
