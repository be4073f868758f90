// A first selection is answered at once: the card's code is fetched once the
// first view is drawn, and while it is still on its way the map waits for the
// card (a frame drawn meanwhile would hold the page until the GPU is done).
// How fast is the bench's to say (tests/bench: first selection); these check the behaviour.
import type { Map as M } from 'maplibre-gl';
import { expect, mapIdle, test } from './fixtures';

const selectedOnMap = (id: string) => (document.querySelector('.map') as HTMLElement & { maplibre: M }).maplibre.getFeatureState({ source: 'region-labels', id }).selected === true;

test('while the card\'s code is on its way, the map waits for the card; then both show the place', async ({ page }) => {
  // The card's code is held back until the test lets it through.
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/SelectionPanel-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('./');
  await mapIdle(page);
  await page.getByRole('navigation', { name: 'Places in the statement' }).getByRole('button', { name: /^Taiwan Strait/ }).click();
  await page.waitForTimeout(800);
  expect(await page.evaluate(selectedOnMap, 'taiwan-strait'), 'the map has not answered before the card').toBe(false);
  expect(await page.evaluate(() => (document.querySelector('.map') as HTMLElement & { maplibre: M }).maplibre.isMoving()), 'nor moved').toBe(false);
  release();
  await expect(page.locator('section.panel[data-region="taiwan-strait"] h2')).toHaveText('Taiwan Strait');
  await expect.poll(() => page.evaluate(selectedOnMap, 'taiwan-strait')).toBe(true);
  await mapIdle(page);
});

test('with the card\'s code fetched ahead, a click puts the card in the page in the same task, before any frame', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  await expect.poll(() => page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => /\/assets\/(SelectionPanel|en-later)-[^/]+\.js$/.test(e.name) && e.responseEnd > 0).length)).toBe(2);
  // The fetched modules are evaluated a task or two later.
  await page.waitForTimeout(300);
  const inSameTask = await page.evaluate(async () => {
    const button = document.querySelector<HTMLButtonElement>('.region-list button[data-region="senkaku-islands"]')!;
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    button.click();
    // Svelte draws in a microtask after the click: wait for those, not for a task or a frame.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    return { card: document.querySelector('section.panel[data-region="senkaku-islands"] h2')?.textContent ?? null, framed };
  });
  expect(inSameTask).toEqual({ card: 'Senkaku Islands', framed: false });
});
