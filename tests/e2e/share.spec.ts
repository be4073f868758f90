// Share & embed: the dialog's link, snippets and citation, and the no-JavaScript path.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFolder } from './static-server';
import { expect, mapIdle, SCREENSHOTS, test } from './fixtures';

test('the share dialog gives a link, snippets for the current selection and a citation', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto('./?region=senkaku-islands&p=p3');
  await mapIdle(page);
  const opener = page.getByRole('button', { name: 'Share & embed' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Share & embed' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Link to this view')).toHaveValue(/\?region=senkaku-islands&p=p3/);

  const iframe = dialog.getByLabel('Iframe (works everywhere)');
  await expect(iframe).toHaveValue(/^<iframe src="[^"]*\?embed=1&amp;region=senkaku-islands&amp;p=p3" title="Interactive map: Senkaku Islands/);
  // Options change the snippet: a tour step replaces the place; no labels; a height.
  await dialog.getByLabel('Tour step').selectOption({ label: '13. The Taiwan Strait' });
  await dialog.getByLabel('Map labels').uncheck();
  await dialog.getByLabel('Map height (px)').fill('500');
  await expect(iframe).toHaveValue(/\?embed=1&amp;tour=13&amp;labels=0"/);
  await expect(iframe).toHaveValue(/height="640"/);
  // The dialog says both heights, the same as the snippet writes.
  await expect(dialog.locator('#share-height-note')).toContainText('The map is 500 px tall. The iframe snippet is 640 px');
  await expect(iframe).toHaveValue(/title="Interactive map: The Taiwan Strait in the U\.S\.–Japan Joint Statement/);
  const script = dialog.getByLabel(/Script embed/);
  await expect(script).toHaveValue(/<div data-statement-atlas data-tour="13" data-labels="0" data-height="500">/);
  await expect(script).toHaveValue(/<script async src="http:\/\/127\.0\.0\.1:\d+\/embed\.js"><\/script>/);

  // Cite this passage: copies a citation of ¶3 with both addresses: the official source's (with its
  // collection, DCPD number and publisher) and the atlas's deep link.
  const cite = dialog.getByLabel('Citation of paragraph 3');
  await expect(cite).toHaveValue(
    /section “U\.S\.-Japan Cooperation for Peace”, paragraph 3\. Daily Compilation of Presidential Documents, DCPD202500238 \(Office of the Federal Register, National Archives and Records Administration\), https:\/\/www\.govinfo\.gov\/app\/details\/DCPD-202500238\. Mapped in Statement Atlas: http:\/\/127\.0\.0\.1:\d+\/\?region=senkaku-islands&p=p3$/,
  );
  await dialog.locator('#share-cite + button, .copy-field:has(#share-cite) button').first().click();
  await expect(dialog.locator('#share-cite-status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await cite.inputValue());
  await page.screenshot({ path: join(SCREENSHOTS, 'share-dialog.png') });

  // Esc closes the dialog and focus returns to its button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('a snippet from the dialog, pasted into a page, shows that selection', async ({ page, watch }) => {
  await page.goto('./?region=okinawa');
  await page.getByRole('button', { name: 'Share & embed' }).click();
  const html = await page.getByRole('dialog').getByLabel('Iframe (works everywhere)').inputValue();
  await page.keyboard.press('Escape');
  // A page of the test's own on another origin, standing in for a CMS article.
  const dir = mkdtempSync(join(tmpdir(), 'atlas-article-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><title>Article</title><link rel="icon" href="data:,"><body><p>An article.</p>${html}</body></html>`);
  const cms = await serveFolder(dir);
  watch.origins.push(cms.origin);
  await page.goto(`${cms.origin}/`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.embed-panel h2')).toHaveText('Okinawa');
  await cms.stop();
  rmSync(dir, { recursive: true, force: true });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page offers the static statement, place by place', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('link', { name: /Read the statement place by place/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /Map of East Asia/ })).toBeVisible();
    await page.getByRole('link', { name: /Read the statement place by place/ }).click();
    await page.getByRole('link', { name: 'Senkaku Islands' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Senkaku Islands');
    await expect(page.locator('blockquote')).toContainText('Article V of the U.S.-Japan Treaty of Mutual Cooperation and Security applies to the Senkaku Islands');
    await expect(page.getByRole('img', { name: 'Map of Senkaku Islands' })).toBeVisible();
  });
});
