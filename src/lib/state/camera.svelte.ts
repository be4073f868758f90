// Where the map's camera should go, decided by the view from its modes: the
// selection (from the text, the list, a link, the tour or a map click), the
// quiz and the measure tool. The map carries the latest request out.
import { untrack } from 'svelte';
import { OVERVIEW_BOX } from '../content/boxes';
import type { StatementEntry } from '../content/statements';
import type { CameraRequest } from '../map/camera';
import { type Bounds, unionBounds } from '../model/bounds';
import type { LinkIndex } from '../model/link-index';
import { hasMapView, readPage } from '../model/url-state';
import { prefersReducedMotion } from '../ui/motion';
import type { MeasureTool } from './measure.svelte';
import type { Quiz } from './quiz.svelte';
import type { Selection } from './selection.svelte';

const OVERVIEW: CameraRequest = { box: OVERVIEW_BOX, pointZoom: 0, maxZoom: 22 };
/** The view of the whole text: the atlas's overview, or for a user's text the one that shows every place it names. */
const overviewOf = (idx: LinkIndex) => idx.user?.overview ?? OVERVIEW_BOX;

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
  /** The view's quiz and measure tool, once loaded (an embed has neither). */
  quiz?: () => Quiz | null;
  measure?: () => MeasureTool | null;
}

/** Call inside a component: keeps `camera.request` in step with the view's modes. */
export function directCamera({ selection, index, quiz: getQuiz = () => null, measure: getMeasure = () => null, about }: Modes): Camera {
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
    // Folding the card for a passage (or unfolding it) frames the place again: on a phone the map changes size.
    void selection.folded;
    const idx = index();
    if (!idx) return;
    const skip = first && initialHash;
    first = false;
    // During a quiz the quiz moves the map: a name clicked in the text must not show an answer.
    if (skip || untrack(() => getQuiz()?.active)) return;
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

  // The highlighted place (a "name it" question, or the right answer) is shown whole, clear of the map's tools.
  $effect(() => {
    const id = getQuiz()?.highlight;
    const f = id ? index()?.region(id)?.properties.focus : undefined;
    if (f) ask({ box: f, pointZoom: 8, maxZoom: 8, clearOfTools: true });
  });
  // Each "find" question starts from a view that shows the place among others, not from where the last
  // answer (or a link) left the map, which could give it away or hide it: the overview, or for a place
  // beyond it (Washington) the view of every place the text names.
  $effect(() => {
    const quiz = getQuiz();
    const q = quiz?.active && !quiz.answer ? quiz.question : null;
    const idx = index();
    if (q?.kind !== 'find' || !idx) return;
    const overview = overviewOf(idx);
    const [w, s, e, n] = idx.region(q.region)?.properties.focus ?? overview;
    const [ow, os, oe, on] = overview;
    const inOverview = w < oe && e > ow && s < on && n > os;
    untrack(() => ask({ ...OVERVIEW, box: inOverview ? overview : unionBounds(idx.named.map((r) => r.properties.focus))! }));
  });

  // A measured line is shown whole, clear of the tool's panel; where the two places meet (0 km), the point, at the zoom the reader has.
  $effect(() => {
    const measure = getMeasure();
    if (!measure?.a || !measure.b) return;
    const { a, b } = measure;
    const [w, s, e, n] = unionBounds([[...a.at, ...a.at], [...b.at, ...b.at]])!;
    // With room around the ends, so the places they are on show (and are named) too.
    const m = Math.max(e - w, n - s) / 6;
    const box: Bounds = [w - m, s - m, e + m, n + m];
    untrack(() => ask({ box, pointZoom: 0, noZoomOut: true, maxZoom: 9, clearOfTools: true, duration: prefersReducedMotion() ? 0 : 600 }));
  });
  return camera;
}
