// The reading loop, both ways, in a real browser.
import { join } from 'node:path';
import { SELECTION } from '../../src/lib/content/palette';
import type { Page } from '@playwright/test';
import { expect, hashView, mapIdle, pixel, projector, SCREENSHOTS, test } from './fixtures';

const URL_OF = (search: string) => `./${search}`;

test('opens on the overview with the map, the list and the whole statement', async ({ page }) => {
  await page.goto(URL_OF(''));
  await mapIdle(page);
  await expect(page.getByRole('heading', { name: 'Read the statement through its geography' })).toBeVisible();
  await expect(page.locator('.reader .para')).toHaveCount(16);
  await expect(page.getByRole('navigation', { name: 'Places in the statement' }).getByRole('button')).toHaveCount(22);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap');
  await page.screenshot({ path: join(SCREENSHOTS, 'overview-1280.png') });
});

test('clicking the Senkaku Islands on the map canvas shows the Article V passage', async ({ page }) => {
  // A known view, so the islands' pixel follows from the Web Mercator formula alone.
  const view = { zoom: 10, lat: 25.76, lon: 123.55 };
  const uotsuri = { lon: 123.4739, lat: 25.7436 }; // Uotsuri-jima, the largest island
  await page.goto(URL_OF(`#map=${view.zoom}/${view.lat}/${view.lon}`));
  await mapIdle(page);
  const at = (await projector(page, view))(uotsuri.lon, uotsuri.lat);
  await page.locator('.maplibregl-canvas').click({ position: { x: at.x, y: at.y } });

  const panel = page.locator('.panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Senkaku Islands');
  await expect(panel).toContainText('Article V of the U.S.-Japan Treaty of Mutual Cooperation and Security applies to the Senkaku Islands');
  await expect(panel.locator('li[data-paragraph]')).toHaveCount(1);
  await expect(panel.locator('.mention.selected').first()).toHaveText('Senkaku Islands');
  // The card: who administers the islands, who else claims them, and its sources.
  await expect(panel.locator('[data-fact="administered"]')).toContainText('Japan');
  await expect(panel.locator('[data-fact="claimed"]')).toContainText("People's Republic of China (as Diaoyu Dao); Taiwan (as Diaoyutai)");
  await expect(panel.locator('[data-fact="sources"] a').first()).toHaveAttribute('href', /^https:\/\//);
  // Each fact carries its own citation marks, linking to the card's numbered sources.
  const sourceHrefs = await panel.locator('[data-fact="sources"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const fact of ['summary', 'names', 'administered', 'claimed']) {
    const marks = panel.locator(`[data-fact="${fact}"] a[data-cite]`);
    expect(await marks.count(), fact).toBeGreaterThan(0);
    for (const mark of await marks.all()) {
      const n = Number(await mark.getAttribute('data-cite'));
      await expect(mark).toHaveText(`[${n}]`);
      await expect(mark).toHaveAttribute('href', sourceHrefs[n - 1]!);
    }
  }
  await expect(panel.locator('[data-fact="administered"] a[data-cite="2"]')).toHaveAttribute('href', /mofa\.go\.jp/);
  expect(new URL(page.url()).searchParams.get('region')).toBe('senkaku-islands');
  await mapIdle(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'senkaku-selected-from-map.png') });
});

test('clicking "Taiwan Strait" in the reader selects it, updates the URL and moves the map there', async ({ page }) => {
  await page.goto(URL_OF(''));
  await mapIdle(page);
  const mention = page.locator('.reader .mention[data-region="taiwan-strait"]', { hasText: 'Taiwan Strait' });
  await mention.click();
  await expect(page).toHaveURL(/\?region=taiwan-strait&p=p14/);
  await expect(page.locator('.panel h2')).toHaveText('Taiwan Strait');
  await expect(mention).toHaveAttribute('aria-pressed', 'true');
  await mapIdle(page);
  const v = hashView(page.url());
  // The camera now centres on the strait (its Natural Earth limits: 117.4–121.1°E, 23.1–25.3°N).
  expect(v.lon).toBeGreaterThan(116.5);
  expect(v.lon).toBeLessThan(122);
  expect(v.lat).toBeGreaterThan(22.5);
  expect(v.lat).toBeLessThan(26);
  expect(v.zoom).toBeGreaterThan(5);
  await page.screenshot({ path: join(SCREENSHOTS, 'taiwan-strait-from-text.png') });
});

test('?region=okinawa opens with Okinawa selected and in view', async ({ page }) => {
  await page.goto(URL_OF('?region=okinawa'));
  await expect(page.locator('.panel h2')).toHaveText('Okinawa');
  await expect(page.locator('.panel')).toContainText('Okinawa Consolidation Plan');
  await mapIdle(page);
  const v = hashView(page.url());
  expect(Math.abs(v.lon - 127.95)).toBeLessThan(0.6);
  expect(Math.abs(v.lat - 26.45)).toBeLessThan(0.6);
  expect(v.zoom).toBeGreaterThan(7);
});

test('read in context scrolls the reader to the paragraph and records it in the URL', async ({ page }) => {
  await page.goto(URL_OF('?region=henoko'));
  await page.locator('.panel').getByRole('button', { name: /Read in context/ }).click();
  await expect(page).toHaveURL(/region=henoko&p=p6/);
  const para = page.locator('#para-p6');
  await expect(para).toBeFocused();
  await expect(para).toBeInViewport();
  await expect(para).toHaveClass(/current/);
  // Marked in the palette's selection colours (src/lib/content/palette.ts, applied as custom properties).
  const hex = (c: string) => `rgb(${[1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)).join(', ')})`;
  await expect(para).toHaveCSS('background-color', hex(SELECTION['passage-background']));
  await expect(para).toHaveCSS('border-left-color', hex(SELECTION.passage));
  await expect(page.locator('#para-p7')).toHaveCSS('border-left-color', /rgba?\(0, 0, 0, 0\)|transparent/);
  // The card folds to its name, so the passage is not shown twice and the column is the text's.
  await expect(page.locator('.panel h2')).toHaveText('Henoko');
  await expect(page.locator('.panel blockquote')).toBeHidden();
  const [card, text] = await Promise.all([page.locator('.sheet').boundingBox(), para.boundingBox()]);
  expect(card!.height).toBeLessThan(160);
  expect(text!.y).toBeGreaterThanOrEqual(card!.y + card!.height - 1);
  await page.screenshot({ path: join(SCREENSHOTS, 'read-in-context.png') });
  // The card comes back whole on request, or with the next place.
  await page.locator('.panel').getByRole('button', { name: 'Show the whole card' }).click();
  await expect(page.locator('.panel blockquote').first()).toBeVisible();
  await page.locator('.panel').getByRole('button', { name: /Read in context/ }).click();
  await expect(page.locator('.panel blockquote')).toBeHidden();
  await page.getByRole('navigation', { name: 'Places in the statement' }).locator('[data-region="futenma"]').click();
  await expect(page.locator('.panel h2')).toHaveText('Futenma');
  await expect(page.locator('.panel blockquote').first()).toBeVisible();
});

test('back and forward walk the selections', async ({ page }) => {
  await page.goto(URL_OF(''));
  await mapIdle(page);
  const list = page.getByRole('navigation', { name: 'Places in the statement' });
  await list.locator('[data-region="east-china-sea"]').click();
  await expect(page.locator('.panel h2')).toHaveText('East China Sea');
  await list.locator('[data-region="south-china-sea"]').click();
  await expect(page.locator('.panel h2')).toHaveText('South China Sea');
  await page.goBack();
  await expect(page.locator('.panel h2')).toHaveText('East China Sea');
  await expect(page).toHaveURL(/region=east-china-sea/);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Read the statement through its geography' })).toBeVisible();
  await page.goForward();
  await page.goForward();
  await expect(page.locator('.panel h2')).toHaveText('South China Sea');
});

test('the region list works by keyboard alone', async ({ page }) => {
  await page.goto(URL_OF(''));
  const list = page.getByRole('navigation', { name: 'Places in the statement' });
  const first = list.getByRole('button', { name: /^Senkaku Islands, named in 1 passage/ });
  // Tab from the top of the page until the first place in the list has focus.
  for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.panel h2')).toHaveText('Senkaku Islands');
  await expect(page.locator('.panel h2')).toBeFocused();
  const sws = list.getByRole('button', { name: /^Southwest Islands/ });
  await sws.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.panel h2')).toHaveText('Southwest Islands');
  await expect(sws).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/region=southwest-islands/);
});

test('hovering a mention highlights its region; hovering a region in the list highlights its mentions', async ({ page }) => {
  await page.goto(URL_OF(''));
  await mapIdle(page);
  await page.getByRole('navigation', { name: 'Places in the statement' }).locator('[data-region="east-china-sea"]').hover();
  await expect(page.locator('.reader .mention[data-region="east-china-sea"]')).toHaveClass(/hovered/);
  await expect(page.locator('.reader .mention.hovered')).toHaveCount(1);
});

test('phone layout: map above, the card under it, no horizontal scroll at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(URL_OF('?region=senkaku-islands'));
  await mapIdle(page);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scroll).toBeLessThanOrEqual(375);
  const map = (await page.locator('.map-pane').boundingBox())!;
  const sheet = (await page.locator('.sheet').boundingBox())!;
  expect(map.y).toBeLessThan(120);
  expect(map.height).toBeGreaterThan(740 * 0.35);
  expect(sheet.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
  expect(sheet.y).toBeLessThan(740 - 200);
  await page.screenshot({ path: join(SCREENSHOTS, 'phone-375-senkaku.png') });
  await page.locator('.panel .close').click();
  await expect(page.locator('.sheet')).toHaveCount(0);
  const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('body *')].map((e) => e.getBoundingClientRect().right)));
  expect(widest).toBeLessThanOrEqual(376);
});

test('an unknown or hostile id gets a plain notice and the overview, nothing injected', async ({ page }) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto(URL_OF(`?region=${encodeURIComponent('<img src=x onerror=alert(1)>')}&p=p999`));
  await expect(page.locator('.notices')).toContainText('does not know');
  await expect(page.locator('.notices')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('.notices')).toContainText('p999');
  await expect(page.locator('#app img')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Read the statement through its geography' })).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
  await page.getByRole('navigation', { name: 'Places in the statement' }).locator('[data-region="japan"]').click();
  await expect(page.locator('.panel h2')).toHaveText('Japan');
  expect(dialog).toBe(false);
});

test('close up on Henoko and Futenma (zoom 11) the coast is drawn and each site can be clicked', async ({ page }) => {
  // Henoko and Futenma are 32 km apart: a wide screen shows both at zoom 11.
  await page.setViewportSize({ width: 1920, height: 1200 });
  const view = { zoom: 11, lat: 26.4, lon: 127.9 };
  await page.goto(URL_OF(`#map=${view.zoom}/${view.lat}/${view.lon}`));
  await mapIdle(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'henoko-futenma-z11.png') });
  const canvas = page.locator('.maplibregl-canvas');
  const project = await projector(page, view);
  const at = (lon: number, lat: number) => {
    const p = project(lon, lat);
    return { x: p.x, y: p.y };
  };
  // Published positions (Wikipedia): MCAS Futenma 26°16′15″N 127°44′53″E; Cape Henoko 26.5204°N 128.0531°E.
  await canvas.hover({ position: at(127.74806, 26.27083) });
  await expect(page.locator('.reader .mention[data-region="futenma"]').first()).toHaveClass(/hovered/);
  expect(await canvas.evaluate((c) => (c as HTMLElement).style.cursor)).toBe('pointer');
  await canvas.click({ position: at(127.74806, 26.27083) });
  await expect(page.locator('.panel h2')).toHaveText('Futenma');
  await canvas.click({ position: at(128.052, 26.523) });
  await expect(page.locator('.panel h2')).toHaveText('Henoko');
  await expect(page.locator('.panel')).toContainText('the construction of the Futenma Replacement Facility at Henoko');
});

test('the Senkaku group close up (zoom 10): every island drawn from the coastline data', async ({ page }) => {
  await page.goto(URL_OF('#map=10/25.78/123.6'));
  await mapIdle(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'senkaku-z10.png') });
  const project = await projector(page, { zoom: 10, lat: 25.78, lon: 123.6 });
  const screen = (lon: number, lat: number) => {
    const p = project(lon, lat);
    return [p.pageX, p.pageY] as const;
  };
  // Kuba-jima (OSM polygon centre 123.6829°E 25.9233°N) is pale land; 0.8 km off its north coast is water
  // (its name is set below it, so the water to the south is under the label).
  const island = await pixel(page, ...screen(123.6829, 25.9233));
  const offshore = await pixel(page, ...screen(123.6829, 25.937));
  const openSea = await pixel(page, ...screen(123.75, 25.83));
  // Both lie under the East China Sea's tint (Natural Earth's sea polygon covers its islands).
  const blueness = (c: number[]) => c[2]! - c[0]!;
  expect(island[0] - offshore[0], `island ${island} vs offshore ${offshore}`).toBeGreaterThan(15);
  expect(blueness(offshore) - blueness(island), `island ${island} is land, offshore ${offshore} water`).toBeGreaterThan(15);
  expect(openSea[2], 'open sea is blue').toBeGreaterThan(openSea[0] + 15);
});

test('hovering a mention in the text highlights its region on the map', async ({ page }) => {
  await page.goto(URL_OF('#map=5/29/125'));
  await mapIdle(page);
  const sea = (await projector(page, { zoom: 5, lat: 29, lon: 125 }))(125.5, 29.5); // open water of the East China Sea
  const at = [sea.pageX, sea.pageY] as const;
  const before = await pixel(page, ...at);
  await page.locator('.reader .mention[data-region="east-china-sea"]').hover();
  await expect(page.locator('.reader .mention[data-region="east-china-sea"]')).toHaveClass(/hovered/);
  await mapIdle(page);
  await expect.poll(async () => before[0] - (await pixel(page, ...at))[0], { message: 'the sea tint deepens' }).toBeGreaterThan(8);
});

test('the open data is served beside the app', async ({ request }) => {
  const regions = await (await request.get('./data/regions.geojson')).json();
  expect(regions.type).toBe('FeatureCollection');
  expect(regions.features).toHaveLength(22);
  const statement = await (await request.get('./data/statement.json')).json();
  expect(statement.sections.flatMap((s: { paragraphs: unknown[] }) => s.paragraphs)).toHaveLength(16);
});

test('the panel shows the computed geography in km and nautical miles', async ({ page, request }) => {
  const geography = await (await request.get('./data/geography.json')).json();
  const m = geography.measures.find((x: { id: string }) => x.id === 'uotsuri-ishigaki');
  await page.goto(URL_OF('?region=senkaku-islands'));
  const dd = page.locator('.panel [data-measure="uotsuri-ishigaki"]');
  // Shown without false precision: whole kilometres from 100 km, one decimal below.
  const shown = (v: number) => (v < 100 ? v.toFixed(1).replace(/\.0$/, '') : String(Math.round(v)));
  await expect(dd).toContainText(`${shown(m.km)} km (${shown(m.nmi)} nmi) · published: about 170 km`);
  await expect(page.locator('.panel')).toContainText('computed from the map data');
});

// Where the card and the text live: a passage asked for is read whole beside its place, on every screen.

/** Published positions inside each place (independent of the atlas's shapes): Uotsuri-jima; mid-strait off Penghu. */
const PLACE_AT: Record<string, [number, number]> = { 'senkaku-islands': [123.4714, 25.7425], 'taiwan-strait': [119.9, 24.0], okinawa: [127.8, 26.5], japan: [138.25, 36.2] };

/** Where the map's canvas, a passage and the card are on screen; which sample points of the passage something else covers; whether the place shows on the map. */
async function layoutOf(page: Page, paragraph: string, place: [number, number]) {
  return page.evaluate(
    ([id, [lon, lat]]) => {
      const box = (el: Element) => {
        const b = el.getBoundingClientRect();
        return { top: Math.round(b.top), bottom: Math.round(b.bottom), left: b.left, right: b.right, height: Math.round(b.height) };
      };
      const map = document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map };
      const canvas = box(document.querySelector('.maplibregl-canvas')!);
      const passage = document.getElementById(`para-${id}`)!;
      const text = box(passage);
      const covered: string[] = [];
      for (const fy of [0.03, 0.5, 0.97])
        for (const fx of [0.05, 0.5, 0.95]) {
          const [x, y] = [text.left + (text.right - text.left) * fx, text.top + text.height * fy];
          const hit = document.elementFromPoint(x, y);
          if (!hit || !passage.contains(hit)) covered.push(`${Math.round(x)},${Math.round(y)} under ${hit?.closest('[class]')?.className ?? 'nothing'}`);
        }
      const at = map.maplibre.project([lon, lat]);
      const m = map.getBoundingClientRect();
      const [px, py] = [m.left + at.x, m.top + at.y];
      const onMap = px > m.left && px < m.right && py > 0 && py < innerHeight && !!document.elementFromPoint(px, py)?.closest('.maplibregl-canvas-container');
      const sheet = document.querySelector('.sheet');
      return { viewport: innerHeight, canvas, text, covered, onMap, card: sheet ? box(sheet) : null };
    },
    [paragraph, place] as const,
  );
}

/** The first element between a node and the text column that scrolls on its own (its content taller than its box), if any. */
const nestedScroller = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    for (let e = el.parentElement; e && !e.matches('.text-pane, .app, body'); e = e.parentElement) {
      if (/auto|scroll|hidden/.test(getComputedStyle(e).overflowY) && e.scrollHeight > e.clientHeight + 1) return e.className;
    }
    return null;
  });

const LINKS: [string, string, string][] = [
  ['senkaku-islands', 'p3', 'Senkaku Islands'],
  ['taiwan-strait', 'p12', 'Taiwan Strait'],
];
for (const [width, height] of [[390, 844], [1280, 800], [1024, 768]] as [number, number][]) {
  for (const [region, paragraph, name] of LINKS) {
    test(`at ${width}×${height} a passage link (?region=${region}&p=${paragraph}) shows the passage whole beside its place, under the card's name`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(URL_OF(`?region=${region}&p=${paragraph}`));
      await expect(page.locator('.panel h2')).toHaveText(name);
      await mapIdle(page);
      const para = page.locator(`#para-${paragraph}`);
      await expect(para).toBeFocused();
      await expect(para).toHaveClass(/current/);
      // The card folds to its name bar, the passage right under it.
      await expect(page.locator('#panel-body')).toBeHidden();
      await expect.poll(async () => (await layoutOf(page, paragraph, PLACE_AT[region]!)).covered).toEqual([]);
      const l = await layoutOf(page, paragraph, PLACE_AT[region]!);
      expect(l.card!.height).toBeLessThan(80);
      expect(l.text.top).toBeGreaterThanOrEqual(l.card!.bottom);
      expect(l.text.top - l.card!.bottom, 'the passage right under the card').toBeLessThan(40);
      expect(l.text.bottom, 'the whole passage in view').toBeLessThanOrEqual(l.viewport);
      // The map on screen with the place on it.
      expect(l.canvas.top).toBeGreaterThanOrEqual(0);
      expect(l.canvas.bottom).toBeLessThanOrEqual(l.viewport);
      expect(l.canvas.height).toBeGreaterThan(width < 600 ? 200 : 600);
      expect(l.onMap, 'the place is drawn on the visible map').toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, `passage-link-${region}-${paragraph}-${width}.png`) });
    });
  }

  test(`at ${width}×${height} "Read in context" from a card shows the passage whole beside its place`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(URL_OF('?region=senkaku-islands'));
    await mapIdle(page);
    await page.locator('.panel').getByRole('button', { name: /Read in context/ }).click();
    await expect(page.locator('#para-p3')).toBeFocused();
    await mapIdle(page);
    await expect.poll(async () => (await layoutOf(page, 'p3', PLACE_AT['senkaku-islands']!)).covered).toEqual([]);
    const l = await layoutOf(page, 'p3', PLACE_AT['senkaku-islands']!);
    expect(l.text.top).toBeGreaterThanOrEqual(l.card!.bottom);
    expect(l.text.bottom).toBeLessThanOrEqual(l.viewport);
    expect(l.canvas.top).toBeGreaterThanOrEqual(0);
    expect(l.canvas.bottom).toBeLessThanOrEqual(l.viewport);
    expect(l.onMap, 'the place is drawn on the visible map').toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, `read-in-context-${width}.png`) });
  });

  test(`at ${width}×${height} a card is part of the column: its passages are read whole, no box scrolls on its own`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const region of ['senkaku-islands', 'japan', 'okinawa']) {
      await page.goto(URL_OF(`?region=${region}`));
      await expect(page.locator('.panel blockquote').first()).toBeVisible();
      expect(await nestedScroller(page, '.panel blockquote'), region).toBeNull();
      // The Senkaku passage whole, to its last words, seen by scrolling the column.
      if (region === 'senkaku-islands') {
        const quote = page.locator('.panel blockquote').first();
        await expect(quote).toContainText("undermine Japan's longstanding and peaceful administration of the Senkaku Islands.");
        await quote.scrollIntoViewIfNeeded();
        await expect(quote).toBeInViewport({ ratio: 1 });
      }
      if (width < 600) {
        const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
        expect(map.y, `${region}: the map on screen`).toBeGreaterThanOrEqual(0);
      } else {
        // Beside the map, only the column scrolls: the page itself has nothing to scroll (no second scrollbar, no
        // blank page when it is scrolled), whatever the card holds (its hidden texts for screen readers too).
        const page_ = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollHeight, height: innerHeight, wide: document.scrollingElement!.scrollWidth, width: innerWidth }));
        expect(page_.scroll, `${region}: the page's height`).toBeLessThanOrEqual(page_.height);
        expect(page_.wide, `${region}: the page's width`).toBeLessThanOrEqual(page_.width);
      }
    }
  });
}

test('a link pairing a place with a passage that does not name it shows both and says so', async ({ page }) => {
  await page.goto('./?region=taiwan-strait&p=p12');
  await mapIdle(page);
  await expect(page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: 'The passage this link gives (¶12) does not name the place it shows' })).toBeVisible();
  await expect(page.locator('.panel h2')).toHaveText('Taiwan Strait');
  // A link pairing a place with its own passage says nothing.
  await page.goto('./?region=taiwan-strait&p=p14');
  await mapIdle(page);
  await expect(page.locator('.panel h2')).toHaveText('Taiwan Strait');
  await expect(page.getByText('does not name the place it shows')).toHaveCount(0);
});

test('a card naming one part says "1 part"', async ({ page }) => {
  await page.goto('./?region=united-states');
  await mapIdle(page);
  await expect(page.locator('.panel details summary')).toContainText('Named on this card · 1 part');
  await expect(page.locator('.panel details summary')).not.toContainText('1 parts');
});
