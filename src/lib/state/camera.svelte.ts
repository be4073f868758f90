// Where the map's camera should go, decided by the view from its modes: the
// selection (from the text, the list, a link, the tour or a map click), the
// quiz and the measure tool. The map carries the latest request out.
import { untrack } from 'svelte';
import { OVERVIEW_BOX } from '../content/boxes';
import type { StatementEntry } from '../content/statements';
import type { CameraRequest } from '../map/camera';
import type { Bounds } from '../model/bounds';
import type { LinkIndex } from '../model/link-index';
import { hasMapView, readPage } from '../model/url-state';
import { prefersReducedMotion } from '../ui/motion';
import type { MeasureTool } from './measure.svelte';
import type { Quiz } from './quiz.svelte';
import type { Selection } from './selection.svelte';

const OVERVIEW: CameraRequest = { box: OVERVIEW_BOX, pointZoom: 0, maxZoom: 22 };

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

interface Modes {
  selection: Selection;
  /** The text read: a link to one of its places opens at the place (its views file, state/link-view.ts). */
  about?: StatementEntry;
  index: () => LinkIndex | null;
  quiz?: Quiz;
  measure?: MeasureTool;
}

/** Call inside a component: keeps `camera.request` in step with the view's modes. */
export function directCamera({ selection, index, quiz, measure, about }: Modes): Camera {
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
    const several = selection.camera;
    const idx = index();
    if (!idx) return;
    const skip = first && initialHash;
    first = false;
    // During a quiz the quiz moves the map: a name clicked in the text must not show an answer.
    if (skip || untrack(() => quiz?.active)) return;
    if (!id) {
      if (origin !== 'url' && origin !== 'map') ask(OVERVIEW);
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

  if (quiz) {
    // The highlighted place (a "name it" question, or the right answer) is shown.
    $effect(() => {
      const id = quiz.highlight;
      const f = id ? index()?.region(id)?.properties.focus : undefined;
      if (f) ask({ box: f, pointZoom: 8, maxZoom: 8 });
    });
    // Each "find" question after the first starts from the overview, not from
    // where the last answer left the map (which could give the next one away).
    $effect(() => {
      const n = quiz.index;
      const find = quiz.active && quiz.question?.kind === 'find' && !quiz.answer;
      if (find && n > 0) untrack(() => ask(OVERVIEW));
    });
  }

  if (measure) {
    // A measured line is shown whole, clear of the tool panels at the top right.
    $effect(() => {
      const { a, b } = measure;
      if (!a || !b) return;
      const box: Bounds = [Math.min(a.at[0], b.at[0]), Math.min(a.at[1], b.at[1]), Math.max(a.at[0], b.at[0]), Math.max(a.at[1], b.at[1])];
      untrack(() => ask({ box, pointZoom: 9, maxZoom: 9, besideTools: true, duration: prefersReducedMotion() ? 0 : 600 }));
    });
  }
  return camera;
}
