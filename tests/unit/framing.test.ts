// The camera's framing: a view's first place large, the others as context.
// Boxes are written here (rounded Natural Earth extents), not read from the
// data the framing is used on; positions are projected with the Web Mercator
// formula on its own, as MapLibre does with 512 px tiles.
import { describe, expect, test } from 'vitest';
import { frameRequest, type MapState } from '../../src/lib/map/frame-request';
import type { Bounds } from '../../src/lib/model/bounds';
import { type Frame, type FrameOptions, frame, sameFrame } from '../../src/lib/model/framing';

const NORTH_KOREA: Bounds = [124.3, 37.7, 130.7, 43.0];
const SOUTH_KOREA: Bounds = [126.0, 33.2, 130.9, 38.6];
const RUSSIA: Bounds = [27, 41, 180, 78];
const JAPAN: Bounds = [122.9, 24.2, 154.0, 45.5];
const UNITED_STATES: Bounds = [-125, 24, -66.9, 49.5];

const pad = (n: number) => ({ top: n, right: n, bottom: n, left: n });
/** A desktop map pane of the atlas: 640 × 750 px, 50 px clear of its edges. */
const DESKTOP: FrameOptions = { width: 640, height: 750, padding: pad(50), maxZoom: 9, pointZoom: 10 };

/** Screen pixel of a position in a frame of a map of `width` × `height`. */
function project([lon, lat]: [number, number], f: Frame, width: number, height: number): [number, number] {
  const world = (lo: number, la: number): [number, number] => {
    const s = Math.sin((la * Math.PI) / 180);
    return [((lo + 180) / 360) * 512 * 2 ** f.zoom, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 512 * 2 ** f.zoom];
  };
  const [cx, cy] = world(f.center[0], f.center[1]);
  let [x, y] = world(lon, lat);
  const turn = 512 * 2 ** f.zoom;
  x += Math.round((cx - x) / turn) * turn; // the copy of the world nearest the centre
  return [width / 2 + x - cx, height / 2 + y - cy];
}

/** A box on screen: left, top, right, bottom (px). */
function onScreen([w, s, e, n]: Bounds, f: Frame, o: FrameOptions): [number, number, number, number] {
  const [x0, y0] = project([w, n], f, o.width, o.height);
  const [x1, y1] = project([e, s], f, o.width, o.height);
  return [x0, y0, x0 + ((((x1 - x0) % 1e9) + 1e9) % 1e9), y1];
}

/** The share of the visible map's width or height (whichever is more) that a box fills, and whether all of it is inside. */
function fill(box: Bounds, f: Frame, o: FrameOptions) {
  const [l, t, r, b] = onScreen(box, f, o);
  const v = { l: o.padding.left, t: o.padding.top, r: o.width - o.padding.right, b: o.height - o.padding.bottom };
  const across = (Math.min(r, v.r) - Math.max(l, v.l)) / (v.r - v.l);
  const down = (Math.min(b, v.b) - Math.max(t, v.t)) / (v.b - v.t);
  return { share: Math.max(across, down), inside: l >= v.l - 0.5 && r <= v.r + 0.5 && t >= v.t - 0.5 && b <= v.b + 0.5 };
}

describe('frame', () => {
  test('one place fills the visible map, centred in it (not in the canvas) when the padding is uneven', () => {
    const o = { ...DESKTOP, padding: { top: 150, right: 50, bottom: 50, left: 50 } };
    const f = frame([NORTH_KOREA], o);
    const { share, inside } = fill(NORTH_KOREA, f, o);
    expect(inside).toBe(true);
    expect(share).toBeCloseTo(1, 5);
    const [l, t, r, b] = onScreen(NORTH_KOREA, f, o);
    // Centred between the paddings: as far from the left padding as from the right, from the top as from the bottom.
    expect(l - 50).toBeCloseTo(590 - r, 3);
    expect(t - 150).toBeCloseTo(700 - b, 3);
  });

  test('a neighbour too large to show whole is context at the edge: the first place stays large and whole', () => {
    const withoutRussia = frame([NORTH_KOREA, SOUTH_KOREA], DESKTOP);
    const f = frame([NORTH_KOREA, SOUTH_KOREA, RUSSIA], DESKTOP);
    const korea = fill(NORTH_KOREA, f, DESKTOP);
    expect(korea.inside).toBe(true);
    expect(korea.share).toBeGreaterThanOrEqual(0.5 - 1e-9);
    // Not fitted to Russia (the 24 px North Korea of a union of boxes), but moved towards it (north), where it shows.
    expect(fill(RUSSIA, f, DESKTOP).inside).toBe(false);
    expect(f.zoom).toBeGreaterThan(4);
    expect(f.center[1]).toBeGreaterThan(withoutRussia.center[1]);
    expect(fill(RUSSIA, f, DESKTOP).share).toBeGreaterThan(0);
    // The smaller neighbour that fits is shown whole.
    expect(fill(SOUTH_KOREA, f, DESKTOP).inside).toBe(true);
  });

  test('context that fits is shown whole; the view is the union then', () => {
    const f = frame([NORTH_KOREA, SOUTH_KOREA], DESKTOP);
    expect(fill(NORTH_KOREA, f, DESKTOP).inside).toBe(true);
    expect(fill(SOUTH_KOREA, f, DESKTOP).inside).toBe(true);
    expect(f.zoom).toBeLessThan(frame([NORTH_KOREA], DESKTOP).zoom);
  });

  test('across the Pacific: Japan large, moved towards the United States (east), not across Europe', () => {
    const alone = frame([JAPAN], DESKTOP);
    const f = frame([JAPAN, UNITED_STATES], DESKTOP);
    const japan = fill(JAPAN, f, DESKTOP);
    expect(japan.inside).toBe(true);
    expect(japan.share).toBeGreaterThanOrEqual(0.5 - 1e-9);
    const east = (f.center[0] + 360) % 360;
    expect(east).toBeGreaterThan((alone.center[0] + 360) % 360);
    expect(east).toBeLessThan(200);
    // And the other way round: the United States large, moved west towards Japan.
    const us = frame([UNITED_STATES, JAPAN], DESKTOP);
    expect(fill(UNITED_STATES, us, DESKTOP).inside).toBe(true);
    expect(us.center[0]).toBeLessThan(frame([UNITED_STATES], DESKTOP).center[0]);
  });

  test('controls in the top right corner: the place keeps clear of them, below or beside, whichever shows it larger', () => {
    const corner = { width: 170, height: 140 };
    for (const box of [NORTH_KOREA, JAPAN, [100, 20, 160, 22] as Bounds, [120, -10, 122, 50] as Bounds]) {
      const o = { ...DESKTOP, corner };
      const f = frame([box], o);
      const [l, t, r, b] = onScreen(box, f, o);
      const underCorner = r > o.width - corner.width + 0.5 && t < corner.height - 0.5;
      expect(underCorner, `${box} under the corner`).toBe(false);
      expect(l).toBeGreaterThanOrEqual(49.5);
      expect(b).toBeLessThanOrEqual(700.5);
      // No smaller than with the corner's band taken off whichever side costs the place less.
      const below = frame([box], { ...DESKTOP, padding: { ...DESKTOP.padding, top: 140 } });
      const beside = frame([box], { ...DESKTOP, padding: { ...DESKTOP.padding, right: 170 } });
      expect(f.zoom).toBeCloseTo(Math.max(below.zoom, beside.zoom), 6);
    }
  });

  test('a point is shown at pointZoom; a small area no closer than maxZoom', () => {
    const point = frame([[128.05, 26.52, 128.05, 26.52]], DESKTOP);
    expect(point.zoom).toBe(10);
    expect(point.center[0]).toBeCloseTo(128.05, 6);
    const small = frame([[128, 26.5, 128.01, 26.51]], DESKTOP);
    expect(small.zoom).toBe(9);
  });

  test('a place across the antimeridian (east past 180°) is framed whole, the centre a longitude', () => {
    const f = frame([[170, 50, 200, 70]], DESKTOP);
    expect(f.center[0]).toBeCloseTo(-175, 6);
    expect(fill([170, 50, 200, 70], f, DESKTOP).share).toBeCloseTo(1, 5);
  });

  test('needs a box', () => {
    expect(() => frame([], DESKTOP)).toThrow(/at least one box/);
  });
});

describe('sameFrame', () => {
  test('the same view within a pixel, across the antimeridian too; another zoom or centre is another view', () => {
    expect(sameFrame({ center: [179.9999, 10], zoom: 3 }, { center: [-179.9999, 10], zoom: 3 })).toBe(true);
    expect(sameFrame({ center: [10, 10], zoom: 3 }, { center: [10, 10], zoom: 3.1 })).toBe(false);
    expect(sameFrame({ center: [10, 10], zoom: 5 }, { center: [10.05, 10], zoom: 5 })).toBe(false);
  });
});

describe('frameRequest', () => {
  const state = (over: Partial<MapState> = {}): MapState => ({ width: 640, height: 750, padding: pad(50), tools: { width: 170, height: 140 }, ...over });
  const request = { box: NORTH_KOREA, context: [RUSSIA], pointZoom: 10, maxZoom: 9, noZoomOut: true };

  test('while the map is built: the view to build it at', () => {
    const view = frameRequest(request, state());
    expect(view).toEqual(frame([NORTH_KOREA, RUSSIA], { width: 640, height: 750, padding: pad(50), corner: { width: 170, height: 140 }, maxZoom: 9, pointZoom: 10 }));
  });

  test('the same places asked again while the map still shows them: no move, though the map was resized since', () => {
    const view = frameRequest(request, state())!;
    const shown = { request, view };
    expect(frameRequest({ ...request, context: [RUSSIA] }, state({ camera: view, shown, height: 600 }))).toBeNull();
    // Moved away by the reader: the same request brings it back.
    const away = { center: [0, 0] as [number, number], zoom: 2 };
    expect(frameRequest(request, state({ camera: away, shown }))).toEqual(view);
  });

  test('a place clicked on the map moves it only when seen smaller than its own view would show it; a point never', () => {
    const near = frameRequest(request, state())!;
    const clicked = { ...request, onlyIfCloser: true };
    expect(frameRequest(clicked, state({ camera: { center: near.center, zoom: near.zoom + 1 } }))).toBeNull();
    expect(frameRequest(clicked, state({ camera: { center: near.center, zoom: 1 } }))).not.toBeNull();
    const point: Bounds = [128, 26, 128, 26];
    expect(frameRequest({ ...clicked, box: point, context: [] }, state({ camera: { center: [0, 0], zoom: 1 } }))).toBeNull();
  });

  test('a measured line keeps a margin from the tools: beside them on a wide map, below them on a narrow one', () => {
    const line: Bounds = [120, 20, 130, 30];
    const clear = (s: MapState) => {
      const view = frameRequest({ box: line, pointZoom: 9, maxZoom: 9, clearOfTools: true }, s)!;
      const [l, t, r, b] = onScreen(line, view, { ...DESKTOP, width: s.width, height: s.height });
      // The tools' corner, grown by the panel's margin: the line's box stays out of it, and inside the map.
      const toolsLeft = s.width - s.tools.width - s.padding.right;
      const toolsBottom = s.tools.height + s.padding.top;
      expect(r <= toolsLeft + 0.5 || t >= toolsBottom - 0.5).toBe(true);
      expect(l >= s.padding.left - 0.5 && b <= s.height - s.padding.bottom + 0.5).toBe(true);
      return { beside: r <= toolsLeft + 0.5, below: t >= toolsBottom - 0.5 };
    };
    // A tall panel down a wide map's side (the measure form): beside it.
    expect(clear(state({ tools: { width: 260, height: 520 } })).beside).toBe(true);
    // Tools across most of a phone's map (the layer panel in two columns): below them.
    expect(clear(state({ width: 390, height: 380, padding: pad(30), tools: { width: 370, height: 150 } })).below).toBe(true);
  });
});
