// Connects an embedded atlas to the page that hosts it (see messages.ts):
// host messages drive the selection; the atlas reports ready, selection
// changes and the height it would like.
import type { TourStep } from '../model/types';
import type { Known } from '../model/url-state';
import type { Selection } from '../state/selection.svelte';
import { type AtlasMessage, isAllowedHost, parseHostMessage, PROTOCOL_VERSION } from './messages';

interface Bridge {
  selection: Selection;
  known: Known & { tour: TourStep[] };
  /** Host origins allowed to send messages; null for any. */
  allowed: string[] | null;
  /** The height (px) the embed would like, or null before it knows. */
  preferredHeight: () => number | null;
}

/** Call inside a component once the data is ready. */
export function connectHost({ selection, known, allowed, preferredHeight }: Bridge): void {
  const host = window.parent;
  if (host === window) return;
  // With an allow-list, only those origins may read what the reader does.
  // Where the browser tells us the host's origin, a host not on the list gets nothing.
  const hostOrigin = location.ancestorOrigins?.[0];
  const targets = allowed === null ? ['*'] : hostOrigin ? allowed.filter((o) => o === hostOrigin) : allowed;
  const post = (message: AtlasMessage) => {
    for (const origin of targets) host.postMessage(message, origin);
  };

  $effect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.source !== host || !isAllowedHost(e.origin, allowed)) return;
      const message = parseHostMessage(e.data, known);
      if (!message) return;
      if (message.type === 'statement-atlas:select') selection.select(message.region, 'text', message.paragraph);
      else if (message.type === 'statement-atlas:reset') selection.clear('text');
      else selection.goToStep(message.step, known.tour, 'text');
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  });

  const { region, paragraph, tour } = selection.view;
  post({ type: 'statement-atlas:ready', version: PROTOCOL_VERSION, region, paragraph, tour: tour ?? null });

  let first = true;
  $effect(() => {
    const { region, paragraph, tour } = selection.view;
    if (first) return void (first = false);
    post({ type: 'statement-atlas:selection', region, paragraph, tour: tour ?? null });
  });

  let sent = 0;
  $effect(() => {
    const height = preferredHeight();
    if (height === null || Math.abs(height - sent) < 1) return;
    sent = height;
    post({ type: 'statement-atlas:height', height });
  });
}
