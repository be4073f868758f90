// A picture of the map as plain SVG, drawn with d3-geo: the data build's
// static pictures (the embed's preview, the no-JavaScript pages) and every
// worksheet's blank map, whether the data build writes it (the flagship's)
// or the browser makes it (any other text's), come from this one module.
// Pure: it reads the regions and a basemap it is given and returns strings.
import distance from '@turf/distance';
import { polygon } from '@turf/helpers';
import rewind from '@turf/rewind';
import { geoMercator, geoPath, type GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Point, Polygon } from 'geojson';
import { BASEMAP, KIND_COLOURS } from '../content/palette';
import type { LabelAnchor, RegionFeature, RegionKind } from '../model/types';
import { REGION_CUTS, realEdges } from './edges';

/** A shape's polygons, each a feature of its own (a point or a line has none). */
function polygons(f: Feature<Geometry>): Feature<Polygon>[] {
  const g = f.geometry;
  if (g?.type === 'Polygon') return [polygon(g.coordinates)];
  if (g?.type === 'MultiPolygon') return g.coordinates.map((c) => polygon(c));
  return [];
}

export const STATIC_SIZE = { width: 800, height: 500 };
/**
 * The small picture, for small frames (a phone, a narrow embed; StaticMap
 * says which): the same view at 0.4 of the size with the same text sizes, so
 * its names are readable where the large picture's would shrink to 5 px.
 */
export const SMALL_SIZE = { width: 320, height: 200 };
type Size = typeof STATIC_SIZE;
/**
 * The frames a screen picture fills, width over height: from a tall 0.6 (an
 * embed's map beside its text) to a wide 3.2 (a short, wide embed). The
 * picture is shown whole in the middle of its frame and its drawing runs on
 * beyond it, so the frame is map to its edges, never empty bands.
 */
export const FRAME_ASPECTS = { tallest: 0.6, widest: 3.2 };
/** The large picture is shown only in frames 584 × 365 px and larger (StaticMap), none wider than 2.1: a short, wide one takes the small. */
const LARGE_WIDEST = 2.1;
/** How far a screen picture's drawing runs beyond the picture on each side, in its px. */
const bleedOf = ({ width, height }: Size) => ({
  x: Math.ceil((height * (width > SMALL_SIZE.width ? LARGE_WIDEST : FRAME_ASPECTS.widest) - width) / 2),
  y: Math.ceil((width / FRAME_ASPECTS.tallest - height) / 2),
});
/** Land without a coast stroke (the source tiers meet along straight seams), a shade darker than the live map's to compensate. */
const LAND = '#ebe6da';
const CREDIT = 'Natural Earth · © OpenStreetMap contributors';

/** HTML/XML text escape: the data is ours, but text is text. */
export const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Drops points closer than `min` px to the last one kept: a picture needs no
 * sub-pixel detail. Beyond the picture (where a frame's drawing runs on, its
 * context only) a coarser `beyond` px.
 */
function thinning(out: GeoStream, min: number, picture: Box, beyond: number): GeoStream {
  let last: [number, number] | null = null;
  return {
    point(x, y) {
      const inside = x >= picture[0] && x <= picture[2] && y >= picture[1] && y <= picture[3];
      if (last && Math.abs(x - last[0]) + Math.abs(y - last[1]) < (inside ? min : beyond)) return;
      last = [x, y];
      out.point(x, y);
    },
    lineStart() {
      last = null;
      out.lineStart();
    },
    lineEnd: () => out.lineEnd(),
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
    sphere: () => out.sphere?.(),
  };
}

/** d3-geo wants exterior rings clockwise (RFC 7946 has them counter-clockwise). */
const forD3 = (f: Feature): Feature => rewind(f as Feature<Geometry>, { reverse: true }) as Feature;

/** Degrees of longitude a picture spans at least: a point gets its surroundings, a small area some context. */
const MIN_SPAN = { point: 8, area: 1.2 };

/** The box widened to the minimum span, about its centre. */
function viewBox([w, s, e, n]: [number, number, number, number]): [number, number, number, number] {
  const min = w === e && s === n ? MIN_SPAN.point : MIN_SPAN.area;
  const [cx, cy] = [(w + e) / 2, (s + n) / 2];
  const dx = Math.max(e - w, min) / 2;
  const dy = Math.max(n - s, (min * STATIC_SIZE.height) / STATIC_SIZE.width) / 2;
  return [cx - dx, cy - dy, cx + dx, cy + dy];
}

function painter(box: [number, number, number, number], { width, height }: Size, bleed = { x: 0, y: 0 }) {
  const [w, s, e, n] = viewBox(box);
  const pad = (24 * width) / STATIC_SIZE.width;
  // The place keeps above the credit's band: the credit never covers what the picture is about.
  const bottom = Math.max(pad, CREDIT_BAND);
  const corners = { type: 'MultiPoint' as const, coordinates: [[w, s], [e, n], [w, n], [e, s]] };
  const projection = geoMercator()
    .rotate([-(w + e) / 2, 0])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - bottom],
      ],
      corners,
    )
    .clipExtent([
      [-bleed.x, -bleed.y],
      [width + bleed.x, height + bleed.y],
    ]);
  /** The view's box as drawn, in picture px: what the credit and the frame must leave clear. */
  const [[fx0, fy0], [fx1, fy1]] = geoPath(projection.clipExtent(null)).bounds(corners);
  projection.clipExtent([
    [-bleed.x, -bleed.y],
    [width + bleed.x, height + bleed.y],
  ]);
  const focus: Box = [fx0, fy0, fx1, fy1];
  // A screen's picture (one with a bleed) is drawn at about its size or less: a pixel's detail is enough.
  const detail = bleed.x || bleed.y ? 1.2 : 0.8;
  const path = geoPath({ stream: (out: GeoStream) => projection.stream(thinning(out, detail, [0, 0, width, height], 4)) }).digits(1);
  const area = geoPath(projection);
  /** The path of a shape, without parts smaller than a pixel. */
  const draw = (f: Feature) =>
    polygons(f as never)
      .map(forD3)
      .filter((p) => area.area(p) >= 1)
      .map((p) => path(p) ?? '')
      .join('');
  /** A shape's outline: its real edges where the build cut it (at the antimeridian), else its rings. */
  const outline = (f: Feature) => {
    const edges = realEdges(f.geometry, REGION_CUTS);
    return edges ? (path({ type: 'MultiLineString', coordinates: edges }) ?? '') : draw(f);
  };
  return { projection, draw, outline, focus };
}

/** The credit in the picture's bottom-right corner. */
const creditText = ({ width, height }: Size) =>
  `<text x="${width - 6}" y="${height - 6}" text-anchor="end" font-family="sans-serif" font-size="${CREDIT_SIZE}" fill="#4f5a63" stroke="#fff" stroke-width="3" paint-order="stroke" data-box="${creditBox({ width, height }).map((v) => v.toFixed(0)).join(' ')}" data-credit="">${escapeXml(CREDIT)}</text>`;

/** The view's box in picture px, for the tests: the credit must leave it clear. */
const focusAttr = (focus: Box) => `data-focus="${focus.map((v) => v.toFixed(1)).join(' ')}"`;

/** A picture of its own size: a page's, a download's, a worksheet's. */
function svg(title: string, body: string, focus: Box, size: Size = STATIC_SIZE): string {
  const { width, height } = size;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t" ${focusAttr(focus)}><title id="t">${escapeXml(title)}</title>
<rect width="${width}" height="${height}" fill="${BASEMAP.water}"/>
${body}
${creditText(size)}
</svg>
`;
}

/**
 * A picture that fills any frame (FRAME_ASPECTS): no size of its own, so it
 * takes its frame's; the picture scaled whole into the middle (the inner
 * svg's viewBox), its drawing running on to the frame's edges, and the credit
 * at the same scale in the frame's own bottom-right corner (a second viewBox
 * aligned there), where it covers only the drawing beyond the picture or the
 * credit's band inside it, which the place and the labels leave clear.
 */
function frameSvg(title: string, body: string, focus: Box, size: Size): string {
  const { width, height } = size;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" role="img" aria-labelledby="t" data-picture="${width} ${height}" ${focusAttr(focus)}><title id="t">${escapeXml(title)}</title>
<rect width="100%" height="100%" fill="${BASEMAP.water}"/>
<svg viewBox="0 0 ${width} ${height}" width="100%" height="100%">
${body}
</svg>
<svg viewBox="0 0 ${width} ${height}" width="100%" height="100%" preserveAspectRatio="xMaxYMax meet">${creditText(size)}</svg>
</svg>
`;
}

/** Which side of its point a name sits on, as MapLibre's text-anchor: the region's own (LabelAnchor), or a corner where that side is taken. */
type Anchor = LabelAnchor | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/** A name to draw: where, how, and how important (lower wins where two would overlap). */
interface Label {
  text: string;
  at: [number, number];
  anchor: Anchor;
  size: number;
  weight: number;
  italic?: boolean;
  colour: string;
  /** Characters per line before the name wraps, as the live map's text-max-width. */
  maxChars: number;
  /** Gap from the point to the text, in em, as the live map's text-offset. */
  offset: number;
  rank: number;
  /** What the label names, for the tests: region:<id>, island, place. */
  kind: string;
  /** The named point, [lon, lat]. */
  lonlat: [number, number];
}

/** A box in picture pixels: [left, top, right, bottom]. */
type Box = [number, number, number, number];

function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A line's width in em, as a wide sans-serif draws it (DejaVu Sans, the
 * widest of the common faces): capitals and w/m wide, i/l/j/t/f narrow.
 */
function ems(text: string, bold: boolean): number {
  let w = 0;
  for (const c of text) w += /[MWmw]/.test(c) ? 0.9 : /[A-Z]/.test(c) ? 0.72 : /[ijlft.,'’ ·-]/.test(c) ? 0.34 : /[0-9]/.test(c) ? 0.64 : 0.62;
  return w * (bold ? 1.1 : 1);
}

/** The label's lines and the box they take, placed from its point as MapLibre's text-anchor and text-offset would. */
function layout(l: Label): { lines: string[]; box: Box } {
  const lines = wrap(l.text, l.maxChars);
  // The halo (3 px stroke) adds a pixel and a half on each side.
  const w = Math.max(...lines.map((t) => ems(t, l.weight > 400))) * l.size + 3;
  const h = lines.length * l.size * 1.2;
  const gap = l.offset * l.size;
  const [x, y] = l.at;
  // At a corner the gap is shared by both axes, as MapLibre's radial offset.
  const d = gap * Math.SQRT1_2;
  const left = { bottom: x - w / 2, top: x - w / 2, left: x + gap, right: x - gap - w, center: x - w / 2, 'top-left': x + d, 'bottom-left': x + d, 'top-right': x - d - w, 'bottom-right': x - d - w }[l.anchor];
  const top = { bottom: y - gap - h, top: y + gap, left: y - h / 2, right: y - h / 2, center: y - h / 2, 'top-left': y + d, 'top-right': y + d, 'bottom-left': y - d - h, 'bottom-right': y - d - h }[l.anchor];
  return { lines, box: [left, top, left + w, top + h] };
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
/** Space kept around a label, px (MapLibre's text-padding): names set apart, never touching. */
const LABEL_GAP = 4;
const grown = ([x0, y0, x1, y1]: Box, by: number): Box => [x0 - by, y0 - by, x1 + by, y1 + by];

const CREDIT_SIZE = 11;
/** The band along the bottom that the credit takes: the place and the labels keep above it. */
const CREDIT_BAND = 22;
/** The credit's box in its corner: no label or mark may cover it. */
function creditBox({ width, height }: Size): Box {
  return [width - 6 - ems(CREDIT, false) * CREDIT_SIZE - 3, height - CREDIT_BAND, width, height];
}
const CREDIT_BOX = creditBox(STATIC_SIZE);
/** Whether a box lies inside the picture, 2 px from its edges. */
const boxInside = (b: Box, size: Size = STATIC_SIZE) => b[0] >= 2 && b[1] >= 2 && b[2] <= size.width - 2 && b[3] <= size.height - 2;

/** Where else a name may sit when its own place is taken: below, above, beside its point, then at its corners (MapLibre's text-variable-anchor). */
const OTHER_ANCHORS: Anchor[] = ['top', 'bottom', 'left', 'right', 'bottom-right', 'bottom-left', 'top-right', 'top-left'];

/**
 * The labels that fit, as the live map's collisions: in rank order, each on
 * its own side of its point, else on another side, else left out; kept only
 * inside the picture, above the credit's band and a gap off every label kept
 * before it.
 */
function placeLabels(labels: Label[], size: Size): string {
  const kept: Box[] = [[0, size.height - CREDIT_BAND, size.width, size.height]];
  const out: string[] = [];
  const fits = (b: Box) => boxInside(b, size) && !kept.some((k) => overlaps(k, grown(b, LABEL_GAP)));
  for (const label of [...labels].sort((a, b) => a.rank - b.rank)) {
    const tries = [label.anchor, ...OTHER_ANCHORS.filter((a) => a !== label.anchor)];
    const l = tries.map((anchor) => ({ ...label, anchor })).find((t) => fits(layout(t).box));
    if (!l) continue;
    const { lines, box } = layout(l);
    kept.push(box);
    const cx = (box[0] + box[2]) / 2;
    const spans = lines
      .map((t, i) => `<tspan x="${cx.toFixed(1)}" y="${(box[1] + (i + 0.82) * l.size * 1.2).toFixed(1)}">${escapeXml(t)}</tspan>`)
      .join('');
    const style = `${l.italic ? ' font-style="italic"' : ''}${l.weight !== 400 ? ` font-weight="${l.weight}"` : ''}`;
    out.push(
      `<text text-anchor="middle" font-family="sans-serif" font-size="${l.size}"${style} fill="${l.colour}" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke" data-label="${escapeXml(l.kind)}" data-box="${box.map((v) => v.toFixed(0)).join(' ')}">${spans}</text>`,
    );
  }
  return out.join('\n');
}

/** MapLibre's zoom for a d3 Mercator scale: the world is 512 × 2^zoom px wide there. */
const zoomOf = (scale: number) => Math.log2((2 * Math.PI * scale) / 512);

/** Island names and places on the basemap, as the live map shows them at this zoom. */
/** The places ringed when selected, each with the zoom from which it is seen without its ring. */
export type Ringed = ReadonlyMap<string, number>;

export interface StaticBasemap {
  land: FeatureCollection;
  islands: FeatureCollection<Point, { name: string; region: string; minzoom: number }>;
  places: FeatureCollection<Point>;
}

function regionLayer(r: RegionFeature, { draw, outline: edges }: Pick<ReturnType<typeof painter>, 'draw' | 'outline'>, project: (p: [number, number]) => [number, number] | null, selected: boolean): string {
  const colour = KIND_COLOURS[r.properties.kind];
  // A wide place without its shape (the reading view's data has none): its label only.
  if (!r.geometry) return '';
  if (r.geometry.type === 'Point') {
    const at = project(r.geometry.coordinates as [number, number]);
    return at ? `<circle cx="${at[0].toFixed(1)}" cy="${at[1].toFixed(1)}" r="${selected ? 8 : 6}" fill="${colour}" stroke="#fff" stroke-width="2"/>` : '';
  }
  const d = draw(r as Feature);
  if (!d) return '';
  // Stroked apart from the fill where the build cut the shape at the antimeridian (no line along the cut); else one path.
  const outline = edges(r as Feature);
  const [fill, stroke] = selected ? [`fill="${colour}" fill-opacity="0.28"`, `stroke="${colour}" stroke-width="2"`] : [`fill="${colour}" fill-opacity="0.12"`, `stroke="${colour}" stroke-opacity="0.6" stroke-width="1" stroke-dasharray="4 2"`];
  return outline === d ? `<path d="${d}" ${fill} ${stroke}/>` : `<path d="${d}" ${fill}/><path d="${outline}" fill="none" ${stroke}/>`;
}

/** Kinds drawn as shapes on every picture, as the live map draws them (seas and countries only when chosen). */
const ALWAYS_DRAWN = ['island-group', 'island', 'site'];
/** Kinds the live map rings when small and chosen (a site is a marker already). */
const RINGED_KINDS = ['island-group', 'island'];
/** Where labels collide, the live map's order: island groups, then seas and straits, islands, sites, the rest. */
const KIND_RANK: Record<RegionKind, number> = { 'island-group': 0, sea: 1, strait: 1, island: 2, site: 3, country: 3, region: 3 };
/** Whether a projected point lies inside the picture. */
const inFrameOf = (size: Size) => ([x, y]: [number, number]) => x >= 0 && x <= size.width && y >= 0 && y <= size.height;

export interface Picture {
  title: string;
  box: [number, number, number, number];
  /** The other regions: all labelled where they fit, the featured islands and sites drawn. */
  others: RegionFeature[];
  /** The chosen region, drawn strong, labelled first and ringed when small. */
  selected?: RegionFeature;
  /** Whether the overview's basemap names (islands, towns) are drawn; the overview leaves them out. */
  basemapNames: boolean;
  /**
   * A worksheet's blank map: letters where the names would be, numbered
   * points to measure between, a scale bar; no name is written.
   */
  worksheet?: { points: [number, number][] };
  /** The picture's size in px; labels keep their sizes, so a smaller picture names fewer places, larger. */
  size?: Size;
  /** A screen's picture, which fills any frame (frameSvg); else a picture of its own size. */
  frame?: boolean;
}

/** A lettered place on a worksheet's blank map. */
export interface Mark {
  letter: string;
  name: string;
  /** What it marks: region:<id>, island or place, as the labels say. */
  kind: string;
  lonlat: [number, number];
}

/** Letters a worksheet map carries at most: a question each, and few enough to read. */
const MAX_MARKS = 8;
const MARK_RADIUS = 10;
/** The ring around a small chosen place, as the live map draws it. */
const RING_RADIUS = 18;
/** The room a ring takes, its stroke included: no letter or number is drawn on it. */
const ringBox = ([x, y]: [number, number]): Box => [x - RING_RADIUS - 3, y - RING_RADIUS - 3, x + RING_RADIUS + 3, y + RING_RADIUS + 3];
/** Two lettered places closer than this (px) cannot be told apart on the sheet (an island inside its group's ring). */
const MARKS_APART = 2 * MARK_RADIUS + 4;
/** Directions around a point or a ring, right and left first: [dx, dy] of unit length. */
const AROUND: [number, number][] = [[1, 0], [-1, 0], [0, -1], [0, 1], [0.71, -0.71], [-0.71, -0.71], [0.71, 0.71], [-0.71, 0.71]];

/**
 * The worksheet's letters: the labels the picture would draw, in the same
 * rank order and collisions, each replaced by a lettered disc beside its
 * point (where the name would start); the chosen place's beside its ring, if
 * it has one. A place too close to one already lettered gets no letter (one
 * ring, one letter). Letters run west to east, so A is not always the place
 * the sheet is about.
 */
function placeMarks(labels: Label[], taken: Box[], ring: [number, number] | null): { svg: string; marks: Mark[]; discs: Box[] } {
  const kept: Box[] = [...taken];
  const chosen: { l: Label; c: [number, number] }[] = [];
  const discOf = (c: [number, number]): Box => [c[0] - MARK_RADIUS - 2, c[1] - MARK_RADIUS - 2, c[0] + MARK_RADIUS + 2, c[1] + MARK_RADIUS + 2];
  for (const l of [...labels].sort((a, b) => a.rank - b.rank)) {
    if (chosen.length === MAX_MARKS) break;
    if (chosen.some(({ l: k }) => Math.hypot(k.at[0] - l.at[0], k.at[1] - l.at[1]) < MARKS_APART)) continue;
    const { box } = layout({ ...l, text: 'M', size: 2 * MARK_RADIUS, maxChars: 1, offset: 0.3 });
    const beside = ring && l.rank < 0 ? RING_RADIUS + MARK_RADIUS + 5 : 0;
    const centres: [number, number][] = beside
      ? AROUND.map(([dx, dy]) => [ring![0] + dx * beside, ring![1] + dy * beside])
      : [[(box[0] + box[2]) / 2, (box[1] + box[3]) / 2]];
    const c = centres.find((at) => boxInside(discOf(at)) && !kept.some((k) => overlaps(k, discOf(at))));
    if (!c) continue;
    kept.push(discOf(c));
    chosen.push({ l, c });
  }
  // West to east by the places' points (a disc beside a ring may sit west of its place).
  chosen.sort((a, b) => a.l.at[0] - b.l.at[0] || a.l.at[1] - b.l.at[1]);
  const marks = chosen.map(({ l }, i) => ({ letter: String.fromCharCode(65 + i), name: l.text, kind: l.kind, lonlat: l.lonlat }));
  const svg = chosen
    .map(
      ({ l, c }, i) =>
        `<g data-mark="${marks[i]!.letter}" data-kind="${escapeXml(l.kind)}" data-point="${l.at.map((v) => v.toFixed(1)).join(' ')}" data-lonlat="${l.lonlat.join(' ')}"><circle cx="${c[0].toFixed(1)}" cy="${c[1].toFixed(1)}" r="${MARK_RADIUS}" fill="#fff" stroke="#1f2a33" stroke-width="1.5"/><text x="${c[0].toFixed(1)}" y="${(c[1] + 4.5).toFixed(1)}" text-anchor="middle" font-family="sans-serif" font-size="13" font-weight="700" fill="#1f2a33">${marks[i]!.letter}</text></g>`,
    )
    .join('\n');
  return { svg, marks, discs: kept };
}

/** Lengths a scale bar may show, in km: the longest that fits is drawn. */
const SCALE_STEPS = [10, 20, 50, 100, 200, 500, 1000, 2000];

/** A scale bar in the bottom-left corner, true at the picture's middle latitude (Mercator stretches away from it). */
function scaleBar(projection: ReturnType<typeof geoMercator>): { svg: string; box: Box } {
  const { width, height } = STATIC_SIZE;
  const [cx, cy] = [width / 2, height / 2];
  const a = projection.invert!([cx - 50, cy])!;
  const b = projection.invert!([cx + 50, cy])!;
  const kmPerPx = distance(a, b, { units: 'kilometers' }) / 100;
  const km = [...SCALE_STEPS].reverse().find((k) => k / kmPerPx <= 160) ?? SCALE_STEPS[0]!;
  const px = km / kmPerPx;
  const [x, y] = [14, height - 14];
  const svg = `<g data-scale-km="${km}" data-scale-px="${px.toFixed(2)}" stroke="#1f2a33" stroke-width="2" fill="none"><path d="M${x} ${y - 6}V${y}H${(x + px).toFixed(1)}V${y - 6}"/><text x="${x}" y="${y - 10}" font-family="sans-serif" font-size="12" fill="#1f2a33" stroke="#fff" stroke-width="3" paint-order="stroke">${km} km</text></g>`;
  return { svg, box: [0, y - 26, x + px + 8, height] };
}

/** Where a measured point's number may sit, as [dx, dy] from the point to the text's start: right, left, above, below. */
const NUMBER_SPOTS: [number, number][] = [[5, -5], [-13, -5], [-4, -8], [-4, 15]];
/** How far out a number may go (px from its point, to the middle of the text) where none of those spots is free, tied to its point by a line. */
const NUMBER_FARTHER = [RING_RADIUS + 12, RING_RADIUS + 24, RING_RADIUS + 40];

/** The points a worksheet asks to measure between, numbered from 1, each number clear of the letters, the ring and the other numbers. */
function measurePoints(points: [number, number][], project: (p: [number, number]) => [number, number] | null, taken: Box[]): string {
  const kept = [...taken];
  return points
    .map((p, i) => {
      const at = project(p);
      if (!at) return '';
      const [x, y] = at;
      const boxOf = ([dx, dy]: [number, number]): Box => [x + dx - 1, y + dy - 11, x + dx + 9, y + dy + 2];
      const free = (d: [number, number]) => boxInside(boxOf(d)) && !kept.some((k) => overlaps(k, boxOf(d)));
      // Beside the point; else farther out (off a ring the point lies in), where a leader shows whose number it is.
      const far = NUMBER_FARTHER.flatMap((r) => AROUND.map(([ux, uy]): [number, number] => [ux * r - 4, uy * r + 4.5]));
      const spot = NUMBER_SPOTS.find(free) ?? far.find(free) ?? NUMBER_SPOTS[0]!;
      kept.push(boxOf(spot));
      const leader = NUMBER_SPOTS.includes(spot)
        ? ''
        : (() => {
            const [cx, cy] = [x + spot[0] + 4, y + spot[1] - 4.5];
            const len = Math.hypot(cx - x, cy - y);
            const [ex, ey] = [x + ((cx - x) * (len - 8)) / len, y + ((cy - y) * (len - 8)) / len];
            return `<line x1="${x.toFixed(1)}" y1="${y.toFixed(1)}" x2="${ex.toFixed(1)}" y2="${ey.toFixed(1)}" stroke="#1f2a33" stroke-width="1"/>`;
          })();
      return `<g data-measure-point="${i + 1}" data-lonlat="${p.join(' ')}">${leader}<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3" fill="#1f2a33" stroke="#fff"/><text x="${(x + spot[0]).toFixed(1)}" y="${(y + spot[1]).toFixed(1)}" font-family="sans-serif" font-size="12" font-weight="700" fill="#1f2a33" stroke="#fff" stroke-width="3" paint-order="stroke">${i + 1}</text></g>`;
    })
    .join('');
}

export function picture(p: Picture, base: StaticBasemap, ringed: Ringed): { svg: string; marks: Mark[] } {
  const size = p.size ?? STATIC_SIZE;
  const inFrame = inFrameOf(size);
  const painted = painter(p.box, size, p.frame ? bleedOf(size) : undefined);
  const { projection, draw } = painted;
  const project = (q: [number, number]) => projection(q) as [number, number] | null;
  const zoom = zoomOf(projection.scale());
  // One path per polygon: a hole in one source tier must not cancel the land of another.
  const landPaths = base.land.features
    .flatMap((f) => polygons(f as never))
    .map(draw)
    .filter(Boolean)
    .map((d) => `<path d="${d}"/>`)
    .join('');
  const sel = p.selected;
  const drawn = p.others.filter((r) => r.properties.featured && ALWAYS_DRAWN.includes(r.properties.kind));
  const layers = [...drawn.map((r) => regionLayer(r, painted, project, false)), ...(sel ? [regionLayer(sel, painted, project, true)] : [])].join('\n');
  const labels: Label[] = [];
  const regionLabel = (r: RegionFeature, chosen: boolean): Label | null => {
    const at = project(r.properties.anchor);
    if (!at || !inFrame(at)) return null;
    const k = r.properties.kind;
    return {
      text: r.properties.name,
      at,
      anchor: r.properties.labelAnchor,
      size: chosen ? 15 : r.properties.featured ? 13 : 11,
      weight: chosen ? 700 : 600,
      colour: r.properties.featured ? '#1f2a33' : '#4a5660',
      maxChars: k === 'strait' ? 9 : k === 'island-group' ? 12 : 16,
      offset: 0.9,
      rank: chosen ? -1 : r.properties.featured ? KIND_RANK[k] : 3.5,
      kind: `region:${r.properties.id}`,
      lonlat: r.properties.anchor,
    };
  };
  for (const r of sel ? [sel, ...p.others] : p.others) {
    const l = regionLabel(r, r === sel);
    if (l) labels.push(l);
  }
  if (p.basemapNames) {
    for (const f of base.islands.features) {
      if (f.properties.minzoom > zoom + 1) continue;
      const lonlat = f.geometry.coordinates as [number, number];
      const at = project(lonlat);
      if (at && inFrame(at)) labels.push({ text: f.properties.name, at, anchor: 'top', size: 11, weight: 400, italic: true, colour: '#3d4a55', maxChars: 14, offset: 0.5, rank: 4, kind: 'island', lonlat });
    }
  }
  const dots: string[] = [];
  for (const f of p.basemapNames ? base.places.features : []) {
    const { name, capital, rank } = f.properties as { name: string; capital?: boolean; rank: number };
    if (!capital && rank > zoom - 1) continue;
    const lonlat = f.geometry.coordinates as [number, number];
    const at = project(lonlat);
    if (!at || !inFrame(at)) continue;
    dots.push(`<circle cx="${at[0].toFixed(1)}" cy="${at[1].toFixed(1)}" r="2.5" fill="${BASEMAP.label}" stroke="#fff"/>`);
    labels.push({ text: name, at, anchor: 'top', size: capital ? 12 : 11, weight: 400, colour: BASEMAP.label, maxChars: 16, offset: 0.6, rank: capital ? 5 : 6, kind: 'place', lonlat });
  }
  // A small chosen place keeps a ring around it, as on the live map, so it can be found: until the picture's zoom shows it.
  const ringAt = sel && (ringed.get(sel.properties.id) ?? -1) > zoom && RINGED_KINDS.includes(sel.properties.kind) ? project(sel.properties.anchor) : null;
  const ring = ringAt ? `<circle cx="${ringAt[0].toFixed(1)}" cy="${ringAt[1].toFixed(1)}" r="${RING_RADIUS}" fill="none" stroke="${KIND_COLOURS[sel!.properties.kind]}" stroke-width="3" data-ring=""/>` : '';
  const drawing = `<g fill="${LAND}">${landPaths}</g>\n${layers}\n${ring}\n${dots.join('')}`;
  if (!p.worksheet) return { svg: (p.frame ? frameSvg : svg)(p.title, `${drawing}\n${placeLabels(labels, size)}`, painted.focus, size), marks: [] };
  const scale = scaleBar(projection);
  // The letters first (the place itself always gets one, beside its ring), then the numbers where they leave room.
  const { svg: letters, marks, discs } = placeMarks(labels, [CREDIT_BOX, scale.box, ...(ringAt ? [ringBox(ringAt)] : [])], ringAt);
  const points = measurePoints(p.worksheet.points, project, discs);
  return { svg: svg(p.title, `${drawing}\n${points}\n${letters}\n${scale.svg}`, painted.focus), marks };
}

/** Where a static page's links lead: relative to public/data/static/ (the build's pages), or absolute (a page made in the browser). */
export interface PageLinks {
  stylesheet: string;
  /** The atlas, from the page's link back. */
  atlas: string;
  /** What the page is, beside the link back. */
  view: string;
}
export const STATIC_LINKS: PageLinks = { stylesheet: 'static.css', atlas: '../../', view: 'static view' };

/** The shell of every static page: plain HTML, the shared stylesheet, a way back to the atlas. */
export function staticPage(title: string, body: string, bodyClass = '', links: PageLinks = STATIC_LINKS): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)} · Statement Atlas</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeXml(links.stylesheet)}">
</head>
<body${bodyClass ? ` class="${bodyClass}"` : ''}>
<p class="back"><a href="${escapeXml(links.atlas)}">Statement Atlas</a> · ${escapeXml(links.view)}</p>
${body}
</body>
</html>
`;
}
