// How the map carries a camera request out: where it moves, or that it stays.
// A chunk of its own, loaded with the first request (the overview's first view needs none).
import { type Frame, type Padding, frame, sameFrame } from '../model/framing';
import type { CameraRequest } from './camera';

/** What the map knows as it carries a request out. */
export interface MapState {
  /** The map's size, px. */
  width: number;
  height: number;
  /** What panels along its edges cover, px. */
  padding: Padding;
  /** The tools in its top right corner: how far they reach from it, px. */
  tools: { width: number; height: number };
  /** Where the camera is; none while the map is being built. */
  camera?: Frame;
  /** The last request carried out (the one the map was built at, first) and the view it gave. */
  shown?: { request: CameraRequest; view: Frame } | null;
}

const sameRequest = (a: CameraRequest, b: CameraRequest) => JSON.stringify({ ...a, duration: 0 }) === JSON.stringify({ ...b, duration: 0 });

/**
 * Where a request moves the map, or null where it stays: the same places asked
 * again while the map still shows them (a link's, once the text is in, after the
 * map was built at them), a place clicked on the map that the reader sees as
 * close as its own view would show it (a point, always), or a view already shown.
 */
export function frameRequest(r: CameraRequest, s: MapState): Frame | null {
  const now = s.camera;
  if (now && s.shown && sameRequest(s.shown.request, r) && sameFrame(s.shown.view, now)) return null;
  const view = frame([r.box, ...(r.context ?? [])], {
    width: s.width,
    height: s.height,
    padding: s.padding,
    // A measured line or a context layer's area keeps a panel's margin from the tools, beside them on a
    // wide map, below them on a narrow one (where they span most of its width); anything else, their corner.
    corner: r.clearOfTools ? { width: s.tools.width + s.padding.right, height: s.tools.height + s.padding.top } : s.tools,
    maxZoom: r.maxZoom,
    pointZoom: r.noZoomOut && now ? Math.max(now.zoom, r.pointZoom) : r.pointZoom,
  });
  if (!now) return view;
  const [w, south, e, n] = r.box;
  if (r.onlyIfCloser && ((w === e && south === n) || view.zoom <= now.zoom + 0.25)) return null;
  return sameFrame(view, now) ? null : view;
}
