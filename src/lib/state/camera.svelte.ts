// Where the map's camera should go, decided by the view from its modes: the
// selection (from the text, the list, a link, the tour or a map click), the
// quiz and the measure tool. The map carries the latest request out.
import { untrack } from 'svelte';
import { OVERVIEW_BOX } from '../content/boxes';
import type { CameraRequest } from '../map/camera';
import { type Bounds, unionBounds } from '../model/bounds';
import type { LinkIndex } from '../model/link-index';
import { hasMapView } from '../model/url-state';
import { prefersReducedMotion } from '../ui/motion';
import type { MeasureTool } from './measure.svelte';
import type { Quiz } from './quiz.svelte';
import type { Selection } from './selection.svelte';

const OVERVIEW: CameraRequest = { box: OVERVIEW_BOX, pointZoom: 0, maxZoom: 22 };

export class Camera {
  request = $state.raw<CameraRequest | null>(null);
}

interface Modes {
  selection: Selection;
  index: () => LinkIndex | null;
  quiz?: Quiz;
  measure?: MeasureTool;
}

/** Call inside a component: keeps `camera.request` in step with the view's modes. */
export function directCamera({ selection, index, quiz, measure }: Modes): Camera {
  const camera = new Camera();
  const ask = (r: CameraRequest) => (camera.request = r);

  // A region chosen in the text, the list or a link, or clicked on the map
  // while it is seen too small; not on load when the link carries its own map view.
  const initialHash = typeof location !== 'undefined' && hasMapView(location.hash);
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
    if (skip || untrack(() => quiz?.active)) return;
    if (!id) {
      if (origin !== 'url' && origin !== 'map') ask(OVERVIEW);
      return;
    }
    const boxes = (several ?? [id]).flatMap((r): Bounds[] => {
      const f = idx.region(r)?.properties.focus;
      return f ? [f] : [];
    });
    const box = unionBounds(boxes);
    if (box) ask({ box, pointZoom: 10, noZoomOut: true, maxZoom: 9, onlyIfCloser: origin === 'map' });
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
