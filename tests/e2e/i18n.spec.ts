// The Japanese interface: ?lang=ja or a Japanese browser; the statement stays the official English.
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { expect, mapIdle, SCREENSHOTS, test } from './fixtures';

test('?lang=ja gives the Japanese interface around the English statement, and the switcher goes back', async ({ page }) => {
  await page.goto('./?lang=ja&region=senkaku-islands');
  await mapIdle(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ステートメント・アトラス');
  const panel = page.locator('section.panel');
  await expect(panel.locator('h2')).toHaveText('尖閣諸島');
  await expect(panel).toContainText('声明での表記: Senkaku Islands');
  await expect(panel.locator('h3').first()).toHaveText('声明の記述・1段落');
  await expect(page.getByRole('navigation', { name: '声明に登場する場所' }).getByRole('button', { name: /^台湾海峡/ })).toBeVisible();
  // The statement: official English, marked as such, with a note saying so.
  await expect(page.locator('.reader [lang="en"] #para-p3')).toContainText('Article V of the U.S.-Japan Treaty of Mutual Cooperation and Security applies to the Senkaku Islands');
  await expect(page.locator('[data-english-note]')).toHaveText('声明本文は公式の英語原文のまま掲載しています（機械翻訳はしていません）。');
  await expect(page.getByRole('button', { name: '距離を測る' })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'japanese-ui.png') });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.locator('[data-lang-switcher]').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(panel.locator('h2')).toHaveText('Senkaku Islands');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  expect(new URL(page.url()).searchParams.get('region')).toBe('senkaku-islands');
});

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });
  test('gets the Japanese interface without asking, tour included', async ({ page }) => {
    await page.goto('./?tour=3');
    const bar = page.getByRole('region', { name: 'ガイドツアー' });
    await expect(bar.getByRole('heading')).toHaveText('第5条と尖閣諸島');
    await expect(bar).toContainText('ガイドツアー・15ステップ中3');
    await expect(page.locator('#para-p3')).toHaveClass(/current/);
  });
});

test('an unknown ?lang= is a notice, in English', async ({ page }) => {
  await page.goto('./?lang=%3Cimg%20src%3Dx%3E');
  await expect(page.locator('.notices')).toContainText('“<img src=x>”');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});
