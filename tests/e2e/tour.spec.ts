// The guided tour: every place-naming paragraph in reading order, deep links, keys.
import { join } from 'node:path';
import { expect, mapIdle, SCREENSHOTS, test } from './fixtures';

interface Step {
  paragraph: string;
  title: { en: string };
  regions: string[];
}

test('the tour visits every place-naming paragraph in order', async ({ page, request }) => {
  const { steps } = (await (await request.get('./data/tour.json')).json()) as { steps: Step[] };
  const statement = await (await request.get('./data/statement.json')).json();
  const naming = statement.sections
    .flatMap((s: { paragraphs: { id: string; mentions: unknown[] }[] }) => s.paragraphs)
    .filter((p: { mentions: unknown[] }) => p.mentions.length > 0)
    .map((p: { id: string }) => p.id);
  expect(steps.map((s) => s.paragraph)).toEqual(naming);

  await page.goto('./');
  await page.getByRole('button', { name: /Take the guided tour/ }).click();
  const bar = page.getByRole('region', { name: 'Guided tour' });
  for (const [i, step] of steps.entries()) {
    const n = i + 1;
    await expect(bar.locator('[data-step]')).toHaveAttribute('data-step', String(n));
    await expect(bar.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(n));
    await expect(bar.getByRole('heading')).toHaveText(step.title.en);
    await expect(page).toHaveURL(new RegExp(`\\?tour=${n}(#|$)`));
    await expect(page.locator(`#para-${step.paragraph}`)).toHaveClass(/current/);
    // The step's place is selected and its mentions highlighted in the paragraph.
    await expect(page.locator(`#para-${step.paragraph} .mention.selected`).first()).toBeVisible();
    if (n < steps.length) await bar.getByRole('button', { name: /Next/ }).click();
  }
  await expect(bar.getByRole('button', { name: /Next/ })).toBeDisabled();
});

test('a tour step has a deep link, and the arrow keys and Esc work', async ({ page }) => {
  await page.goto('./?tour=6');
  const bar = page.getByRole('region', { name: 'Guided tour' });
  await expect(bar.locator('[data-step]')).toHaveAttribute('data-step', '6');
  await expect(page.locator('.panel h2')).toHaveText('Okinawa');
  await expect(page.locator('#para-p6')).toHaveClass(/current/);
  await mapIdle(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'tour-step-6.png') });
  await page.locator('body').press('ArrowRight');
  await expect(bar.locator('[data-step]')).toHaveAttribute('data-step', '7');
  await expect(page).toHaveURL(/\?tour=7/);
  await page.locator('body').press('ArrowLeft');
  await expect(bar.locator('[data-step]')).toHaveAttribute('data-step', '6');
  await page.goBack();
  await expect(bar.locator('[data-step]')).toHaveAttribute('data-step', '7');
  await page.locator('body').press('Escape');
  await expect(bar).toHaveCount(0);
});

test('a tour step that does not exist gets a notice', async ({ page }) => {
  await page.goto('./?tour=99');
  await expect(page.locator('.notices')).toContainText('no step “99”');
  await expect(page.getByRole('region', { name: 'Guided tour' })).toHaveCount(0);
});

for (const reduced of [true, false]) {
  test(`the tour ${reduced ? 'jumps without flying under' : 'eases the map without'} prefers-reduced-motion`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: reduced ? 'reduce' : 'no-preference' });
    await page.goto('./?tour=3');
    await mapIdle(page);
    const start = new URL(page.url()).hash;
    await page.locator('body').press('ArrowRight');
    await expect(page.locator('#para-p4')).toHaveClass(/current/);
    await mapIdle(page);
    expect(new URL(page.url()).hash, 'the map moved').not.toBe(start);
    // The map times its last camera move: a jump takes no time, an ease about 0.8 s.
    const ms = Number(await page.locator('.map').getAttribute('data-last-move-ms'));
    if (reduced) expect(ms).toBeLessThan(100);
    else expect(ms).toBeGreaterThanOrEqual(600);
  });
}

test('a step keeps the name of its place in view, says why it matters, and highlights every place it shows', async ({ page }) => {
  await page.goto('./?tour=3');
  const bar = page.getByRole('region', { name: 'Guided tour' });
  await expect(bar.locator('[data-why]')).toContainText('Article V covers an armed attack');
  await expect(bar.locator('[data-why] a')).toHaveAttribute('href', /^https:\/\//);
  // The card's heading is visible below the tour bar, not scrolled away under it.
  await expect(page.locator('.panel h2')).toHaveText('Senkaku Islands');
  await expect(page.locator('.panel h2')).toBeInViewport();
  const barBox = (await bar.boundingBox())!;
  const headBox = (await page.locator('.panel h2').boundingBox())!;
  expect(headBox.y).toBeGreaterThanOrEqual(barBox.y + barBox.height - 1);
  await mapIdle(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'tour-step-3.png') });

  // The Quad step: all five places it shows are highlighted, not only the first.
  await page.goto('./?tour=11');
  await mapIdle(page);
  const selected = await page.evaluate(() => {
    const m = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
    return ['australia', 'india', 'republic-of-korea', 'philippines', 'japan', 'china'].map((id) => Boolean(m.getFeatureState({ source: 'region-labels', id }).selected));
  });
  expect(selected).toEqual([true, true, true, true, true, false]);
  await page.screenshot({ path: join(SCREENSHOTS, 'tour-step-11-quad.png') });
});

interface Framed {
  /** The share of the map canvas's width or height (whichever is more) that the first place's camera box fills on screen. */
  share: number;
  /** Whether the first place's label is drawn, and clear of the controls laid over the map. */
  labelled: boolean;
  clear: boolean;
  center: [number, number];
  zoom: number;
}

/** Measures, from the map itself, how it frames `id` (whose camera box is `box`). */
const framing = (page: import('@playwright/test').Page, id: string, box: number[]) =>
  page.evaluate(
    ([id, box]): Framed => {
      const m = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
      const canvas = m.getCanvas().getBoundingClientRect();
      // The copy of the box nearest the centre (a box east of 180° is drawn west of it too).
      const shift = Math.round((m.getCenter().lng - (box[0]! + box[2]!) / 2) / 360) * 360;
      const nw = m.project([box[0]! + shift, box[3]!]);
      const se = m.project([box[2]! + shift, box[1]!]);
      const across = (Math.min(se.x, canvas.width) - Math.max(nw.x, 0)) / canvas.width;
      const down = (Math.min(se.y, canvas.height) - Math.max(nw.y, 0)) / canvas.height;
      const label = m.queryRenderedFeatures({ layers: ['region-labels'] }).find((f) => f.properties.id === id);
      let clear = false;
      if (label?.geometry.type === 'Point') {
        const at = m.project(label.geometry.coordinates as [number, number]);
        const x = canvas.left + at.x;
        const y = canvas.top + at.y;
        const panels = [...document.querySelectorAll('.map-tools, .maplibregl-ctrl-top-left, .maplibregl-ctrl-bottom-right')].map((e) => e.getBoundingClientRect());
        clear = panels.every((r) => x < r.left || x > r.right || y < r.top || y > r.bottom);
      }
      return { share: Math.max(across, down), labelled: Boolean(label), clear, center: m.getCenter().toArray() as [number, number], zoom: m.getZoom() };
    },
    [id, box] as const,
  );

for (const screen of [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
]) {
  test(`${screen.name}: every step frames its first place large and labelled, and no two steps about different places share a view`, async ({ page, request }) => {
    test.setTimeout(300_000);
    await page.setViewportSize(screen.viewport);
    const { steps } = (await (await request.get('./data/tour.json')).json()) as { steps: (Step & { focus?: number[] })[] };
    // Each place's camera box, as the app reads it.
    const fc = (await (await request.get('./data/regions-lite.geojson')).json()) as { features: { properties: { id: string; focus: number[] } }[] };
    const focusOf = (id: string) => fc.features.find((f) => f.properties.id === id)!.properties.focus;
    const seen: { n: number; about: string; view: Framed }[] = [];
    await page.goto('./?tour=1');
    for (const [i, step] of steps.entries()) {
      const n = i + 1;
      if (n > 1) await page.keyboard.press('ArrowRight');
      await expect(page.locator('[data-step]')).toHaveAttribute('data-step', String(n));
      await mapIdle(page);
      const first = step.regions[0]!;
      const view = await framing(page, first, focusOf(first));
      await page.screenshot({ path: join(SCREENSHOTS, `tour-frame-${screen.name}-${String(n).padStart(2, '0')}.png`) });
      expect.soft(view.labelled, `step ${n}: ${first} is labelled`).toBe(true);
      expect.soft(view.clear, `step ${n}: ${first}'s label is clear of the map's controls`).toBe(true);
      // Large: a third of the map's width or height at least (the 24 px North Korea of a fit to Russia is 4%).
      expect.soft(view.share, `step ${n}: ${first} fills ${Math.round(view.share * 100)}% of the map`).toBeGreaterThanOrEqual(1 / 3);
      seen.push({ n, about: JSON.stringify([step.regions, step.focus ?? null]), view });
    }
    // Steps about different places (or the same places framed on purpose apart) show different views.
    for (const a of seen)
      for (const b of seen) {
        if (a.n >= b.n || a.about === b.about) continue;
        const moved = Math.abs(a.view.zoom - b.view.zoom) > 0.05 || Math.hypot(a.view.center[0] - b.view.center[0], a.view.center[1] - b.view.center[1]) > 0.5;
        expect.soft(moved, `steps ${a.n} and ${b.n} show the same view`).toBe(true);
      }
  });
}

test("a step's card opens at the step's own passage, marked current, not at the place's first", async ({ page }) => {
  // Step 4 (¶4) and step 15 (¶16) are both about Japan, which ¶1 names first.
  for (const [n, paragraph] of [
    [4, 'p4'],
    [15, 'p16'],
  ] as const) {
    await page.goto(`./?tour=${n}`);
    const first = page.locator('.panel .passages > li').first();
    await expect(first).toHaveAttribute('data-paragraph', paragraph);
    await expect(first).toHaveClass(/current/);
    await expect(first).toBeInViewport();
  }
});
