// Drafts are never lost: two tabs on one draft are told of each other and
// never overwrite each other; a draft that could not be stored is not
// dropped by opening another; a correction whose words are deleted is listed,
// never moved onto other words; text typed just before the tab closes is kept.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';
import { draftMention as mention, waitLinked } from './drafting';

const text = (page: Page) => page.getByLabel(/^Text:/);
const saveState = (page: Page) => page.locator('[data-save]');
/** The texts of the drafts stored on this device. */
const storedTexts = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('statement-atlas:draft:'))
      .map((k) => (JSON.parse(localStorage.getItem(k)!) as { text: string }).text)
      .sort(),
  );

/** Types as a paste lands: the whole text in one input event. */
const type = (page: Page, value: string) =>
  text(page).evaluate((el: HTMLTextAreaElement, v) => {
    el.value = v;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, value);

/**
 * Two tabs type at once (before either's save is due), and the tabs that ask
 * are returned: one, or both when their saves crossed (each kept its text).
 * On a busy machine the second tab may type only after the first's save has
 * reached it (then it had nothing of its own, shows that save, and its own
 * typing is no conflict): the two type again, each time adding a word, up to
 * three times, and the texts last typed are returned.
 */
async function bothType([a, textA]: [Page, string], [b, textB]: [Page, string]): Promise<{ askers: Page[]; texts: [string, string] }> {
  const asking = async (p: Page) => (await p.locator('[data-conflict]').count()) > 0;
  let texts: [string, string] = [textA, textB];
  for (let attempt = 1; ; attempt++) {
    await Promise.all([type(a, texts[0]), type(b, texts[1])]);
    const asked = await expect
      .poll(async () => (await asking(a)) || (await asking(b)), { timeout: 5_000 })
      .toBe(true)
      .then(() => true, () => false);
    if (asked) break;
    if (attempt === 3) throw new Error('two tabs typed at once three times, and neither asked');
    texts = [`${texts[0]} Again.`, `${texts[1]} Again.`];
  }
  // Each tab has saved or asks; and a crossed save's event, a few milliseconds behind, has arrived.
  for (const p of [a, b]) await expect.poll(async () => (await asking(p)) || (await saveState(p).getAttribute('data-save')) === 'saved').toBe(true);
  await a.waitForTimeout(500);
  const askers: Page[] = [];
  for (const p of [a, b]) if (await asking(p)) askers.push(p);
  return { askers, texts };
}

test('two tabs on one draft are told of each other; the one that would save over newer text asks instead', async ({ page }) => {
  const context = page.context();
  await page.goto('./?view=new');
  await page.getByLabel('Title', { exact: true }).fill('Two tabs');
  await text(page).fill('Japan and Jordan.');
  await expect(saveState(page)).toHaveAttribute('data-save', 'saved');

  // A second tab opens the same draft (the newest): each is told of the other.
  const other = await context.newPage();
  const otherErrors: string[] = [];
  other.on('pageerror', (e) => otherErrors.push(e.message));
  await other.goto('./?view=new');
  await expect(text(other)).toHaveValue('Japan and Jordan.');
  await expect(page.locator('[data-tabs="open"]')).toContainText('also open in another tab');
  await expect(other.locator('[data-tabs="open"]')).toContainText('also open in another tab');

  // A change saved in one tab shows in the other, which had none of its own.
  await text(page).fill('Japan and Jordan. First tab.');
  await expect(saveState(page)).toHaveAttribute('data-save', 'saved');
  await expect(text(other)).toHaveValue('Japan and Jordan. First tab.');
  await expect(other.locator('[data-tabs="updated"]')).toContainText('changed in another tab');

  // Both type before either has saved: one saves, the other finds newer text stored and asks.
  const {
    askers,
    texts: [mine, theirs],
  } = await bothType([page, 'Japan and Jordan. First tab, more.'], [other, 'Japan and Jordan. Second tab, more.']);
  const asker = askers[0]!;
  const askerText = asker === page ? mine : theirs;
  await expect(asker.locator('[data-conflict]')).toContainText('Neither version has been saved over the other');
  await expect(saveState(asker)).toContainText('waiting for your choice');
  await expect(text(asker)).toHaveValue(askerText);
  if (askers.length === 1) {
    // Nothing was saved over: the store has the one save, the asking tab still shows its own text.
    expect(await storedTexts(page)).toEqual([askerText === mine ? theirs : mine]);
  }
  await asker.screenshot({ path: join(SCREENSHOTS, 'drafts-two-tabs.png') });

  // Keep mine as a new draft: both texts are kept.
  for (const p of askers) {
    await p.getByRole('button', { name: 'Keep mine as a new draft' }).click();
    await expect(p.locator('[data-conflict]')).toHaveCount(0);
    await expect(saveState(p)).toHaveAttribute('data-save', 'saved');
  }
  expect(await storedTexts(page)).toEqual(expect.arrayContaining([mine, theirs]));
  await expect(text(page)).toHaveValue(mine);
  await expect(text(other)).toHaveValue(theirs);
  expect(otherErrors).toEqual([]);
  await other.close();
});

test('the other tab’s version can be loaded instead, and this tab’s is kept as a new draft', async ({ page }) => {
  const context = page.context();
  await page.goto('./?view=new');
  await page.getByLabel('Title', { exact: true }).fill('Two tabs');
  await text(page).fill('Japan.');
  await expect(saveState(page)).toHaveAttribute('data-save', 'saved');
  const other = await context.newPage();
  await other.goto('./?view=new');
  await expect(text(other)).toHaveValue('Japan.');
  const {
    askers,
    texts: [one, two],
  } = await bothType([page, 'Japan. One.'], [other, 'Japan. Two.']);
  for (const asker of askers) {
    const own = asker === page ? one : two;
    const others = asker === page ? two : one;
    await asker.getByRole('button', { name: 'Show the other tab’s version (mine is kept as a new draft)' }).click();
    await expect(text(asker)).toHaveValue(others);
    await expect(asker.locator('[data-conflict]')).toHaveCount(0);
    // Its own version is a draft of its own, in the list, and opens.
    const current = await asker.locator('#draft-list').inputValue();
    const kept = await asker.evaluate(
      ([t, cur]) => Object.keys(localStorage).find((k) => k !== `statement-atlas:draft:${cur}` && (JSON.parse(localStorage.getItem(k)!) as { text: string }).text === t)?.split(':').at(-1),
      [own, current] as const,
    );
    expect(kept).toBeTruthy();
    await asker.locator('#draft-list').selectOption(kept!);
    await expect(text(asker)).toHaveValue(own);
  }
  expect(await storedTexts(page)).toEqual(expect.arrayContaining([one, two]));
  await other.close();
});

test('with storage full, New draft, opening another draft or a file asks first, and the draft can be downloaded', async ({ page }) => {
  await page.goto('./?view=new');
  await page.getByLabel('Title', { exact: true }).fill('Kept');
  await text(page).fill('Japan.');
  await expect(saveState(page)).toHaveAttribute('data-save', 'saved');
  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Unsaved');
  await text(page).fill('Jordan met Egypt in Amman.');
  await waitLinked(page);
  await expect(saveState(page)).toHaveAttribute('data-save', 'saved');
  // A correction, then the storage fills up.
  await mention(page, 'Egypt').click();
  await page.locator('.mention-editor').getByRole('button', { name: 'Unlink' }).click();
  await page.locator('.mention-editor').getByRole('button', { name: 'Done' }).click();
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  const unsaved = 'Jordan met Egypt in Amman. More typed with the storage full.';
  await text(page).fill(unsaved);
  await expect(saveState(page)).toHaveAttribute('data-save', 'failed');

  // Opening the other draft: held, and the user is told what would happen.
  const kept = await page.locator('#draft-list option', { hasText: 'Kept' }).getAttribute('value');
  await page.locator('#draft-list').selectOption(kept!);
  const held = page.locator('[data-held]');
  await expect(held).toContainText('“Unsaved” is not saved on this device: this browser’s storage for the atlas is full. Opening another draft now would drop its text and corrections');
  await expect(text(page)).toHaveValue(unsaved);
  await page.screenshot({ path: join(SCREENSHOTS, 'drafts-storage-full.png') });
  await held.getByRole('button', { name: 'Stay on it' }).click();
  await expect(held).toHaveCount(0);
  await expect(text(page)).toHaveValue(unsaved);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Unsaved');

  // A file opened as a new draft: held too.
  await page.getByLabel(/Or open a file/).setInputFiles({ name: 'other.txt', mimeType: 'text/plain', buffer: Buffer.from('The Taiwan Strait.') });
  await expect(held).toBeVisible();
  await expect(text(page)).toHaveValue(unsaved);
  await held.getByRole('button', { name: 'Stay on it' }).click();

  // New draft: held; downloading it first keeps the text and the correction in the file, then the new draft opens.
  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(held).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), held.getByRole('button', { name: 'Download it as an atlas file, then go on' }).click()]);
  const atlas = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { draft: { title: string; text: string; decisions: { text: string; action: string }[] } };
  expect(atlas.draft.title).toBe('Unsaved');
  expect(atlas.draft.text).toBe(unsaved);
  expect(atlas.draft.decisions).toEqual([expect.objectContaining({ text: 'Egypt', action: 'unlink' })]);
  await expect(text(page)).toHaveValue('');
  await expect(held).toHaveCount(0);

  // An empty new draft has nothing to lose: opening another goes at once.
  await page.locator('#draft-list').selectOption(kept!);
  await expect(text(page)).toHaveValue('Japan.');
});

test('a correction whose words are deleted is listed as stale, never moved onto the same words elsewhere', async ({ page }) => {
  await page.goto('./?view=new');
  const TEXT = 'Jordan met Egypt in Amman.\n\nLater, Jordan and Israel met.';
  await text(page).fill(TEXT);
  await waitLinked(page);
  // Unlink the second "Jordan".
  await mention(page, 'Jordan').nth(1).click();
  await page.locator('.mention-editor').getByRole('button', { name: 'Unlink' }).click();
  await page.locator('.mention-editor').getByRole('button', { name: 'Done' }).click();
  await expect(mention(page, 'Jordan').nth(1)).toHaveAttribute('data-status', 'unlinked');
  const firstStatus = await mention(page, 'Jordan').first().getAttribute('data-status');
  expect(firstStatus).not.toBe('unlinked');

  // Typing before the words: the correction follows them.
  await text(page).fill(TEXT.replace('Later, ', 'Much later, '));
  await waitLinked(page);
  await expect(mention(page, 'Jordan').nth(1)).toHaveAttribute('data-status', 'unlinked');
  await expect(mention(page, 'Jordan').first()).toHaveAttribute('data-status', firstStatus!);
  await expect(page.locator('.stale')).toHaveCount(0);

  // Deleting its words: listed as stale; the other "Jordan" keeps what the linker found.
  await text(page).fill(TEXT.replace('Later, Jordan and', 'Much later,'));
  await waitLinked(page);
  await expect(page.locator('.stale')).toContainText('1 of your corrections no longer fit the edited text (“Jordan”)');
  await expect(mention(page, 'Jordan')).toHaveCount(1);
  await expect(mention(page, 'Jordan')).toHaveAttribute('data-status', firstStatus!);
  await page.screenshot({ path: join(SCREENSHOTS, 'drafts-stale.png') });
  // And so after a reload.
  await expect(saveState(page)).toHaveAttribute('data-save', 'saved');
  await page.reload();
  await waitLinked(page);
  await expect(page.locator('.stale')).toContainText('(“Jordan”)');
  await expect(mention(page, 'Jordan')).toHaveAttribute('data-status', firstStatus!);
});

test('text typed just before the tab is closed, or the page reloaded, is kept', async ({ page }) => {
  const context = page.context();
  await page.goto('./?view=new');
  await page.getByLabel('Title', { exact: true }).fill('Closing');
  await expect(saveState(page)).toHaveAttribute('data-save', 'saved');
  // Typed, and the page reloaded at once: the save was still waiting for its timer.
  const state = await text(page).evaluate(async (el: HTMLTextAreaElement) => {
    el.value = 'Typed just before the reload.';
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    await Promise.resolve();
    return document.querySelector('[data-save]')!.getAttribute('data-save');
  });
  expect(state).toBe('pending');
  await page.reload();
  await expect(text(page)).toHaveValue('Typed just before the reload.');

  // Typed, and the tab closed at once.
  const state2 = await text(page).evaluate(async (el: HTMLTextAreaElement) => {
    el.value = 'Typed just before the tab was closed.';
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    await Promise.resolve();
    return document.querySelector('[data-save]')!.getAttribute('data-save');
  });
  expect(state2).toBe('pending');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto('./?view=new');
  await expect(text(again)).toHaveValue('Typed just before the tab was closed.');
  await expect(again.getByLabel('Title', { exact: true })).toHaveValue('Closing');
});
