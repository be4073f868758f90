// axe-core on the main views: the overview, a selection, and the phone layout.
import AxeBuilder from '@axe-core/playwright';
import { expect, mapIdle, test } from './fixtures';

const VIEWS = [
  { name: 'overview', url: './', width: 1280 },
  { name: 'selection with a passage', url: './?region=taiwan-strait&p=p14', width: 1280 },
  { name: 'phone with the bottom sheet', url: './?region=henoko', width: 375 },
  { name: 'embed, wide', url: './?embed=1&region=senkaku-islands', width: 900 },
  { name: 'embed, phone', url: './?embed=1&region=okinawa', width: 320 },
  { name: 'embed, tour step', url: './?embed=1&tour=13', width: 700 },
  { name: 'guided tour', url: './?tour=6', width: 1280 },
  { name: 'quiz', url: './?quiz=42', width: 1280 },
  { name: 'Japanese interface', url: './?lang=ja&region=okinawa', width: 1280 },
  { name: 'a notice for a bad link', url: './?region=atlantis', width: 1280 },
];

for (const v of VIEWS) {
  test(`axe finds no violations: ${v.name}`, async ({ page }) => {
    await page.setViewportSize({ width: v.width, height: 800 });
    await page.goto(v.url);
    await mapIdle(page);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = result.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(summary).toEqual([]);
    expect(result.passes.length, 'axe ran its checks').toBeGreaterThan(10);
  });
}

test('axe finds no violations: the share dialog', async ({ page }) => {
  await page.goto('./?region=okinawa&p=p6');
  await mapIdle(page);
  await page.getByRole('button', { name: 'Share & embed' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  // The live preview of the embed is in the dialog, and checked with it.
  await expect(page.frameLocator('.embed-preview iframe').locator('.embed-panel h2')).toHaveText('Okinawa');
  const result = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  expect(result.passes.length, 'axe ran its checks').toBeGreaterThan(5);
});

test('axe finds no violations: the measure tool and the layer panel open', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  await page.getByRole('button', { name: 'Measure distance' }).click();
  await page.locator('select[data-end="from"]').selectOption('okinawa');
  await page.locator('select[data-end="to"]').selectOption('taiwan');
  await page.getByRole('button', { name: 'Layers & legend' }).click();
  await expect(page.locator('#layer-panel')).toBeVisible();
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
});

test('selection changes are announced in a live region', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  const announcer = page.locator('[data-announcer]');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await expect(announcer).toHaveText('');
  await page.getByRole('navigation', { name: 'Places in the statement' }).getByRole('button', { name: /^Taiwan Strait/ }).click();
  await expect(announcer).toHaveText(/^Selected: Taiwan Strait, named in \d+ passages?\.$/);
  await page.getByRole('button', { name: 'Close and show the overview' }).click();
  await expect(announcer).toHaveText('No place selected: the overview.');
  await page.getByRole('button', { name: /Take the guided tour/ }).click();
  await expect(announcer).toHaveText('Tour step 1 of 15: A meeting in Washington.');
});

test('axe finds no violations: the print view', async ({ page }) => {
  await page.goto('./?region=senkaku-islands');
  await mapIdle(page);
  await page.emulateMedia({ media: 'print' });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
});
