// Keeps the selection and the URL in step: selections push history entries,
// back/forward restore them, and a bad link becomes a notice.
import { formatUrl, parseUrl, sameState, type Known, type ViewState } from '../model/url-state';
import type { TourStep } from '../model/types';
import type { Selection } from './selection.svelte';
import type { NoticeList } from '../ui/notices.svelte';

/** The address of a view: an empty query must still be spelled out, or the old one stays. */
const urlFor = (view: ViewState) => `${location.pathname}${formatUrl(view, location.search)}${location.hash}`;

/** Reads the URL into the selection, turning what it cannot use into notices. */
export function applyUrl(selection: Selection, told: NoticeList, known: Known & { tour: TourStep[] }, origin: 'url' | 'history'): void {
  const { state, notices } = parseUrl(location.search, known);
  if (state.tour) selection.goToStep(state.tour, known.tour, origin);
  else selection.select(state.region, origin, state.paragraph);
  if (state.paragraph && !state.tour) selection.scrollRequest++;
  if (notices.length) told.add(...notices);
  // A link that named something unknown is rewritten to what is shown.
  if (notices.length) history.replaceState(history.state, '', urlFor(state));
}

/**
 * Call inside a component: syncs from now on, cleans up on destroy. Embedded,
 * `replace` keeps the host page's back button for the host: selections replace
 * the entry instead of adding one.
 */
export function syncUrl(selection: Selection, told: NoticeList, known: Known & { tour: TourStep[] }, { replace = false } = {}): void {
  $effect(() => {
    const onPop = () => applyUrl(selection, told, known, 'history');
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  });
  $effect(() => {
    const view = selection.view;
    if (selection.origin === 'history' || selection.origin === 'url') return;
    const current = parseUrl(location.search, known).state;
    if (sameState(current, view)) return;
    if (replace) history.replaceState(history.state, '', urlFor(view));
    else history.pushState(null, '', urlFor(view));
  });
}
