// Every layer toggle changes what the map renders.
import { join } from 'node:path';
import { expect, mapIdle, SCREENSHOTS, test } from './fixtures';

const CONTEXT = ['shelf', 'island-groups', 'sea-features', 'maritime'];

test('each layer toggle changes the rendered map, and turning it back restores it', async ({ page }) => {
  // Zoom 3.3 centred east of Okinawa: the Southwest Islands and the South China Sea both lie left of the layer panel.
  await page.goto('./#map=3.33/20/131.4');
  await mapIdle(page);
  await page.getByRole('button', { name: 'Layers & legend' }).click();
  // The map left of the open layer panel (whose focus rings would differ between shots).
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const canvas = { screenshot: () => page.screenshot({ clip: { x: box.x, y: box.y, width: box.width - 340, height: box.height } }) };
  const labels = page.locator('input[data-layer="labels"]');
  const withLabels = await canvas.screenshot();
  await labels.click();
  await mapIdle(page);
  await expect.poll(async () => Buffer.compare(withLabels, await canvas.screenshot()), { message: 'labels off changes the map' }).not.toBe(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'layer-blank-map.png') });
  // On the blank map (no label placement to vary) each context layer must change the picture, and only it.
  // Turning one on shows what it is there for (the map moves to it): its picture is compared at that view.
  for (const id of CONTEXT) {
    const input = page.locator(`input[data-layer="${id}"]`);
    await input.click();
    await mapIdle(page);
    const on = await canvas.screenshot();
    await page.screenshot({ path: join(SCREENSHOTS, `layer-${id}.png`) });
    await input.click();
    await mapIdle(page);
    await expect.poll(async () => Buffer.compare(on, await canvas.screenshot()), { message: `${id} changes the map` }).not.toBe(0);
    const off = await canvas.screenshot();
    // On again: the same view, the same picture; off again: as before.
    await input.click();
    await mapIdle(page);
    await expect.poll(async () => Buffer.compare(on, await canvas.screenshot()), { message: `${id} on again` }).toBe(0);
    await input.click();
    await mapIdle(page);
    await expect.poll(async () => Buffer.compare(off, await canvas.screenshot()), { message: `${id} off restores the map` }).toBe(0);
  }
});

test('the layer panel is usable by keyboard and labelled', async ({ page }) => {
  await page.goto('./');
  const toggle = page.getByRole('button', { name: 'Layers & legend' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const shelf = page.getByRole('checkbox', { name: /Continental shelf/ });
  await shelf.focus();
  await page.keyboard.press('Space');
  await expect(shelf).toBeChecked();
});

/** A screen rectangle. */
type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Where a context layer's labels are drawn on the screen (their points), by id or name. */
async function labelPoints(page: import('@playwright/test').Page, layer: string): Promise<{ name: string; x: number; y: number }[]> {
  return page.evaluate((id) => {
    const m = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
    const r = m.getCanvas().getBoundingClientRect();
    return m.queryRenderedFeatures({ layers: [id] }).map((f) => {
      const p = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      return { name: String(f.properties.name), x: r.left + p.x, y: r.top + p.y };
    });
  }, layer);
}

for (const viewport of [{ name: 'desktop', width: 1280, height: 800 }, { name: 'phone', width: 390, height: 844 }]) {
  test(`${viewport.name}: the layer panel moves no tool, and a layer turned on is shown clear of it, the Okinawa Trough and all six island groups named`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    await mapIdle(page);
    const measure = page.getByRole('button', { name: 'Measure distance' });
    const before = (await measure.boundingBox())!;
    await page.getByRole('button', { name: 'Layers & legend' }).click();
    const panel = page.locator('#layer-panel');
    await expect(panel).toBeVisible();
    // Measure distance stays where it was, above the panel, not pushed into the map.
    expect(await measure.boundingBox()).toEqual(before);
    const box = (await panel.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(before.y + before.height);
    const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
    // Compact: no more than half the map's height.
    expect(box.height).toBeLessThanOrEqual(map.height / 2);
    // The zoom buttons stay uncovered, and usable.
    for (const zoom of await page.locator('.maplibregl-ctrl-zoom-in, .maplibregl-ctrl-zoom-out').all()) expect(overlaps((await zoom.boundingBox())!, box)).toBe(false);

    // The shelf: the trough it describes is in view and clear of the panel.
    await page.locator('input[data-layer="shelf"]').click();
    await mapIdle(page);
    const trough = await labelPoints(page, 'context-shelf-label');
    expect(trough.map((t) => t.name)).toEqual(['Okinawa Trough']);
    const clear = (p: { x: number; y: number }) => !overlaps({ x: p.x - 30, y: p.y - 8, width: 60, height: 16 }, (box as Rect)) && p.x > map.x && p.x < map.x + map.width && p.y > map.y && p.y < map.y + map.height;
    expect(trough.filter((t) => !clear(t))).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `layers-shelf-${viewport.name}.png`) });

    // The island groups: six names, each drawn, each clear of the panel, with six outlines.
    await page.locator('input[data-layer="island-groups"]').click();
    await mapIdle(page);
    const names = await labelPoints(page, 'context-island-groups-label');
    expect(names.map((n) => n.name).sort()).toEqual(['Amami Islands', 'Miyako Islands', 'Okinawa Islands', 'Tokara Islands', 'Yaeyama Islands', 'Ōsumi Islands']);
    expect(names.filter((n) => !clear(n)).map((n) => n.name)).toEqual([]);
    const outlined = await page.evaluate(() => {
      const m = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
      return [...new Set(m.queryRenderedFeatures({ layers: ['context-island-groups-line'] }).map((f) => String(f.properties.id)))].sort();
    });
    expect(outlined).toEqual(['amami', 'miyako', 'okinawa', 'osumi', 'tokara', 'yaeyama']);
    await page.screenshot({ path: join(SCREENSHOTS, `layers-island-groups-${viewport.name}.png`) });
  });
}

for (const viewport of [{ name: 'desktop', width: 1280, height: 800 }, { name: 'phone', width: 390, height: 844 }]) {
  test(`${viewport.name}: Tab walks the map's tools in the order they are seen, the layer panel after Measure distance`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    await mapIdle(page);
    const toggle = page.getByRole('button', { name: 'Layers & legend' });
    await toggle.click();
    await expect(page.locator('#layer-panel')).toBeVisible();
    // From the Layers button, Tab through every control of the tools, noting where each is on the screen.
    await toggle.focus();
    const walked: { name: string; top: number; left: number; bottom: number }[] = [];
    for (let i = 0; i < 12; i++) {
      const at = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el?.closest('.map-tools')) return null;
        const r = el.getBoundingClientRect();
        return { name: el.dataset.layer ?? el.textContent!.trim(), top: r.top, left: r.left, bottom: r.bottom };
      });
      if (!at) break;
      walked.push(at);
      await page.keyboard.press('Tab');
    }
    expect(walked.map((w) => w.name)).toEqual(['Layers & legend', 'Measure distance', 'shelf', 'island-groups', 'sea-features', 'maritime', 'labels']);
    // Each stop is after the one before as the eye reads: on a later row, or further right on the same row.
    for (const [i, b] of walked.entries()) {
      const a = walked[i - 1];
      if (!a) continue;
      const after = b.top >= a.bottom - 2 || (Math.abs(b.top - a.top) < 8 && b.left > a.left);
      expect(after, `${a.name} (${Math.round(a.left)}, ${Math.round(a.top)}) → ${b.name} (${Math.round(b.left)}, ${Math.round(b.top)})`).toBe(true);
    }
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const result = await new AxeBuilder({ page }).include('.map-tools').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((x) => `${x.id}: ${x.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
}
