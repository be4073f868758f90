// Where the camera goes to show what a view is about: its first place large,
// the others as context. Pure (Web Mercator, 512 px tiles, as MapLibre), so a
// link's first view, a tour step and a selection are framed the same way.
import type { Bounds } from './bounds';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FrameOptions {
  /** The map's size, px. */
  width: number;
  height: number;
  /** What panels along the map's edges cover, px: the place is framed inside. */
  padding: Padding;
  /**
   * Controls in the map's top right corner (their width and height, px from
   * that corner): the first place keeps below them or to their left,
   * whichever shows it larger.
   */
  corner?: { width: number; height: number };
  /** The closest an area is shown. */
  maxZoom: number;
  /** The zoom a point is shown at. */
  pointZoom: number;
  /** The farthest out a frame goes (MapLibre's minZoom). */
  minZoom?: number;
  /**
   * The least share of the visible map's width or height that the first
   * place fills: context is let in only as far as it keeps the place this
   * large (or as large as its own fit shows it, if that is less).
   */
  share?: number;
}

export interface Frame {
  /** The map's centre (the canvas's, not the visible area's: the padding is applied). */
  center: [number, number];
  zoom: number;
}

/** Half the visible map: a place fills at least this much of its width or height. */
export const LARGE_SHARE = 0.5;
const TILE = 512;
const MAX_LAT = 85.0511;

/** A box in world units (0–1 across the world at every zoom; x may pass 1 east of 180°, y grows southwards). */
interface Rect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const worldX = (lon: number) => (lon + 180) / 360;
function worldY(lat: number): number {
  const s = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}
const lonOf = (x: number) => ((((x * 360 - 180) % 360) + 540) % 360) - 180;
const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** A box as a rect, shifted by whole turns to lie nearest `nearX` (Japan and the United States meet across the Pacific). */
function rectOf([w, s, e, n]: Bounds, nearX?: number): Rect {
  const r = { x0: worldX(w), x1: worldX(e < w ? e + 360 : e), y0: worldY(n), y1: worldY(s) };
  if (nearX === undefined) return r;
  const mid = (r.x0 + r.x1) / 2;
  const shift = Math.round(nearX - mid);
  return { ...r, x0: r.x0 + shift, x1: r.x1 + shift };
}
const union = (a: Rect, b: Rect): Rect => ({ x0: Math.min(a.x0, b.x0), x1: Math.max(a.x1, b.x1), y0: Math.min(a.y0, b.y0), y1: Math.max(a.y1, b.y1) });
const midX = (r: Rect) => (r.x0 + r.x1) / 2;
const midY = (r: Rect) => (r.y0 + r.y1) / 2;
const clamp = (v: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v)));

/** The part of `r` inside `window`, or its point nearest the window's centre when none is. */
function towards(r: Rect, window: Rect): Rect {
  const x0 = Math.max(r.x0, window.x0);
  const x1 = Math.min(r.x1, window.x1);
  const y0 = Math.max(r.y0, window.y0);
  const y1 = Math.min(r.y1, window.y1);
  if (x0 <= x1 && y0 <= y1) return { x0, x1, y0, y1 };
  const x = clamp(midX(window), r.x0, r.x1);
  const y = clamp(midY(window), r.y0, r.y1);
  return { x0: x, x1: x, y0: y, y1: y };
}

/** The zoom at which `r` just fits `vw` × `vh` px (Infinity for a point). */
const fitZoom = (r: Rect, vw: number, vh: number) => Math.log2(Math.min(vw / ((r.x1 - r.x0) * TILE), vh / ((r.y1 - r.y0) * TILE)));

function frameInside(subject: Rect, context: Rect[], pad: Padding, o: FrameOptions): Frame {
  const vw = Math.max(1, o.width - pad.left - pad.right);
  const vh = Math.max(1, o.height - pad.top - pad.bottom);
  const minZoom = o.minZoom ?? 0;
  const fit = (r: Rect) => Math.max(minZoom, Math.min(o.maxZoom, fitZoom(r, vw, vh)));
  const point = subject.x0 === subject.x1 && subject.y0 === subject.y1;
  const own = point ? o.pointZoom : fit(subject);
  // The farthest out the context may take the view: where the place still fills `share` of it.
  const floor = point ? own : Math.max(minZoom, Math.min(own, fitZoom(subject, vw, vh) + Math.log2(o.share ?? LARGE_SHARE)));

  // Context is shown whole while it fits above the floor, in the order given; the rest only as far as the floor allows.
  let whole = subject;
  const partial: Rect[] = [];
  for (const c of context) {
    const u = union(whole, c);
    if (fit(u) >= floor - 1e-9) whole = u;
    else partial.push(c);
  }
  const zoom = partial.length ? floor : whole === subject ? own : Math.min(own, fit(whole));

  // Centred on what is shown whole, moved towards the rest as far as keeps all of that in view.
  const scale = TILE * 2 ** zoom;
  const w = vw / scale;
  const h = vh / scale;
  let cx = midX(whole);
  let cy = midY(whole);
  if (partial.length) {
    const window = { x0: cx - w / 2, x1: cx + w / 2, y0: cy - h / 2, y1: cy + h / 2 };
    const target = partial.reduce((u, p) => union(u, towards(p, window)), whole);
    cx = clamp(midX(target), whole.x1 - w / 2, whole.x0 + w / 2);
    cy = clamp(midY(target), whole.y1 - h / 2, whole.y0 + h / 2);
  }
  // The visible area's centre sits off the canvas's by half the difference of the paddings.
  cx -= (pad.left - pad.right) / 2 / scale;
  cy -= (pad.top - pad.bottom) / 2 / scale;
  return { center: [lonOf(cx), latOf(cy)], zoom };
}

/**
 * Frames `boxes` ([west, south, east, north], east may pass 180°): the first
 * fitted as closely as `maxZoom` allows (a point at `pointZoom`), then each
 * other, in order, shown whole if the first still fills `share` of the
 * visible map, else only towards its side (a large neighbour shows at the
 * edge, not whole).
 *
 * @example frame([northKorea, russia], { width: 640, height: 750, padding, maxZoom: 9, pointZoom: 10 })
 */
export function frame(boxes: Bounds[], o: FrameOptions): Frame {
  const [first, ...rest] = boxes;
  if (!first) throw new Error('frame: needs at least one box');
  const subject = rectOf(first);
  const context = rest.map((b) => rectOf(b, midX(subject)));
  if (!o.corner) return frameInside(subject, context, o.padding, o);
  // Below the corner's controls or to their left: the frame that shows the place larger (below, when the same).
  const below = frameInside(subject, context, { ...o.padding, top: Math.max(o.padding.top, o.corner.height) }, o);
  const beside = frameInside(subject, context, { ...o.padding, right: Math.max(o.padding.right, o.corner.width) }, o);
  return beside.zoom > below.zoom + 1e-6 ? beside : below;
}

/** Whether two frames show the same view (to a hundredth of a zoom level and a pixel's worth of centre). */
export function sameFrame(a: Frame, b: Frame): boolean {
  if (Math.abs(a.zoom - b.zoom) > 0.01) return false;
  const scale = TILE * 2 ** a.zoom;
  const dx = Math.abs(worldX(a.center[0]) - worldX(b.center[0]));
  const dy = Math.abs(worldY(a.center[1]) - worldY(b.center[1]));
  return Math.min(dx, 1 - dx) * scale < 1 && dy * scale < 1;
}
