// The New atlas view: a user pastes a text, corrects two links, reloads and
// finds the draft intact, exports, and a second user opens the export (the
// link, and the file) in a fresh browser as a working atlas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';
import { draftMention as mention, geometryOf, waitLinked } from './drafting';

const TEXT = `**Joint Note on Northeast Asia**

Japan and the Republic of Korea reaffirmed their cooperation in the East China Sea and near the Senkaku Islands.

The ministers from Georgia met their counterparts from Santiago and from Japan to discuss the Taiwan Strait.`;

test('paste, correct two links, reload, export, and open the export in a fresh browser', async ({ page, browser, baseURL }) => {
  await page.goto('./?view=new');
  await expect(page.getByRole('heading', { name: 'Make an atlas of a text' })).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill('Joint Note on Northeast Asia');
  await page.getByLabel('Date', { exact: true }).fill('2026-11-30');
  await page.getByLabel('Source URL').fill('https://example.org/note');
  await page.getByLabel('Licence or terms').fill('CC0 1.0 (test text)');
  await page.getByLabel(/^Text:/).fill(TEXT);
  await waitLinked(page);

  // Linked at once: the verified regions and the world's places, in the text and on the map.
  await expect(mention(page, 'Senkaku Islands')).toHaveAttribute('data-status', 'found');
  // A name several places share is linked to the likelier (Georgia the country, Santiago de Chile) and flagged for review.
  await expect(mention(page, 'Georgia')).toHaveAttribute('data-status', 'ambiguous');
  await expect(mention(page, 'Santiago')).toHaveAttribute('data-status', 'ambiguous');
  // The list and the map are the reading view's own: the draft is read as every text is.
  await expect(page.locator('.region-list [data-region="santiago-chile"]')).toBeVisible();
  await expect(page.locator('.region-list [data-region="georgia"]')).toBeVisible();
  await expect(page.locator('.region-list [data-region="senkaku-islands"]')).toBeVisible();
  await expect(page.locator('.map[data-idle="true"]')).toBeVisible({ timeout: 45_000 });
  // Senkaku is its checked shape, drawn as the flagship draws it; Santiago a gazetteer point.
  expect(await geometryOf(page, 'senkaku-islands')).toMatch(/Polygon/);
  expect(await geometryOf(page, 'santiago-chile')).toBe('Point');

  // Correction 1: "Georgia" is the U.S. state here, not the country: unlink it.
  await mention(page, 'Georgia').click();
  const editor = page.locator('.mention-editor');
  await expect(editor.locator('[data-now]')).toContainText('shared by');
  await expect(editor.locator('[data-place="georgia-us-state"]')).toBeVisible();
  await editor.getByRole('button', { name: 'Unlink' }).click();
  await expect(mention(page, 'Georgia')).toHaveAttribute('data-status', 'unlinked');
  await expect(page.locator('.region-list [data-region="georgia"]')).toHaveCount(0);
  // Correction 2: "Santiago" could be two cities: choose Chile's, by searching the gazetteer.
  await mention(page, 'Santiago').click();
  await editor.getByLabel(/search the gazetteer/).fill('santiago');
  await editor.locator('[data-place="santiago-chile"]').first().click();
  await expect(mention(page, 'Santiago')).toHaveAttribute('data-status', 'linked');
  // And one accepted as found.
  await mention(page, 'Taiwan Strait').click();
  await editor.getByRole('button', { name: 'Accept' }).click();
  await expect(mention(page, 'Taiwan Strait')).toHaveAttribute('data-status', 'accepted');
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('[data-save]')).toHaveAttribute('data-save', 'saved');
  // The card is the reading view's: a gazetteer place says it is approximate.
  await page.locator('.region-list [data-region="santiago-chile"]').click();
  await expect(page.locator('.panel[data-region="santiago-chile"] [data-fact="approximate"]')).toContainText('approximate and unchecked');
  await expect(page.locator('.map[data-idle="true"]')).toBeVisible({ timeout: 45_000 });
  await page.screenshot({ path: join(SCREENSHOTS, 'new-atlas-review.png') });

  // A reload finds the draft as it was left.
  await page.reload();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Joint Note on Northeast Asia');
  await expect(page.getByLabel(/^Text:/)).toHaveValue(TEXT);
  await waitLinked(page);
  await expect(mention(page, 'Georgia')).toHaveAttribute('data-status', 'unlinked');
  await expect(mention(page, 'Santiago')).toHaveAttribute('data-status', 'linked');
  await expect(mention(page, 'Taiwan Strait')).toHaveAttribute('data-status', 'accepted');

  // Export (a): the data folder, as the build reads it.
  const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the data folder (.zip)' }).click()]);
  expect(zip.suggestedFilename()).toBe('joint-note-on-northeast-asia-2026-11-30.zip');
  const files = unzipSync(new Uint8Array(readFileSync((await zip.path())!)));
  const folder = 'joint-note-on-northeast-asia-2026-11-30/';
  expect(Object.keys(files).filter((f) => !f.endsWith('/')).sort()).toEqual(['README.md', 'about.json', 'atlas.json', 'corrections.json', 'source.txt', 'tour.json'].map((f) => folder + f).sort());
  const source = strFromU8(files[`${folder}source.txt`]!);
  expect(source).toContain(TEXT);
  expect(source.startsWith('**Joint Note on Northeast Asia**\n*November 30, 2026*\n')).toBe(true);
  const { buildStatement } = await import('../../geodata/build/steps/export');
  const regionDefs = JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata/regions/regions.json'), 'utf8')).regions;
  const built = buildStatement({
    statement: { id: 'x', dataPath: 'statements/x/', name: { en: 'x', ja: 'x' }, fullName: { en: 'x', ja: 'x' }, kind: { en: 'x', ja: 'x' } },
    statementAbout: JSON.parse(strFromU8(files[`${folder}about.json`]!)),
    statementText: source,
    statementSha256: '0',
    tour: [],
    corrections: JSON.parse(strFromU8(files[`${folder}corrections.json`]!)),
    regionDefs,
  });
  expect(built.title).toBe('Joint Note on Northeast Asia');
  expect(built.date).toBe('2026-11-30');
  const builtLinks = built.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.mentions.map((m) => `${p.id}:${m.text}:${m.region}`)));
  expect(builtLinks).toEqual(expect.arrayContaining(['p1:Japan:japan', 'p1:Senkaku Islands:senkaku-islands', 'p2:Taiwan Strait:taiwan-strait']));
  expect(builtLinks.some((l) => /Georgia|Santiago/.test(l))).toBe(false);

  // Export (b): a link with the whole atlas in its hash, opened by a second user in a fresh browser.
  await page.getByRole('button', { name: 'Make a share link' }).click();
  const link = await page.locator('#draft-link').inputValue();
  expect(link.startsWith(`${baseURL}?view=atlas#atlas=`)).toBe(true);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the atlas file' }).click()]);
  expect(file.suggestedFilename()).toBe('joint-note-on-northeast-asia-2026-11-30.atlas.json');
  const filePath = join(test.info().outputDir, file.suggestedFilename());
  await file.saveAs(filePath);

  const second = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const reader = await second.newPage();
  const errors: string[] = [];
  reader.on('pageerror', (e) => errors.push(e.message));
  await reader.goto(link);
  // Read by the reading view, as every text is: the user's text, labelled as theirs, with the licence they gave.
  await expect(reader.getByRole('heading', { level: 2, name: 'Joint Note on Northeast Asia' })).toBeVisible();
  await expect(reader.locator('.reader .source a')).toHaveAttribute('href', 'https://example.org/note');
  await expect(reader.locator('.reader .source')).toContainText('CC0 1.0 (test text)');
  await expect(reader.locator('.reader .source')).not.toContainText('Official');
  const read = (text: string) => reader.locator('.reader .mention', { hasText: new RegExp(`^${text}$`) });
  await expect(read('Georgia')).toHaveCount(0);
  await expect(read('Santiago')).toHaveAttribute('title', 'Show Santiago on the map');
  // Both ways: a name shows its place (a gazetteer place: its card says it is approximate); a place shows the passages that name it.
  await read('Santiago').click();
  await expect(reader.locator('.panel[data-region="santiago-chile"] [data-fact="approximate"]')).toContainText('approximate and unchecked');
  await reader.locator('.region-list [data-region="japan"]').click();
  await expect(reader.locator('.panel[data-region="japan"] .passages > li')).toHaveCount(2);
  await expect(reader.locator('.reader .mention.selected')).toHaveCount(2);
  await expect(reader.locator('.map[data-idle="true"]')).toBeVisible({ timeout: 45_000 });
  await reader.screenshot({ path: join(SCREENSHOTS, 'shared-atlas.png') });
  // Reading a shared atlas stores nothing.
  expect(await reader.evaluate(() => localStorage.length)).toBe(0);

  // The file, opened in the New atlas view of the fresh browser, is the same draft.
  await reader.goto('./?view=new');
  await reader.getByLabel(/Or open a file/).setInputFiles(filePath);
  await expect(reader.getByLabel('Title', { exact: true })).toHaveValue('Joint Note on Northeast Asia');
  await waitLinked(reader);
  await expect(mention(reader, 'Georgia')).toHaveAttribute('data-status', 'unlinked');
  await expect(mention(reader, 'Santiago')).toHaveAttribute('data-status', 'linked');
  expect(errors).toEqual([]);
  await second.close();
});

test('bad input gets a clear message and nothing typed is lost: a damaged link, markup, a binary file, a full storage', async ({ page }) => {
  // A cut link: a message, and the view still works.
  await page.goto('./?view=atlas#atlas=AAAAbroken');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toContainText('damaged');
  // Not a dead end, and the flagship is not named as if it were this text.
  await expect(page.getByRole('alert').getByRole('link', { name: 'Make an atlas of your own text' })).toHaveAttribute('href', './?view=new');
  await expect(page.getByRole('alert').getByRole('link', { name: 'Texts in this atlas' })).toHaveAttribute('href', './');
  await expect(page.locator('.masthead')).not.toContainText('Trump');
  await page.goto('./?view=atlas');
  await expect(page.getByRole('alert').filter({ hasText: 'carries no atlas' })).toBeVisible();
  // ?atlas= names only a .json file on this site: another origin is refused before any request.
  await page.goto('./?view=atlas&atlas=https://example.org/evil.json');
  await expect(page.getByRole('alert').filter({ hasText: 'not an atlas file on this site' })).toBeVisible();

  // Storage that is full: the save state says so, the text stays, and leaving asks first.
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.goto('./?view=new');
  const hostile = '<img src=x onerror="window.pwned=1">Japan<script>window.pwned=2</script>';
  await page.getByLabel('Title', { exact: true }).fill(hostile);
  await page.getByLabel(/^Text:/).fill(`${hostile}\n\nThe Senkaku Islands.`);
  await expect(page.locator('[data-save]')).toHaveAttribute('data-save', 'failed');
  await expect(page.locator('[data-save]')).toContainText('Not saved: this browser’s storage for the atlas is full');
  await expect(page.getByLabel(/^Text:/)).toHaveValue(`${hostile}\n\nThe Senkaku Islands.`);
  // Markup is shown as the words it is.
  await expect(page.locator('.draft-text .para').first()).toContainText('<img src=x onerror="window.pwned=1">');
  await expect(page.locator('.draft-text img, .draft-text script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  // A binary file: a message naming it; the draft is untouched.
  await page.getByLabel(/Or open a file/).setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x00, 0x47]) });
  await expect(page.getByRole('alert').filter({ hasText: 'photo.txt' })).toContainText('“photo.txt” could not be opened: this looks like a binary file');
  await expect(page.getByLabel(/^Text:/)).toHaveValue(`${hostile}\n\nThe Senkaku Islands.`);
  // Leaving with a draft that could not be stored asks first.
  let asked = false;
  page.on('dialog', (d) => {
    asked = d.type() === 'beforeunload';
    void d.accept();
  });
  await page.locator('.draft-text').click();
  await page.reload();
  expect(asked).toBe(true);
});

test('by keyboard, in Japanese: open a mention, decide, and come back to it', async ({ page }) => {
  await page.goto('./?view=new&lang=ja');
  await expect(page.getByRole('heading', { name: 'テキストからアトラスを作る' })).toBeVisible();
  await page.locator('#draft-text').fill('Japan and the Taiwan Strait.');
  await expect(page.locator('.link-state')).toContainText('2か所への2件のリンク');
  const japan = page.locator('.draft-text .mention').first();
  await japan.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#mention-editor-title')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '承認' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(japan).toHaveAttribute('data-status', 'accepted');
  await page.keyboard.press('Escape');
  await expect(japan).toBeFocused();
  await expect(page.locator('[data-save]')).toContainText('この端末へ保存しました');
});

test('a 1 MB paste is linked off the main thread, and drawn a page at a time', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('./?view=new');
  const paragraph = 'Japan and the Republic of Korea met near the Senkaku Islands and the Taiwan Strait, far from Georgia. ';
  const text = Array.from({ length: 1_000_000 / 2 / paragraph.length }, (_, i) => `${i + 1}. ${paragraph}${paragraph}`).join('\n\n');
  expect(text.length).toBeGreaterThan(990_000);
  // Linking runs in a worker: the page's own thread never runs the linker.
  // As a paste lands: the whole text in one input event (Playwright's fill types it through the editor, far slower than a paste).
  await page.locator('#draft-text').evaluate((el: HTMLTextAreaElement, t) => {
    el.value = t;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await expect(page.locator('.link-state')).toHaveAttribute('data-linking', 'false', { timeout: 60_000 });
  expect(workers.some((u) => /link\.worker/.test(u))).toBe(true);
  const n = Math.floor(1_000_000 / 2 / paragraph.length);
  await expect(page.locator('.draft-text .para')).toHaveCount(150, { timeout: 60_000 });
  await page.getByRole('button', { name: `Show 150 more paragraphs (${n - 150} not shown)` }).click();
  await expect(page.locator('.draft-text .para')).toHaveCount(300);
  await expect(page.locator('.draft-text .para').last()).toContainText('300. Japan');
  await expect(page.locator('.link-state')).toContainText(`${n * 10} links to 5 places`);
  // Still usable: typing a title is kept.
  await page.getByLabel('Title', { exact: true }).fill('Big');
  await expect(page.locator('[data-save]')).toHaveAttribute('data-save', 'saved');
});

test('axe finds no violations in the New atlas view, with a mention under review, and in a shared atlas', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const axe = async () => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  };
  await page.goto('./?view=new');
  await page.getByLabel('Title', { exact: true }).fill('Axe');
  await page.locator('#draft-text').fill('Japan, Santiago and the Taiwan Strait.');
  await waitLinked(page);
  await mention(page, 'Santiago').click();
  await page.getByRole('button', { name: 'Make a share link' }).click();
  await expect(page.locator('.map[data-idle="true"]')).toBeVisible({ timeout: 45_000 });
  await axe();
  const link = await page.locator('#draft-link').inputValue();
  await page.goto(link);
  await expect(page.locator('#statement-title')).toHaveText('Axe');
  await expect(page.locator('.map[data-idle="true"]')).toBeVisible({ timeout: 45_000 });
  await axe();
  // With a gazetteer place's card open.
  await page.locator('.region-list [data-region="santiago-chile"]').click();
  await expect(page.locator('.panel[data-region="santiago-chile"]')).toBeVisible();
  await axe();
});

test('on a phone (390 px): map above, the form and the text below, nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?view=new');
  await page.getByLabel('Title', { exact: true }).fill('Phone');
  await page.locator('#draft-text').fill('Japan and the Taiwan Strait met the South China Sea.');
  await waitLinked(page);
  await expect(page.locator('.map[data-idle="true"]')).toBeVisible({ timeout: 45_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The reading view's phone layout: the map stays on top, the form scrolls below it, never under it.
  const map = (await page.locator('.map').boundingBox())!;
  expect(map.y).toBeLessThan(100);
  const text = (await page.locator('#draft-text').boundingBox())!;
  expect(text.y).toBeGreaterThanOrEqual(map.y + map.height);
  const atText = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.id, [text.x + text.width / 2, text.y + 10]);
  expect(atText).toBe('draft-text');
  await page.screenshot({ path: join(SCREENSHOTS, 'new-atlas-phone.png'), fullPage: false });
});

test('the author shapes the tour (leaves a step out, moves one, retitles it), and a reader of the link takes that tour', async ({ page, browser }) => {
  await page.goto('./?view=new');
  await page.getByLabel('Title', { exact: true }).fill('Three Seas');
  await page.locator('#draft-text').fill('Japan welcomed the talks.\n\nShips crossed the Taiwan Strait.\n\nPatrols met in the South China Sea.');
  await waitLinked(page);
  const editor = page.locator('.tour-editor');
  const order = () => editor.locator('li[data-step]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.step));
  // Made from the text: a step per paragraph that names places, in reading order.
  await expect(editor.locator('li[data-step]')).toHaveCount(3);
  await expect(editor.locator('li[data-step] input[type="checkbox"]:checked')).toHaveCount(3);
  await expect(editor.locator('li[data-step]').first()).toHaveAttribute('data-step', 'p1');
  // Leave ¶1 out, move ¶3 above ¶2, and retitle ¶3.
  await editor.locator('li[data-step="p1"] input[type="checkbox"]').uncheck();
  await editor.getByRole('button', { name: 'Move the step for paragraph 3 up' }).click();
  await editor.getByLabel('Title of the step for paragraph 3').fill('Patrols at sea');
  await editor.getByLabel('Title of the step for paragraph 3').press('Tab');
  await expect.poll(order).toEqual(['p3', 'p2', 'p1']);
  await expect(page.locator('[data-save]')).toHaveAttribute('data-save', 'saved');
  // The tour the view itself offers is already the author's (the draft is read as its link will be).
  await page.reload();
  await waitLinked(page);
  await expect.poll(order).toEqual(['p3', 'p2', 'p1']);
  await expect(editor.getByLabel('Title of the step for paragraph 3')).toHaveValue('Patrols at sea');
  await expect(editor.locator('li[data-step="p1"] input[type="checkbox"]')).not.toBeChecked();
  // The author tries it as a reader will.
  await editor.getByRole('button', { name: 'Take the tour' }).click();
  const bar = page.getByRole('region', { name: 'Guided tour', exact: true });
  await expect(bar.locator('h2')).toHaveText('Patrols at sea');
  await expect(bar).toContainText('of 2');
  // Retitled while the tour is shown: the bar says the new title as soon as the draft is read again.
  await editor.getByLabel('Title of the step for paragraph 3').fill('Patrols in the south');
  await editor.getByLabel('Title of the step for paragraph 3').press('Tab');
  await expect(bar.locator('h2')).toHaveText('Patrols in the south');
  await editor.getByLabel('Title of the step for paragraph 3').fill('Patrols at sea');
  await editor.getByLabel('Title of the step for paragraph 3').press('Tab');
  await expect(bar.locator('h2')).toHaveText('Patrols at sea');
  await bar.getByRole('button', { name: 'Exit tour' }).click();

  await page.getByRole('button', { name: 'Make a share link' }).click();
  const link = await page.locator('#draft-link').inputValue();
  const second = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const reader = await second.newPage();
  await reader.goto(link);
  // A text given with no source names no publisher (not "published by ,"): only the licence, not given here.
  await expect(reader.locator('.reader .source')).toHaveText('Licence not given.');
  await reader.getByRole('button', { name: /Take the guided tour/ }).click();
  const tour = reader.getByRole('region', { name: 'Guided tour' });
  await expect(tour).toContainText('of 2');
  await expect(tour.locator('h2')).toHaveText('Patrols at sea');
  await expect(reader.locator('.panel[data-region="south-china-sea"]')).toBeVisible();
  await tour.getByRole('button', { name: 'Next' }).click();
  await expect(tour.locator('h2')).toHaveText('Taiwan Strait');
  await expect(tour.getByRole('button', { name: /Next/ })).toBeDisabled();
  await second.close();
});

test('a place\'s card compares the reader\'s own drafts on this device with the collection, marked as theirs; another browser has none', async ({ page, browser }) => {
  await page.goto('./?view=new');
  await page.getByLabel('Title', { exact: true }).fill('My Note on the Islands');
  await page.getByLabel('Date', { exact: true }).fill('2025-06-01');
  const sentence = 'The two sides confirmed their opposition to any attempt to change the status quo near the Senkaku Islands.';
  await page.locator('#draft-text').fill(sentence);
  await waitLinked(page);
  await expect(page.locator('[data-save]')).toHaveAttribute('data-save', 'saved');

  await page.goto('./?region=senkaku-islands');
  const compare = page.locator('[data-compare]');
  const mine = compare.locator('li[data-statement^="device-"]');
  await expect(mine).toHaveCount(1);
  await expect(mine.locator('[data-device]')).toHaveText('Your draft, kept on this device (not published)');
  await expect(mine.locator('.title')).toContainText('My Note on the Islands · June 1, 2025');
  await expect(mine.locator('blockquote')).toHaveText(sentence);
  // Newest last: after the flagship (7 February 2025), worded against it.
  const order = await compare.locator('li[data-statement]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.statement));
  expect(order.indexOf(order.find((s) => s!.startsWith('device-'))!)).toBeGreaterThan(order.indexOf('us-japan-2025-02-07'));
  await expect(mine.locator('[data-change]')).toBeVisible();

  // Drafts are the reader's own: a browser without them compares only the collection.
  const other = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const fresh = await other.newPage();
  await fresh.goto('./?region=senkaku-islands');
  await expect(fresh.locator('[data-compare] li[data-statement]').first()).toBeVisible();
  await expect(fresh.locator('[data-compare] li[data-statement^="device-"]')).toHaveCount(0);
  await other.close();
});

test('words the linker missed are selected and linked, on request everywhere they occur, and reach the map', async ({ page }) => {
  await page.goto('./?view=new');
  await page.getByLabel('Title', { exact: true }).fill('Kobe');
  await page.locator('#draft-text').fill('The leaders met at Camp David and then in Kobe City.\n\nLater the talks moved to Kobe City and to the port of Naha.');
  await waitLinked(page);
  await expect(mention(page, 'Kobe City')).toHaveCount(0);
  // Select the words as a reader drags over them (with the space and the stop after them, which are left out).
  await page.locator('.draft-text .para[data-paragraph="0"]').evaluate((p) => {
    const node = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('Kobe City'))!;
    const at = node.textContent!.indexOf('Kobe City');
    const range = document.createRange();
    range.setStart(node, at - 1);
    range.setEnd(node, at + 'Kobe City.'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await expect(page.getByRole('button', { name: 'Link “Kobe City” to a place' })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'new-atlas-link-selection.png') });
  await page.getByRole('button', { name: 'Link “Kobe City” to a place' }).click();
  const editor = page.locator('.mention-editor');
  await expect(editor.locator('h3')).toContainText('“Kobe City”');
  await expect(editor.locator('[data-now]')).toContainText('Not linked yet');
  // The same words elsewhere, not inside another link: the choice can apply to both.
  await editor.getByLabel('Apply my choice to all 2 mentions of “Kobe City”').check();
  await editor.getByLabel(/search the gazetteer/).fill('kobe');
  // Each choice names its country and kind.
  const kobe = editor.locator('.places button', { hasText: /^\d+ Kōbe/ }).first();
  await expect(kobe).toContainText('Japan');
  await kobe.click();
  await expect(mention(page, 'Kobe City')).toHaveCount(2);
  for (const m of await mention(page, 'Kobe City').all()) await expect(m).toHaveAttribute('data-status', 'linked');
  // Read as every text is: in the list, and a point on the map.
  const item = page.locator('.region-list button', { hasText: 'Kobe City' });
  await expect(item).toBeVisible();
  const region = (await item.getAttribute('data-region'))!;
  await expect.poll(() => geometryOf(page, region)).toBe('Point');
  await page.screenshot({ path: join(SCREENSHOTS, 'new-atlas-linked-selection.png') });
  await expect(page.locator('.link-state')).toContainText('links to');
});

test('a place the gazetteer lacks is shown on the map by the author, and read as a point named by the text', async ({ page }) => {
  await page.goto('./?view=new');
  await page.getByLabel('Title', { exact: true }).fill('Harbour');
  await page.locator('#draft-text').fill('The ships met off Japan, near the Old Harbour Light.');
  await waitLinked(page);
  await expect(page.locator('.map[data-idle="true"]')).toBeVisible({ timeout: 45_000 });
  await page.locator('.draft-text .para[data-paragraph="0"]').evaluate((p) => {
    const node = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('Old Harbour Light'))!;
    const at = node.textContent!.indexOf('Old Harbour Light');
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 'Old Harbour Light'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await page.getByRole('button', { name: 'Link “Old Harbour Light” to a place' }).click();
  const editor = page.locator('.mention-editor');
  await editor.getByRole('button', { name: 'Or show where it is on the map' }).click();
  await expect(editor.locator('[data-placing]')).toContainText('Click the map where “Old Harbour Light” is');
  // Where the map is clicked, in degrees, as the map itself says.
  const map = page.locator('.map');
  const canvas = page.locator('.map canvas.maplibregl-canvas');
  const box = (await canvas.boundingBox())!;
  const [x, y] = [Math.round(box.width * 0.6), Math.round(box.height * 0.4)];
  const expected = await map.evaluate((el, [px, py]) => (el as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre.unproject([px!, py!]).toArray(), [x, y]);
  await canvas.click({ position: { x, y } });
  await expect(page.locator('.draft-text .mention', { hasText: /^Old Harbour Light$/ })).toHaveAttribute('data-status', 'linked');
  const item = page.locator('.region-list button', { hasText: 'Old Harbour Light' });
  await expect(item).toBeVisible();
  const id = (await item.getAttribute('data-region'))!;
  const point = await map.evaluate(async (el, i) => {
    const source = (el as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre.getSource('regions') as import('maplibre-gl').GeoJSONSource;
    const data = (await source.getData()) as import('geojson').FeatureCollection<import('geojson').Point>;
    return data.features.find((f) => f.properties?.id === i)?.geometry.coordinates;
  }, id);
  // Within a pixel of the world map the view shows (about a third of a degree).
  expect(Math.abs(point![0]! - expected[0]!)).toBeLessThan(0.2);
  expect(Math.abs(point![1]! - expected[1]!)).toBeLessThan(0.2);
  // Its card says what it is: placed by the author, approximate.
  await item.click();
  await expect(page.locator(`.panel[data-region="${id}"] [data-fact="approximate"]`)).toBeVisible();
  await expect(page.locator(`.panel[data-region="${id}"]`)).toContainText('place marked by the author');
});

test('the places a shared name may mean are numbered on the map as in the list, in view, and a click on one chooses it', async ({ page }) => {
  await page.goto('./?view=new');
  await page.getByLabel('Title', { exact: true }).fill('Georgias');
  await page.locator('#draft-text').fill('The envoys welcomed Georgia and Armenia to the talks.');
  await waitLinked(page);
  await expect(page.locator('.map[data-idle="true"]')).toBeVisible({ timeout: 45_000 });
  await mention(page, 'Georgia').click();
  const editor = page.locator('.mention-editor');
  const choices = editor.locator('.places button');
  await expect(choices).toHaveCount(2);
  await expect(choices.nth(1)).toContainText('United States');
  // Numbered, the one linked now (the linker's likelier place, the country) ticked.
  await expect(choices.locator('.mark')).toHaveText(['1 ✓', '2']);
  await expect(choices.nth(0)).toHaveAttribute('aria-current', 'true');
  const map = page.locator('.map');
  /** The numbered marks the map draws now (only those in view), with where each is on screen. */
  const marks = () =>
    map.evaluate((el) => {
      const m = (el as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
      return m
        .queryRenderedFeatures({ layers: ['measure-marks'] })
        .map((f) => { const p = m.project((f.geometry as import('geojson').Point).coordinates as [number, number]); return { n: String(f.properties.n), at: [p.x, p.y] }; })
        .sort((a, b) => a.n.localeCompare(b.n));
    });
  // Both in view at once: the camera shows the Caucasus and the American South together.
  await expect.poll(async () => (await marks()).map((m) => m.n), { timeout: 30_000 }).toEqual(['1 ✓', '2']);
  await expect(page.locator('.map[data-idle="true"]')).toBeVisible({ timeout: 45_000 });
  await page.screenshot({ path: join(SCREENSHOTS, 'new-atlas-candidates.png') });
  // A click on mark 2 chooses the US state, as its button would.
  const [, second] = await marks();
  await page.locator('.map canvas.maplibregl-canvas').click({ position: { x: Math.round(second!.at[0]!), y: Math.round(second!.at[1]!) } });
  await expect(mention(page, 'Georgia')).toHaveAttribute('data-status', 'linked');
  await expect(editor.locator('[data-now]')).toContainText('United States');
  // The list and the map tick the place chosen now.
  await expect(choices.locator('.mark')).toHaveText(['1', '2 ✓']);
  await expect(choices.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect.poll(async () => (await marks()).map((m) => m.n)).toEqual(['1', '2 ✓']);
  await page.screenshot({ path: join(SCREENSHOTS, 'new-atlas-candidate-chosen.png') });
  // Done: the marks go with the editor.
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect.poll(async () => (await marks()).length).toBe(0);
});
