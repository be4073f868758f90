// Where the map's camera should go: to what is selected (from the text, the
// list, a link, the tour or a map click), unless the mode in force hides it,
// and where that mode asks (mode.ts). The map carries the latest request out.
import { untrack } from 'svelte';
import { OVERVIEW_BOX } from '../content/boxes';
import type { StatementEntry } from '../content/statements';
import type { CameraRequest } from '../map/camera';
import type { Bounds } from '../model/bounds';
import type { LinkIndex } from '../model/link-index';
import { hasMapView, readPage } from '../model/url-state';
import type { Selection } from './selection.svelte';

export const OVERVIEW: CameraRequest = { box: OVERVIEW_BOX, pointZoom: 0, maxZoom: 22 };
/** The view of the whole text: the atlas's overview, or for a user's text the one that shows every place it names. */
export const overviewOf = (idx: LinkIndex) => idx.user?.overview ?? OVERVIEW_BOX;

export class Camera {
  request = $state.raw<CameraRequest | null>(null);
  /** A link's place is on its way (read from a small file beside the code): the map is built at it, not at the overview. */
  coming = $state(false);
}

/**
 * What showing places asks, the first large and the rest around it: a
 * selection, a tour step and a link's first view ask alike, so a link's first
 * view is the one its selection asks for once the text is in.
 */
export function placesRequest([box, ...context]: Bounds[], onlyIfCloser = false): CameraRequest | null {
  return box ? { box, context, pointZoom: 10, noZoomOut: true, maxZoom: 9, onlyIfCloser } : null;
}

interface Sources {
  /** What is selected, and the mode in force. */
  selection: Selection;
  /** The text read: a link to one of its places opens at the place (its views file, state/link-view.ts). */
  about?: StatementEntry;
  index: () => LinkIndex | null;
}

/** Call inside a component: keeps `camera.request` in step with the selection and the view's mode. */
export function directCamera({ selection, index, about }: Sources): Camera {
  const camera = new Camera();
  const ask = (r: CameraRequest) => (camera.request = r);

  // A region chosen in the text, the list or a link, or clicked on the map
  // while it is seen too small; not on load when the link carries its own map view.
  const initialHash = typeof location !== 'undefined' && hasMapView(location.hash);

  // A link to a place: its view is known before the text's data, and asked for at once (and again, alike, once they are in).
  if (about && !initialHash && readPage(location.search).selects) {
    camera.coming = true;
    import('./link-view')
      .then((m) => m.linkView(about))
      .then((r) => r && !camera.request && ask(r))
      .catch(() => undefined)
      .finally(() => (camera.coming = false));
  }
  let first = true;
  $effect(() => {
    const id = selection.region;
    const origin = selection.origin;
    const several = selection.stepPlaces;
    // Folding the card for a passage (or unfolding it) frames the place again: on a phone the map changes size.
    void selection.folded;
    const idx = index();
    if (!idx) return;
    const skip = first && initialHash;
    first = false;
    // A mode that hides what is selected moves the map itself: in a quiz, a name clicked in the text must not show an answer.
    if (skip || untrack(() => !selection.mode.hints)) return;
    if (!id) {
      if (origin !== 'url' && origin !== 'map') ask({ ...OVERVIEW, box: overviewOf(idx) });
      return;
    }
    // A tour step's first place large, the others around it; or the box its step gives.
    const boxes = selection.cameraBox ? [selection.cameraBox] : (several ?? [id]).flatMap((r): Bounds[] => {
      const f = idx.region(r)?.properties.focus;
      return f ? [f] : [];
    });
    const r = placesRequest(boxes, origin === 'map');
    if (r) ask(r);
  });

  // Where the mode in force asks to go (a quiz's question, a measured line).
  $effect(() => {
    const idx = index();
    const r = idx && selection.mode.camera?.(idx);
    if (r) untrack(() => ask(r));
  });
  return camera;
}
