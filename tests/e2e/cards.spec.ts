// What a card says about a place's parts, its figures and how the map draws it,
// as a teacher reads it in the browser.
import { join } from 'node:path';
import { expect, mapIdle, SCREENSHOTS, test } from './fixtures';

test('the Senkaku card names its five islands and three rocks, and gives the published area beside the computed one', async ({ page }) => {
  await page.goto('./?region=senkaku-islands');
  const panel = page.locator('.panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Senkaku Islands');
  const parts = panel.locator('[data-fact="parts"]');
  await expect(parts).toHaveAttribute('open', '');
  await expect(parts.locator('li')).toHaveText([
    'Islands: Uotsuri-jima, Kuba-jima, Taishō-jima, Kita-kojima, Minami-kojima',
    /^Rocks: Oki-no-Kita-iwa, Oki-no-Minami-iwa, Tobise\s*\[2\]\[3\]$/,
  ]);
  await expect(parts.locator('a[data-cite]').first()).toHaveAttribute('href', /mofa\.go\.jp/);
  // Every other name says whose it is.
  await expect(panel.locator('[data-fact="names"]')).toContainText("Diaoyu Dao (the People's Republic of China");
  await expect(panel.locator('[data-fact="names"]')).toContainText('Diaoyutai Islands (Taiwan');
  await expect(panel.locator('[data-fact="note"]')).toContainText("Natural Earth's own Senkaku polygon");
  await expect(panel.locator('[data-area]')).toContainText('4.8 km²');
  await expect(panel.locator('[data-area]')).toContainText('published: 5.53 km²');
  await expect(panel.locator('[data-area] a')).toHaveAttribute('href', /mofa\.go\.jp/);
  await mapIdle(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'card-senkaku-parts.png') });
});

test('the Spratly card folds its 37 features by who holds them, and unfolds by keyboard', async ({ page }) => {
  await page.goto('./?region=spratly-islands');
  const parts = page.locator('.panel [data-fact="parts"]');
  await expect(parts).not.toHaveAttribute('open', '');
  await expect(parts.locator('summary')).toContainText('37 parts');
  await parts.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(parts).toHaveAttribute('open', '');
  const groups = await parts.locator('.group').allTextContents();
  expect(groups).toEqual([
    "Held by the People's Republic of China:",
    'Held by Taiwan:',
    'Held by Vietnam (among others):',
    'Held by the Philippines:',
    'Held by Malaysia:',
    'Claimed by Brunei:',
  ]);
  await expect(parts).toContainText('Second Thomas Shoal');
  await expect(parts).toContainText('Louisa Reef');
  await expect(page.locator('.panel [data-fact="names"]')).toContainText('Kalayaan Island Group (the Philippines, for the part of the group it claims)');
  await mapIdle(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'card-spratly-parts.png') });
});

test('"Futenma Replacement Facility" in the text selects Henoko, and the air station Futenma', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  await page.locator('.reader .mention', { hasText: 'Futenma Replacement Facility' }).click();
  await expect(page.locator('.panel h2')).toHaveText('Henoko');
  await expect(page.locator('.panel [data-fact="summary"]')).toContainText('under construction');
  await page.locator('.reader .mention', { hasText: 'Marine Corps Air Station (MCAS) Futenma' }).click();
  await expect(page.locator('.panel h2')).toHaveText('Futenma');
});
