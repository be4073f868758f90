// Embedding: a fixture article on another origin with twelve embeds (eight
// through embed.js, four plain iframes), at phone and desktop widths.
import { join } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { expect, SCREENSHOTS, test, type Watch } from './fixtures';
import { serveFolder, type StaticServer } from './static-server';
import { iframeHeight } from '../../src/lib/embed/snippets';
import { EMBED_HEIGHT } from '../../src/lib/model/url-state';

// Service workers allowed (the config blocks them elsewhere): the privacy test checks an embed installs none.
test.use({ serviceWorkers: 'allow' });

const ARTICLE = join(import.meta.dirname, 'article');
let article: StaticServer;
test.beforeAll(async () => {
  article = await serveFolder(ARTICLE);
});
test.afterAll(async () => {
  await article.stop();
});

async function openArticle(page: Page, watch: Watch, baseURL: string) {
  watch.origins.push(article.origin);
  await page.goto(`${article.origin}/?atlas=${encodeURIComponent(baseURL)}`);
  await expect(page.locator('figure iframe')).toHaveCount(12);
}

/** The embed in figure #eN, once its document is there. */
async function embedFrame(page: Page, n: number): Promise<Frame> {
  const iframe = page.locator(`#e${n} iframe`);
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())!.contentFrame();
  await expect(frame!.locator('.embed-panel')).toBeVisible({ timeout: 30_000 });
  return frame!;
}

/** Frames of loaded embeds (a lazy iframe not yet loaded has no document to ask). */
const embedFrames = (page: Page) => page.frames().filter((f) => f !== page.mainFrame() && f.url().includes('embed=1'));
/** Elements matching in a frame; 0 if the frame is between documents. */
const countIn = (f: Frame, selector: string) =>
  Promise.race([f.evaluate((s) => document.querySelectorAll(s).length, selector), new Promise<number>((r) => setTimeout(() => r(0), 2000))]).catch(() => 0);

const mapIdleIn = (frame: Frame) => expect(frame.locator('.map[data-loaded="true"][data-idle="true"]')).toBeVisible({ timeout: 45_000 });
const zoomOf = (frame: Frame) => frame.evaluate(() => Number(/map=([\d.]+)/.exec(location.hash)?.[1] ?? NaN));

test('embeds render the selection their snippet asks for', async ({ page, watch, baseURL }) => {
  test.setTimeout(150_000);
  await openArticle(page, watch, baseURL!);
  const expected: [number, string][] = [
    [1, 'Senkaku Islands'],
    [3, 'Okinawa'],
    [4, 'Henoko'],
    [7, 'Taiwan Strait'],
  ];
  for (const [n, name] of expected) await expect((await embedFrame(page, n)).locator('.embed-panel h2')).toHaveText(name);
  // A passage in the snippet marks that paragraph; a tour step shows its bar.
  await expect((await embedFrame(page, 4)).locator('figure.current')).toHaveAttribute('data-paragraph', 'p6');
  const tour = await embedFrame(page, 8);
  await expect(tour.getByRole('region', { name: 'Guided tour' }).locator('[data-step]')).toHaveAttribute('data-step', '3');
  await expect(tour.locator('.passage')).toContainText('Article V');
  // The way out opens the same selection in the full atlas, in a new tab.
  const out = (await embedFrame(page, 1)).getByRole('link', { name: /Open the full atlas/ });
  await expect(out).toHaveAttribute('target', '_blank');
  expect(new URL((await out.getAttribute('href'))!).searchParams.get('region')).toBe('senkaku-islands');
  // Privacy: an embed leaves nothing behind: no cookies, no storage, no caches, no service worker.
  const kept = await (await embedFrame(page, 1)).evaluate(async () => ({
    cookies: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    caches: await caches.keys(),
    databases: (await indexedDB.databases()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(kept).toEqual({ cookies: '', local: 0, session: 0, caches: [], databases: 0, workers: 0 });
  // The script embed's iframe is titled, lazy and sandboxed like the snippet.
  const iframe = page.locator('#e1 iframe');
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  await expect(iframe).toHaveAttribute('title', /Interactive map/);
  await expect(iframe).toHaveAttribute('sandbox', /allow-scripts/);
});

test('the wheel over an embed scrolls the page; with Ctrl held it zooms the map', async ({ page, watch, baseURL }) => {
  await openArticle(page, watch, baseURL!);
  const frame = await embedFrame(page, 1);
  await mapIdleIn(frame);
  await page.evaluate(() => document.getElementById('e1')!.scrollIntoView({ block: 'start' }));
  const box = (await page.locator('#e1 iframe').boundingBox())!;
  const zoom = await zoomOf(frame);
  const scrollBefore = await page.evaluate(() => scrollY);
  await page.mouse.move(box.x + box.width * 0.3, box.y + 120);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore + 100);
  expect(await zoomOf(frame)).toBe(zoom);

  await page.evaluate(() => document.getElementById('e1')!.scrollIntoView({ block: 'start' }));
  const box2 = (await page.locator('#e1 iframe').boundingBox())!;
  const scrollPinned = await page.evaluate(() => scrollY);
  await page.mouse.move(box2.x + box2.width * 0.3, box2.y + 120);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(() => zoomOf(frame)).toBeGreaterThan(zoom);
  expect(await page.evaluate(() => scrollY)).toBe(scrollPinned);
});

test('an embed reports its height and the loader sizes the iframe to it', async ({ page, watch, baseURL }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openArticle(page, watch, baseURL!);
  const frame = await embedFrame(page, 2); // data-height="320": a 320 px map and the text below it
  const iframe = page.locator('#e2 iframe');
  await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(320 + 100);
  const content = await frame.evaluate(() => document.querySelector('.sheet')!.getBoundingClientRect().height);
  const height = (await iframe.boundingBox())!.height;
  expect(Math.abs(height - (320 + content))).toBeLessThan(3);
  // The map keeps the height the snippet asked for.
  const mapHeight = await frame.evaluate(() => document.querySelector('.map-pane')!.getBoundingClientRect().height);
  expect(Math.abs(mapHeight - 320)).toBeLessThan(3);
});

test('a host message selects a place, and the host hears about it', async ({ page, watch, baseURL }) => {
  await openArticle(page, watch, baseURL!);
  const frame = await embedFrame(page, 5);
  await expect(frame.locator('.embed-panel h2')).toHaveText('East China Sea');
  const event = page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const div = document.querySelector('#e5 [data-statement-atlas]')!;
        div.addEventListener('statement-atlas', (e) => {
          const detail = (e as CustomEvent).detail as { type: string };
          if (detail.type === 'statement-atlas:selection') resolve(detail);
        });
        (window as unknown as { StatementAtlas: { send(d: Element, m: unknown): void } }).StatementAtlas.send(div, {
          type: 'statement-atlas:select',
          region: 'taiwan-strait',
          paragraph: 'p14',
        });
      }),
  );
  expect(await event).toEqual({ type: 'statement-atlas:selection', region: 'taiwan-strait', paragraph: 'p14', tour: null });
  await expect(frame.locator('.embed-panel h2')).toHaveText('Taiwan Strait');
  // A plain iframe can be driven by postMessage too.
  const plain = await embedFrame(page, 3);
  await page.evaluate((origin) => {
    (document.querySelector('#e3 iframe') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'statement-atlas:tour', step: 6 }, origin);
  }, new URL(baseURL!).origin);
  await expect(plain.getByRole('region', { name: 'Guided tour' }).locator('[data-step]')).toHaveAttribute('data-step', '6');
});

test('malformed messages, and messages from hosts not on the allow-list, are ignored', async ({ page, watch, baseURL }) => {
  await openArticle(page, watch, baseURL!);
  const frame = await embedFrame(page, 7);
  await expect(frame.locator('.embed-panel h2')).toHaveText('Taiwan Strait');
  const origin = new URL(baseURL!).origin;
  await page.evaluate((origin) => {
    const w = (document.querySelector('#e7 iframe') as HTMLIFrameElement).contentWindow!;
    const bad: unknown[] = [
      'statement-atlas:reset',
      null,
      42,
      [{ type: 'statement-atlas:reset' }],
      { type: 'statement-atlas:select', region: '<img src=x onerror="document.title=\'pwned\'">' },
      { type: 'statement-atlas:select', region: 'a'.repeat(200_000) },
      { type: 'statement-atlas:select', region: 'atlantis' },
      { type: 'statement-atlas:select', region: 'okinawa', paragraph: 'p999' },
      { type: 'statement-atlas:tour', step: '2' },
      { type: 'statement-atlas:tour', step: 1e9 },
      { type: 'statement-atlas:explode' },
      { type: ['statement-atlas:reset'] },
    ];
    for (const m of bad) w.postMessage(m, origin);
  }, origin);
  // Give the frame time to (not) react, then check it did not.
  await frame.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  await expect(frame.locator('.embed-panel h2')).toHaveText('Taiwan Strait');
  expect(await frame.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
  expect(await frame.evaluate(() => document.title)).not.toBe('pwned');
  // The embed still listens to good messages.
  await page.evaluate((origin) => {
    (document.querySelector('#e7 iframe') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'statement-atlas:select', region: 'okinawa' }, origin);
  }, origin);
  await expect(frame.locator('.embed-panel h2')).toHaveText('Okinawa');

  // Embed 11 allows only https://elsewhere.example to drive it: this page is not that host.
  const guarded = await embedFrame(page, 11);
  await expect(guarded.locator('.embed-panel h2')).toHaveText('Futenma');
  await page.evaluate((origin) => {
    (document.querySelector('#e11 iframe') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'statement-atlas:select', region: 'okinawa' }, origin);
  }, origin);
  await guarded.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  await expect(guarded.locator('.embed-panel h2')).toHaveText('Futenma');
});

for (const width of [375, 1280]) {
  test(`twelve embeds at ${width} px: no console errors, no lost WebGL context, few live maps at a time`, async ({ page, watch, baseURL }) => {
    test.setTimeout(240_000);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' && /WebGL|context/i.test(m.text())) warnings.push(m.text());
    });
    await page.setViewportSize({ width, height: width < 600 ? 740 : 900 });
    await openArticle(page, watch, baseURL!);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    let most = 0;
    const liveMaps = async () => {
      let live = 0;
      for (const f of embedFrames(page)) live += await countIn(f, '.lazy-map[data-live="true"] .maplibregl-canvas');
      return live;
    };
    for (let y = 0; y <= height; y += 600) {
      await page.evaluate((y) => scrollTo(0, y), y);
      await page.waitForTimeout(350);
      most = Math.max(most, await liveMaps());
    }
    if (width === 1280) await page.screenshot({ path: join(SCREENSHOTS, `embed-article-${width}-bottom.png`) });
    // Far from the first embeds now: their maps have been released.
    await page.waitForTimeout(2000);
    const first = await (await page.locator('#e1 iframe').elementHandle())!.contentFrame();
    await expect(first!.locator('.lazy-map')).toHaveAttribute('data-live', 'false');
    await expect(first!.locator('.static-map img').filter({ visible: true })).toHaveCount(1);
    // Back to the top: the first embed comes back to life.
    await page.evaluate(() => scrollTo(0, 0));
    await page.evaluate(() => document.getElementById('e1')!.scrollIntoView({ block: 'center' }));
    await mapIdleIn(first!);
    await page.screenshot({ path: join(SCREENSHOTS, `embed-article-${width}.png`) });
    expect(most, 'live maps at once').toBeGreaterThan(0);
    expect(most, 'live maps at once').toBeLessThanOrEqual(6);
    for (const f of embedFrames(page)) expect(await countIn(f, '.map[data-context-lost]')).toBe(0);
    expect(warnings).toEqual([]);
  });
}

const SIZES: [number, number][] = [
  [280, 240],
  [1200, 240],
  [320, 900],
];
for (const [width, height] of SIZES) {
  test(`the embed view fits ${width}×${height} px: map and text both visible, nothing scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?embed=1&region=taiwan-strait');
    await expect(page.locator('.embed-panel h2')).toHaveText('Taiwan Strait');
    const map = (await page.locator('.map-pane').boundingBox())!;
    const sheet = (await page.locator('.sheet').boundingBox())!;
    expect(map.height, 'map height').toBeGreaterThanOrEqual(width < 560 ? 120 : height - 1);
    expect(map.width, 'map width').toBeGreaterThan(width < 560 ? width - 2 : width * 0.5);
    expect(sheet.height, 'text height').toBeGreaterThan(40);
    expect(sheet.y + Math.min(sheet.height, 1), 'text starts inside the frame').toBeLessThan(height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expect(page.getByRole('link', { name: /Open the full atlas/ })).toBeAttached();
    await page.screenshot({ path: join(SCREENSHOTS, `embed-${width}x${height}.png`) });
  });
}

for (const width of [320, 600]) {
  test(`at ${width} px the map credits never cover the scale`, async ({ page }) => {
    await page.setViewportSize({ width, height: 560 });
    await page.goto('./?embed=1&region=senkaku-islands');
    await expect(page.locator('.map[data-loaded="true"]')).toBeVisible({ timeout: 45_000 });
    const scale = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
    // Open the compact credits, as a reader would.
    const attrib = page.locator('.maplibregl-ctrl-attrib');
    await attrib.locator('.maplibregl-ctrl-attrib-button').click();
    const credits = (await attrib.boundingBox())!;
    const overlap = scale.x < credits.x + credits.width && credits.x < scale.x + scale.width && scale.y < credits.y + credits.height && credits.y < scale.y + scale.height;
    expect(overlap).toBe(false);
  });
}

// The credits are required (Natural Earth, OpenStreetMap) and must not cover the place the embed is about:
// on a map under 640 px they start folded into their (i) button, which opens them; wider, they stay open on one line.
for (const width of [320, 600, 1200]) {
  test(`at ${width} px the map credits are clear of the place and can be read`, async ({ page }) => {
    await page.setViewportSize({ width, height: 600 });
    await page.goto('./?embed=1&region=senkaku-islands');
    await expect(page.locator('.map[data-idle="true"]')).toBeVisible({ timeout: 45_000 });
    const attrib = page.locator('.maplibregl-ctrl-attrib');
    const credits = attrib.locator('.maplibregl-ctrl-attrib-inner');
    const mapWidth = (await page.locator('.map').boundingBox())!.width;
    if (mapWidth < 640) await expect(credits).toBeHidden();
    else await expect(credits).toBeVisible();
    // The place as the map frames it: its focus box (regions-lite.geojson), on the screen.
    const place = await page.evaluate(async () => {
      const m = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
      const { features } = (await (await fetch('./data/regions-lite.geojson')).json()) as { features: { properties: { id: string; focus: [number, number, number, number] } }[] };
      const [w, s, e, n] = features.find((f) => f.properties.id === 'senkaku-islands')!.properties.focus;
      const r = m.getCanvas().getBoundingClientRect();
      const [a, b] = [m.project([w, n]), m.project([e, s])];
      return { x: r.left + a.x, y: r.top + a.y, width: b.x - a.x, height: b.y - a.y };
    });
    const box = (await attrib.boundingBox())!;
    const overlap = place.x < box.x + box.width && box.x < place.x + place.width && place.y < box.y + box.height && box.y < place.y + place.height;
    expect(overlap, `credits ${JSON.stringify(box)} over the place ${JSON.stringify(place)}`).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, `embed-credits-${width}.png`) });
    // Reachable: the button opens them (or, open already, they are read as they are).
    if (mapWidth < 640) await attrib.locator('.maplibregl-ctrl-attrib-button').click();
    await expect(credits).toBeVisible();
    await expect(credits).toContainText('Natural Earth');
    await expect(credits).toContainText('OpenStreetMap');
  });
}

/** The last line of the passage, and whether a reader sees it without scrolling: inside the sheet and the frame. */
async function lastLineSeen(frame: Frame | Page) {
  return frame.evaluate(() => {
    const quotes = [...document.querySelectorAll('.embed-panel blockquote, .embed-panel .passage')];
    const last = quotes.at(-1);
    if (!last) return { seen: false, why: 'no passage' };
    const range = document.createRange();
    range.selectNodeContents(last);
    const lines = [...range.getClientRects()];
    const bottom = Math.max(...lines.map((r) => r.bottom));
    const sheet = document.querySelector('.sheet')!.getBoundingClientRect();
    const seen = bottom <= Math.min(sheet.bottom, innerHeight) + 0.5 && document.querySelector('.sheet')!.scrollTop === 0;
    return { seen, why: `last line ends at ${Math.round(bottom)}, sheet ${Math.round(sheet.top)}–${Math.round(sheet.bottom)}, frame ${innerHeight}` };
  });
}

// The plain iframe the share dialog writes: its one height (the map's plus room for the text).
for (const width of [280, 320, 600, 1200]) {
  test(`in the iframe snippet's ${iframeHeight(EMBED_HEIGHT.default)} px at ${width} px wide, each featured passage ends in view`, async ({ page }) => {
    await page.setViewportSize({ width, height: iframeHeight(EMBED_HEIGHT.default) });
    for (const region of ['senkaku-islands', 'taiwan-strait', 'southwest-islands', 'henoko']) {
      await page.goto(`./?embed=1&region=${region}`);
      await expect(page.locator('.embed-panel blockquote').first()).toBeVisible();
      expect(await lastLineSeen(page), region).toMatchObject({ seen: true, why: expect.any(String) });
    }
    await page.goto('./?embed=1&region=senkaku-islands');
    await expect(page.locator('.map[data-loaded="true"][data-idle="true"]')).toBeVisible({ timeout: 45_000 });
    await page.screenshot({ path: join(SCREENSHOTS, `embed-senkaku-${width}.png`) });
  });
}

// The script embed sizes its iframe to the text, and again after a reader picks another place inside it.
for (const width of [320, 600, 1200]) {
  test(`the script embed at ${width} px shows the passage's last line, and still does after a click inside it`, async ({ page, watch, baseURL }) => {
    await page.setViewportSize({ width, height: 900 });
    await openArticle(page, watch, baseURL!);
    const frame = await embedFrame(page, 1);
    await expect.poll(() => lastLineSeen(frame).then((r) => r.seen)).toBe(true);
    // The sentence that names the islands is quoted whole (it fits every one of these frames).
    await expect(frame.locator('.embed-panel blockquote').first()).toContainText(SENKAKU_SENTENCE);
    // Back to the list of places, then the Taiwan Strait: the frame follows its new text.
    await frame.getByRole('button', { name: /Close/ }).click();
    await frame.getByRole('button', { name: 'Taiwan Strait' }).click();
    await expect(frame.locator('.embed-panel h2')).toHaveText('Taiwan Strait');
    await expect.poll(() => lastLineSeen(frame).then((r) => r.seen)).toBe(true);
    // The iframe is as tall as the embed asks: nothing cut at its bottom edge (once the resize message has arrived).
    const gap = async () => {
      const [box, inner] = await Promise.all([page.locator('#e1 iframe').boundingBox(), frame.evaluate(() => innerHeight)]);
      return Math.abs(box!.height - inner);
    };
    await expect.poll(gap).toBeLessThan(2);
    await page.locator('#e1').screenshot({ path: join(SCREENSHOTS, `embed-script-after-click-${width}.png`) });
  });
}

// An embed quotes as much of each passage as its frame holds: the whole paragraph beside the map where it fits,
// else the sentences that name the place, else the clauses around the name; and the reader can open the whole
// passage in place.
const SENKAKU_SENTENCE = "The two leaders reaffirmed that Article V of the U.S.-Japan Treaty of Mutual Cooperation and Security applies to the Senkaku Islands, and reiterated their strong opposition to any action that seeks to undermine Japan's longstanding and peaceful administration of the Senkaku Islands.";
const OKINAWA_SENTENCE = 'including the construction of the Futenma Replacement Facility at Henoko and the return of Marine Corps Air Station (MCAS) Futenma.';

/** The statement's paragraph, verbatim, from the served data. */
async function paragraphText(page: Page, id: string): Promise<string> {
  const statement = (await (await page.request.get('./data/statement.json')).json()) as { sections: { paragraphs: { id: string; text: string }[] }[] };
  return statement.sections.flatMap((s) => s.paragraphs).find((p) => p.id === id)!.text;
}
const quoted = (page: Page) => page.locator('.embed-panel figure .quote').first().evaluate((el) => el.textContent!.replace(/\s+/g, ' ').trim());

for (const width of [320, 600, 1200]) {
  test(`at ${width}×600 an embed quotes whole sentences, and the whole passage where the panel has room`, async ({ page }) => {
    await page.setViewportSize({ width, height: 600 });
    await page.goto('./?embed=1&region=senkaku-islands');
    await expect(page.locator('.embed-panel blockquote').first()).toBeVisible();
    expect(await quoted(page)).toContain(SENKAKU_SENTENCE);
    expect(await lastLineSeen(page)).toMatchObject({ seen: true });
    // Beside the map (600 and 1200 px) the whole paragraph fits the panel: all of it is quoted, nothing to open.
    if (width >= 600) {
      expect(await quoted(page)).toBe(await paragraphText(page, 'p3'));
      await expect(page.locator('.embed-panel .whole')).toHaveCount(0);
    }
    await page.goto('./?embed=1&region=okinawa');
    await expect(page.locator('.embed-panel blockquote').first()).toBeVisible();
    expect(await quoted(page)).toContain(OKINAWA_SENTENCE);
    await page.screenshot({ path: join(SCREENSHOTS, `embed-okinawa-${width}x600.png`) });
  });
}

test('where a sentence is too long for the frame, the embed quotes its clauses and opens the whole passage in place', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 600 });
  await page.goto('./?embed=1&region=southwest-islands');
  const quote = page.locator('.embed-panel figure .quote').first();
  await expect(quote).toContainText('Southwest Islands');
  const paragraph = await paragraphText(page, 'p5');
  expect((await quoted(page)).length).toBeLessThan(paragraph.length / 2);
  expect(await lastLineSeen(page)).toMatchObject({ seen: true });
  const open = page.getByRole('button', { name: 'Read the whole passage (¶5)' });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await open.click();
  // Verbatim, the name still marked.
  await expect(page.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
  expect(await quoted(page)).toBe(paragraph);
  await expect(quote.locator('.mention.selected')).toHaveText('Southwest Islands');
  await page.screenshot({ path: join(SCREENSHOTS, 'embed-southwest-whole-passage-320.png') });
  await page.getByRole('button', { name: 'Show less' }).click();
  expect((await quoted(page)).length).toBeLessThan(paragraph.length / 2);
});
