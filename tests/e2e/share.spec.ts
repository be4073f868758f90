// Share & embed: the dialog's link, snippets and citation, and the no-JavaScript path.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

test('the dialog previews the embed as the snippet gives it, at an article\'s width and the snippet\'s height, live', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./?region=senkaku-islands&p=p3');
  await mapIdle(page);
  await page.getByRole('button', { name: 'Share & embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share & embed' });
  const iframe = dialog.getByLabel('Iframe (works everywhere)');
  const preview = page.locator('.embed-preview iframe');
  const frame = page.frameLocator('.embed-preview iframe');
  /** The preview frame's own viewport (what the embed lays itself out in) and its box in the dialog. */
  const measure = async () => ({
    inside: await frame.locator('body').evaluate(() => [innerWidth, innerHeight]),
    box: (await preview.boundingBox())!,
    stage: (await page.locator('.embed-preview .stage').boundingBox())!,
  });

  // What the snippet gives: the same URL, the same height (the map's 460 px and the room under it).
  const snippetSrc = /src="([^"]+)"/.exec(await iframe.inputValue())![1]!.replaceAll('&amp;', '&');
  await expect(preview).toHaveAttribute('src', snippetSrc);
  await expect(frame.locator('.embed-panel h2')).toHaveText('Senkaku Islands');
  await expect(frame.locator('.map[data-idle="true"]')).toBeVisible({ timeout: 45_000 });
  const atDefault = await measure();
  expect(atDefault.inside).toEqual([600, 600]);

  // By keyboard: the widths are a radio group.
  await dialog.getByRole('radio', { name: '600 px' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByRole('radio', { name: '320 px' })).toBeChecked();
  await expect.poll(async () => (await measure()).inside).toEqual([320, 600]);
  await expect(frame.locator('.map[data-idle="true"]')).toBeVisible({ timeout: 45_000 });
  await dialog.locator('.embed-preview').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'share-preview-320.png') });

  await dialog.getByRole('radio', { name: '1200 px' }).check();
  await expect.poll(async () => (await measure()).inside).toEqual([1200, 600]);
  // Scaled to fit the dialog, its proportions kept.
  const wide = await measure();
  expect(wide.box.width).toBeLessThanOrEqual(wide.stage.width + 1);
  expect(wide.box.width / wide.box.height).toBeCloseTo(1200 / 600, 1);
  await expect(frame.locator('.map[data-idle="true"]')).toBeVisible({ timeout: 45_000 });
  await page.screenshot({ path: join(SCREENSHOTS, 'share-preview-1200.png') });

  await dialog.getByRole('radio', { name: 'Other' }).check();
  await dialog.getByLabel('Article width in px (280–1200)').fill('800');
  await expect.poll(async () => (await measure()).inside[0]).toBe(800);

  // Live: the options change the frame as they change the snippet.
  await dialog.getByLabel('Map height (px)').fill('500');
  await expect.poll(async () => (await measure()).inside).toEqual([800, 640]);
  await dialog.getByLabel('Place').selectOption('okinawa');
  await expect(frame.locator('.embed-panel h2')).toHaveText('Okinawa');
  await expect(preview).toHaveAttribute('src', /\?embed=1&region=okinawa$/);
  await dialog.getByRole('radio', { name: '600 px' }).check();
  await expect(frame.locator('.map[data-idle="true"]')).toBeVisible({ timeout: 45_000 });
  await page.screenshot({ path: join(SCREENSHOTS, 'share-preview-600.png') });
});

test('Download image: the place\'s map as SVG with its credits, and as PNG at twice its size', async ({ page }) => {
  await page.goto('./?region=okinawa');
  await mapIdle(page);
  await page.getByRole('button', { name: 'Share & embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share & embed' });
  await expect(dialog.getByText('The map of Okinawa as the atlas draws its static pictures')).toBeVisible();

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: 'SVG' }).click()]);
  expect(svgDownload.suggestedFilename()).toBe('statement-atlas-okinawa.svg');
  const svg = readFileSync((await svgDownload.path())!, 'utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain('<title id="t">Map of Okinawa</title>');
  expect(svg).toMatch(/<text [^>]*data-credit="">Natural Earth · © OpenStreetMap contributors<\/text>/);
  const [, , vw, vh] = /viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number);

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'PNG for print (2×)' }).click()]);
  expect(pngDownload.suggestedFilename()).toBe('statement-atlas-okinawa.png');
  const png = readFileSync((await pngDownload.path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2 * vw!, 2 * vh!]);
  // Drawn, not blank: the credit's corner is not the sea's flat colour alone.
  const corner = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [img.width, img.height];
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(img.width - 400, img.height - 30, 380, 20).data;
    return new Set(Array.from({ length: d.length / 4 }, (_, i) => d[i * 4]! * 65536 + d[i * 4 + 1]! * 256 + d[i * 4 + 2]!)).size;
  }, png.toString('base64'));
  expect(corner).toBeGreaterThan(5);
  copyFileSync((await pngDownload.path())!, join(SCREENSHOTS, 'download-okinawa.png'));
  copyFileSync((await svgDownload.path())!, join(SCREENSHOTS, 'download-okinawa.svg'));

  // The overview when no place is chosen.
  await dialog.getByLabel('Place').selectOption({ label: 'All places (overview)' });
  await expect(dialog.getByRole('link', { name: 'SVG' })).toHaveAttribute('download', 'statement-atlas-overview.svg');
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
