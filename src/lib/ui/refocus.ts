// Closing a card, the tour or the quiz gives focus back to the control that
// opened it (WCAG 2.4.3), not to the page's <body>: the list's chip, the name
// in the statement, the map's canvas, the overview's tour or quiz button.
import { tick } from 'svelte';

/** The opener, or where it is drawn anew once what it opened has closed. */
export function findAgain(opener: Element): HTMLElement | null {
  if (opener.isConnected) return opener as HTMLElement;
  const attr = (name: string) => CSS.escape(opener.getAttribute(name) ?? '');
  // A button the view draws again when it comes back (the overview's tour and quiz buttons).
  if (opener.hasAttribute('data-opens')) return document.querySelector(`[data-opens="${attr('data-opens')}"]`);
  // A name in a card that has closed: the same name in the statement's column.
  if (opener.hasAttribute('data-paragraph')) return document.querySelector(`.reader [data-region="${attr('data-region')}"][data-paragraph="${attr('data-paragraph')}"]`);
  return null;
}

/** Closes with `close`, then, once the page has changed, focuses the control that opened what closed. */
export async function closeAndRefocus(opener: Element | null, close: () => void): Promise<void> {
  close();
  await tick();
  if (opener) findAgain(opener)?.focus();
}
