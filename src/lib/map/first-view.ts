// A map's first view, painted once it is whole.
import type { Map as MapLibreMap } from 'maplibre-gl';

/** How long a first view waits for its last tile before what has come is painted (a stalled request, a slow network). */
export const FIRST_VIEW_PATIENCE_MS = 3000;

/**
 * Paints the map's first view once, whole, rather than tile by tile as each
 * arrives: until the style, its sources and the tiles in view are in
 * (`map.loaded()`), MapLibre's frames load and lay out but draw nothing, and
 * the map's frame shows its background colour. Each partial frame costs the
 * GPU its drawing and the page's compositing (on a software renderer ~150 ms a
 * frame at 1280×800), time the loading then has to share: the first view is
 * whole about a third sooner (tests/bench/history.md). After it, MapLibre
 * paints as usual. Should a tile never come, what has come is painted after
 * `patienceMs`.
 */
export function paintFirstViewWhole(m: MapLibreMap, patienceMs = FIRST_VIEW_PATIENCE_MS) {
  // MapLibre's painter is public but not documented: should it ever change shape, the map paints as it loads.
  const painter = m.painter as unknown as { render?: (...args: unknown[]) => void } | undefined;
  const paint = painter?.render;
  if (!painter || typeof paint !== 'function') return;
  const opened = () => {
    clearTimeout(timer);
    delete painter.render; // MapLibre's own again
  };
  const timer = setTimeout(() => {
    opened();
    m.triggerRepaint();
  }, patienceMs);
  m.once('remove', () => clearTimeout(timer));
  // The frame in which the last tile came places its labels with that tile's buckets still new,
  // and MapLibre places them again in a frame after: painted in that one, the view is painted once.
  let placed = false;
  painter.render = (...args: unknown[]) => {
    if (!m.loaded()) return;
    if (!placed) {
      placed = true;
      return void m.triggerRepaint();
    }
    opened();
    paint.apply(painter, args);
  };
}
