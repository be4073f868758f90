// What the view tells the reader in passing (an unknown id in a link, a file it
// could not read, a part that failed to load): plain-text notices, never
// markup, shown by Notices.svelte until dismissed. Apart from the selection:
// they are about the page, not about what is selected.
import { getContext, setContext } from 'svelte';
import type { Notice } from '../i18n/messages';

export class NoticeList {
  shown = $state.raw<Notice[]>([]);

  add(...notices: Notice[]): void {
    this.shown = [...this.shown, ...notices];
  }

  dismiss(): void {
    this.shown = [];
  }
}

const KEY = Symbol('notices');
export const setNoticesContext = (n: NoticeList) => setContext(KEY, n);
export const getNotices = () => getContext<NoticeList>(KEY);
