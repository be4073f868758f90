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
  for (const id of CONTEXT) {
    const input = page.locator(`input[data-layer="${id}"]`);
    const before = await canvas.screenshot();
    await input.click();
    await mapIdle(page);
    await expect.poll(async () => Buffer.compare(before, await canvas.screenshot()), { message: `${id} changes the map` }).not.toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, `layer-${id}.png`) });
    await input.click();
    await mapIdle(page);
    await expect.poll(async () => Buffer.compare(before, await canvas.screenshot()), { message: `${id} off restores the map` }).toBe(0);
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
