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
