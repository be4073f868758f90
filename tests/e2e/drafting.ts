// Driving the New atlas view (?view=new) in browser tests: a mention in the
// draft's text, and waiting for the linker to finish.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** A mention in the draft's text by its exact words. */
export const draftMention = (page: Page, words: string) => page.locator('.draft-text .mention', { hasText: new RegExp(`^${words}$`) });

/** Waits until the draft's text is linked (the linker runs in a worker, after a pause in typing). */
export async function waitLinked(page: Page): Promise<void> {
  await expect(page.locator('.link-state')).toHaveAttribute('data-linking', 'false');
  await expect(page.locator('.link-state')).toContainText('links to');
}
