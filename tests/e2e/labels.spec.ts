// Tests that look at the map as a reader does: every label drawn sits on its
// place (not pushed wherever it fits), small places come with their
// surroundings, and the islands the cards name are named on the map.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, liteRegions, mapIdle, SCREENSHOTS, test } from './fixtures';

type Anchor = 'center' | 'top' | 'bottom' | 'left' | 'right';
interface DrawnLabel {
  id: string;
  anchor: Anchor;
  lon: number;
  lat: number;
  /** Whether the label's text was drawn where its anchor puts it. */
  atAnchor: boolean;
}

/** Every region label MapLibre placed, and whether its text is where its anchor says. */
async function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  return page.evaluate(() => {
    type M = import('maplibre-gl').Map;
    const m = (document.querySelector('.map') as HTMLElement & { maplibre: M }).maplibre;
    // Where the text's middle lies from its point, for each anchor (the style's 0.9 em offset at 13 px, plus half a line).
    const near: Record<string, [number, number]> = { center: [0, 0], top: [0, 17], bottom: [0, -17], left: [16, 0], right: [-16, 0] };
    const placed = m.queryRenderedFeatures({ layers: ['region-labels'] });
    const ids = [...new Set(placed.map((f) => String(f.properties.id)))];
    return ids.map((id) => {
      const f = placed.find((x) => String(x.properties.id) === id)!;
      const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      const anchor = String(f.properties.anchor) as Anchor;
      const p = m.project([lon, lat]);
      const [dx, dy] = near[anchor]!;
      const hits = m.queryRenderedFeatures(
        [
          [p.x + dx - 3, p.y + dy - 3],
          [p.x + dx + 3, p.y + dy + 3],
        ],
        { layers: ['region-labels'] },
      );
      return { id, anchor, lon, lat, atAnchor: hits.some((h) => String(h.properties.id) === id) };
    });
  });
}

/** Whether the map shows each position (inside the canvas, clear of its edges). */
async function inView(page: Page, points: [number, number][]): Promise<boolean[]> {
  return page.evaluate((pts) => {
    const m = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
    const c = m.getCanvas();
    return pts.map(([lon, lat]) => {
      const p = m.project([lon, lat]);
      return p.x > 10 && p.y > 10 && p.x < c.clientWidth - 10 && p.y < c.clientHeight - 10;
    });
  }, points);
}

async function islandNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const m = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
    return [...new Set(m.queryRenderedFeatures({ layers: ['island-names'] }).map((f) => String(f.properties.name)))];
  });
}

test('the overview: every label drawn sits on its place, the featured seas, strait and islands among them', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'labels-overview.png') });
  const labels = await drawnLabels(page);
  const off = labels.filter((l) => !l.atAnchor).map((l) => `${l.id} (${l.anchor})`);
  expect(off).toEqual([]);
  const ids = labels.map((l) => l.id);
  for (const id of ['senkaku-islands', 'southwest-islands', 'east-china-sea', 'south-china-sea', 'taiwan-strait']) expect(ids, id).toContain(id);
  // The Southwest Islands are labelled on the chain, not on Okinawa Island.
  const swi = labels.find((l) => l.id === 'southwest-islands')!;
  expect(swi.lat).toBeGreaterThan(27);
});

// What a reader should see around each featured place: its neighbours, by published position.
const NEIGHBOURS: Record<string, { points: [number, number][]; names: string[]; labelled?: string[] }> = {
  // Keelung (25°08′N 121°44′E) and Ishigaki (24°20′26″N 124°9′20″E), the card's distances.
  'senkaku-islands': { points: [[121.7333, 25.1333], [124.1556, 24.3406], [123.4714, 25.7425], [124.56, 25.9225]], names: ['Uotsuri-jima', 'Ishigaki-jima'], labelled: ['taiwan'] },
  'southwest-islands': { points: [[130.9811, 30.5739], [122.9336, 24.4494]], names: ['Tanegashima', 'Amami Ōshima', 'Miyako-jima', 'Ishigaki-jima'] },
  okinawa: { points: [[127.74806, 26.27083], [128.052, 26.523]], names: [] },
  // Henoko and Futenma together, with the middle of Okinawa Island.
  henoko: { points: [[127.74806, 26.27083], [128.052, 26.523]], names: [] },
  futenma: { points: [[127.74806, 26.27083], [128.052, 26.523]], names: [] },
  // Taipei (25.0330°N 121.5654°E), Kinmen (24°26′N 118°20′E) and Penghu (23°34′N 119°35′E).
  'taiwan-strait': { points: [[121.5654, 25.033], [118.3333, 24.4333], [119.5833, 23.5667]], names: ['Penghu'], labelled: ['taiwan'] },
};

for (const [id, want] of Object.entries(NEIGHBOURS)) {
  test(`${id}, chosen from the list: its label on it and its neighbours in view`, async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    await page.getByRole('navigation', { name: 'Places in the statement' }).locator(`button[data-region="${id}"]`).click();
    await expect(page.locator('.panel')).toHaveAttribute('data-region', id);
    await mapIdle(page);
    await page.screenshot({ path: join(SCREENSHOTS, `context-${id}.png`) });
    expect(await inView(page, want.points)).toEqual(want.points.map(() => true));
    const drawn = await drawnLabels(page);
    const own = drawn.find((l) => l.id === id);
    // The neighbours a reader needs are named, each on its own shape.
    for (const n of want.labelled ?? []) expect(drawn.find((l) => l.id === n && l.atAnchor), `${n} is labelled beside ${id}`).toBeDefined();
    expect(own, `${id} is labelled`).toBeDefined();
    expect(own!.atAnchor, `${id}'s label sits on it`).toBe(true);
    const names = await islandNames(page);
    for (const n of want.names) expect(names, n).toContain(n);
  });
}

test('clicking the Senkaku Islands in the overview brings them into view with Taiwan and Ishigaki, as the list does', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  const at = await page.evaluate(() => {
    const m = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
    const p = m.project([123.4714, 25.7425]);
    return { x: p.x, y: p.y };
  });
  await page.locator('.maplibregl-canvas').click({ position: at });
  await expect(page.locator('.panel h2')).toHaveText('Senkaku Islands');
  await mapIdle(page);
  expect(await inView(page, NEIGHBOURS['senkaku-islands']!.points)).toEqual([true, true, true, true]);
});

test('a garbled map view in the link does not hide the selection: ?region=okinawa#map=abc/def/ghi shows Okinawa', async ({ page }) => {
  await page.goto('./?region=okinawa#map=abc/def/ghi');
  await expect(page.locator('.panel h2')).toHaveText('Okinawa');
  await mapIdle(page);
  expect(await inView(page, [[127.74806, 26.27083], [128.052, 26.523]])).toEqual([true, true]);
});

test('Esc closes the card and leaves the overview', async ({ page }) => {
  await page.goto('./?region=taiwan-strait');
  await expect(page.locator('.panel')).toBeVisible();
  await page.locator('.panel h2').click();
  await page.keyboard.press('Escape');
  await expect(page.locator('.panel')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('region')).toBeNull();
});

/** Whether each position shows on the map, above the card (which sits under the map on a phone). */
async function clearOfSheet(page: Page, points: [number, number][]): Promise<boolean[]> {
  return page.evaluate((pts) => {
    const el = document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map };
    const map = el.getBoundingClientRect();
    const sheet = document.querySelector('.sheet')!.getBoundingClientRect();
    return pts.map(([lon, lat]) => {
      const p = el.maplibre.project([lon, lat]);
      const [x, y] = [map.left + p.x, map.top + p.y];
      return x > map.left + 5 && x < map.right - 5 && y > map.top + 5 && y < Math.min(map.bottom, sheet.top) - 5;
    });
  }, points);
}

test('on a phone (390×844) each featured place, whole, and its neighbours fit on the map above the card', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const lite = await liteRegions(page);
  const bboxOf = (id: string) => lite.find((r) => r.id === id)!.bbox;
  const wrong: string[] = [];
  for (const [id, want] of Object.entries(NEIGHBOURS)) {
    await page.goto(`./?region=${id}`);
    await expect(page.locator('.sheet .panel')).toHaveAttribute('data-region', id);
    await mapIdle(page);
    const [w, s, e, n] = bboxOf(id);
    const points: [number, number][] = [...want.points, [w, s], [e, n], [w, n], [e, s]];
    const clear = await clearOfSheet(page, points);
    clear.forEach((ok, i) => ok || wrong.push(`${id}: ${points[i]!.join(', ')}`));
    if (id === 'okinawa') await page.screenshot({ path: join(SCREENSHOTS, 'phone-390-okinawa.png') });
  }
  expect(wrong).toEqual([]);
});

test('on a phone a place is fitted below the map\'s tools, which cover the top of a narrow map, and one chosen later too', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const lite = await liteRegions(page);
  /** How far the place's north edge is drawn below the tools' lower edge, in px. */
  const belowTools = (id: string) =>
    page.evaluate(([w, , e, n]) => {
      const el = document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map };
      const tools = document.querySelector('.map-tools')!.getBoundingClientRect();
      const top = el.getBoundingClientRect().top + Math.min(el.maplibre.project([w, n]).y, el.maplibre.project([e, n]).y);
      return top - tools.bottom;
    }, lite.find((r) => r.id === id)!.bbox);
  await page.goto('./?region=okinawa');
  await expect(page.locator('.sheet .panel')).toHaveAttribute('data-region', 'okinawa');
  await mapIdle(page);
  expect(await belowTools('okinawa')).toBeGreaterThan(0);
  // Chosen from the text after the tools were measured: the fit still keeps below them.
  await page.locator('.sheet .close').click();
  await page.locator('.reader .mention[data-region="henoko"]').first().click();
  await expect(page.locator('.sheet .panel')).toHaveAttribute('data-region', 'henoko');
  await mapIdle(page);
  expect(await belowTools('henoko')).toBeGreaterThan(0);
});

test('a selected island keeps its ring only while it is too small to see: the Senkakus have one, Okinawa Island, filling the map, none', async ({ page }) => {
  const rings = () =>
    page.evaluate(() => {
      const m = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
      return m.queryRenderedFeatures({ layers: ['region-selected-ring'] }).map((f) => String(f.properties.id));
    });
  await page.goto('./?region=senkaku-islands');
  await mapIdle(page);
  expect(await rings()).toContain('senkaku-islands');
  await page.goto('./?region=okinawa');
  await mapIdle(page);
  expect(await rings()).not.toContain('okinawa');
  await page.screenshot({ path: join(SCREENSHOTS, 'okinawa-no-ring.png') });
  // From the overview, where Okinawa Island is a speck, its ring helps find it.
  await page.goto('about:blank');
  await page.goto('./?region=okinawa#map=4/28/128');
  await mapIdle(page);
  expect(await rings()).toContain('okinawa');
});
