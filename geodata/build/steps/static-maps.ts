// Static pictures of the map, pre-rendered at build time: one SVG per region
// (its focus view, the region highlighted) and one of the overview. They are
// the embed's preview while no live map is needed, the picture when WebGL is
// missing, and with static/<id>.html the page a reader without JavaScript gets.
import * as turf from '@turf/turf';
import { geoMercator, geoPath, type GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { BASEMAP, KIND_COLOURS } from '../../../src/lib/map/style';
import type { LabelAnchor, RegionCollection, RegionFeature, RegionKind, Statement } from '../../../src/lib/model/types';
import { polygons } from './geometry';

export const STATIC_SIZE = { width: 800, height: 500 };
/** The overview's box, as the app's first view. */
const OVERVIEW: [number, number, number, number] = [100, 2, 150, 44];
/** Land without a coast stroke (the source tiers meet along straight seams), a shade darker than the live map's to compensate. */
const LAND = '#ebe6da';
const CREDIT = 'Natural Earth · © OpenStreetMap contributors';

/** One stylesheet for the static pages: no inline styles, so they run under the atlas's CSP. */
const STYLESHEET = `body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:0 auto;padding:1rem;color:#1f2a33}
img{width:100%;height:auto;border:1px solid #d5dadd}
blockquote{font-family:Georgia,serif;margin:0;padding-left:.8rem;border-left:4px solid #ccc}
figure{margin:1rem 0}
figcaption{font-size:.85rem;color:#4f5a63}
`;

/** HTML/XML text escape: the data is ours, but text is text. */
export const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Drops points closer than `min` px to the last one kept: a picture needs no sub-pixel detail. */
function thinning(out: GeoStream, min: number): GeoStream {
  let last: [number, number] | null = null;
  return {
    point(x, y) {
      if (last && Math.abs(x - last[0]) + Math.abs(y - last[1]) < min) return;
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
const forD3 = (f: Feature): Feature => turf.rewind(f as Feature<Geometry>, { reverse: true }) as Feature;

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

function painter(box: [number, number, number, number]) {
  const { width, height } = STATIC_SIZE;
  const [w, s, e, n] = viewBox(box);
  const pad = 24;
  const projection = geoMercator()
    .rotate([-(w + e) / 2, 0])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      { type: 'MultiPoint', coordinates: [[w, s], [e, n], [w, n], [e, s]] },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath({ stream: (out: GeoStream) => projection.stream(thinning(out, 0.8)) }).digits(1);
  const area = geoPath(projection);
  /** The path of a shape, without parts smaller than a pixel. */
  const draw = (f: Feature) =>
    polygons(f as never)
      .map(forD3)
      .filter((p) => area.area(p) >= 1)
      .map((p) => path(p) ?? '')
      .join('');
  return { projection, draw };
}

function svg(title: string, body: string): string {
  const { width, height } = STATIC_SIZE;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t"><title id="t">${escapeXml(title)}</title>
<rect width="${width}" height="${height}" fill="${BASEMAP.water}"/>
${body}
<text x="${width - 6}" y="${height - 6}" text-anchor="end" font-family="sans-serif" font-size="11" fill="#4f5a63" stroke="#fff" stroke-width="3" paint-order="stroke" data-credit="">${escapeXml(CREDIT)}</text>
</svg>
`;
}

/** A name to draw: where, how, and how important (lower wins where two would overlap). */
interface Label {
  text: string;
  at: [number, number];
  anchor: LabelAnchor;
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

/** The label's lines and the box they take, placed from its point as MapLibre's text-anchor and text-offset would. */
function layout(l: Label): { lines: string[]; box: Box } {
  const lines = wrap(l.text, l.maxChars);
  // Average glyph advance of a sans-serif face: an estimate, with room to spare for the halo.
  const w = Math.max(...lines.map((t) => t.length)) * l.size * (l.weight > 400 ? 0.6 : 0.56);
  const h = lines.length * l.size * 1.2;
  const gap = l.offset * l.size;
  const [x, y] = l.at;
  const left = { bottom: x - w / 2, top: x - w / 2, left: x + gap, right: x - gap - w, center: x - w / 2 }[l.anchor];
  const top = { bottom: y - gap - h, top: y + gap, left: y - h / 2, right: y - h / 2, center: y - h / 2 }[l.anchor];
  return { lines, box: [left, top, left + w, top + h] };
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * The labels that fit: in rank order, each kept only if it lies inside the
 * picture (clear of the credit) and off every label kept before it, as the live map's collisions.
 */
function placeLabels(labels: Label[]): string {
  const { width, height } = STATIC_SIZE;
  const credit: Box = [width - 6 - CREDIT.length * 11 * 0.56, height - 20, width, height];
  const kept: Box[] = [credit];
  const out: string[] = [];
  for (const l of [...labels].sort((a, b) => a.rank - b.rank)) {
    const { lines, box } = layout(l);
    if (box[0] < 2 || box[1] < 2 || box[2] > width - 2 || box[3] > height - 2 || kept.some((k) => overlaps(k, box))) continue;
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
export interface StaticBasemap {
  land: FeatureCollection;
  islands: FeatureCollection<Point, { name: string; region: string; minzoom: number }>;
  places: FeatureCollection<Point>;
}

function regionLayer(r: RegionFeature, draw: (f: Feature) => string, project: (p: [number, number]) => [number, number] | null, selected: boolean): string {
  const colour = KIND_COLOURS[r.properties.kind];
  if (r.geometry.type === 'Point') {
    const at = project(r.geometry.coordinates as [number, number]);
    return at ? `<circle cx="${at[0].toFixed(1)}" cy="${at[1].toFixed(1)}" r="${selected ? 8 : 6}" fill="${colour}" stroke="#fff" stroke-width="2"/>` : '';
  }
  const d = draw(r as Feature);
  if (!d) return '';
  return selected
    ? `<path d="${d}" fill="${colour}" fill-opacity="0.28" stroke="${colour}" stroke-width="2"/>`
    : `<path d="${d}" fill="${colour}" fill-opacity="0.12" stroke="${colour}" stroke-opacity="0.6" stroke-width="1" stroke-dasharray="4 2"/>`;
}

/** Kinds drawn as shapes on every picture, as the live map draws them (seas and countries only when chosen). */
const ALWAYS_DRAWN = ['island-group', 'island', 'site'];
/** Kinds the live map rings when small and chosen (a site is a marker already). */
const RINGED_KINDS = ['island-group', 'island'];
/** Where labels collide, the live map's order: island groups, then seas and straits, islands, sites, the rest. */
const KIND_RANK: Record<RegionKind, number> = { 'island-group': 0, sea: 1, strait: 1, island: 2, site: 3, country: 3, region: 3 };
/** Whether a projected point lies inside the picture. */
const inFrame = ([x, y]: [number, number]) => x >= 0 && x <= STATIC_SIZE.width && y >= 0 && y <= STATIC_SIZE.height;

interface Picture {
  title: string;
  box: [number, number, number, number];
  /** The other regions: all labelled where they fit, the featured islands and sites drawn. */
  others: RegionFeature[];
  /** The chosen region, drawn strong, labelled first and ringed when small. */
  selected?: RegionFeature;
  /** Whether the overview's basemap names (islands, towns) are drawn; the overview leaves them out. */
  basemapNames: boolean;
}

function picture(p: Picture, base: StaticBasemap, ringed: Set<string>): string {
  const { projection, draw } = painter(p.box);
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
  const layers = [...drawn.map((r) => regionLayer(r, draw, project, false)), ...(sel ? [regionLayer(sel, draw, project, true)] : [])].join('\n');
  const labels: Label[] = [];
  const regionLabel = (r: RegionFeature, chosen: boolean): Label | null => {
    const at = project(r.properties.anchor);
    if (!at || !inFrame(at)) return null;
    const k = r.properties.kind;
    return {
      text: r.properties.name,
      at,
      anchor: r.properties.labelAnchor,
      size: chosen ? 15 : r.properties.featured ? 13 : 12,
      weight: chosen ? 700 : 600,
      colour: r.properties.featured ? '#1f2a33' : '#4a5660',
      maxChars: k === 'strait' ? 9 : k === 'island-group' ? 12 : 16,
      offset: 0.9,
      rank: chosen ? -1 : r.properties.featured ? KIND_RANK[k] : 3.5,
      kind: `region:${r.properties.id}`,
    };
  };
  for (const r of sel ? [sel, ...p.others] : p.others) {
    const l = regionLabel(r, r === sel);
    if (l) labels.push(l);
  }
  if (p.basemapNames) {
    for (const f of base.islands.features) {
      if (f.properties.minzoom > zoom + 1) continue;
      const at = project(f.geometry.coordinates as [number, number]);
      if (at && inFrame(at)) labels.push({ text: f.properties.name, at, anchor: 'top', size: 11, weight: 400, italic: true, colour: '#3d4a55', maxChars: 14, offset: 0.5, rank: 4, kind: 'island' });
    }
  }
  const dots: string[] = [];
  for (const f of p.basemapNames ? base.places.features : []) {
    const { name, capital, rank } = f.properties as { name: string; capital?: boolean; rank: number };
    if (!capital && rank > zoom - 1) continue;
    const at = project(f.geometry.coordinates as [number, number]);
    if (!at || !inFrame(at)) continue;
    dots.push(`<circle cx="${at[0].toFixed(1)}" cy="${at[1].toFixed(1)}" r="2.5" fill="${BASEMAP.label}" stroke="#fff"/>`);
    labels.push({ text: name, at, anchor: 'top', size: capital ? 12 : 11, weight: 400, colour: BASEMAP.label, maxChars: 16, offset: 0.6, rank: capital ? 5 : 6, kind: 'place' });
  }
  // A small chosen place keeps a ring around it, as on the live map, so it can be found.
  const ringAt = sel && ringed.has(sel.properties.id) && RINGED_KINDS.includes(sel.properties.kind) ? project(sel.properties.anchor) : null;
  const ring = ringAt ? `<circle cx="${ringAt[0].toFixed(1)}" cy="${ringAt[1].toFixed(1)}" r="18" fill="none" stroke="${KIND_COLOURS[sel!.properties.kind]}" stroke-width="3"/>` : '';
  return svg(p.title, `<g fill="${LAND}">${landPaths}</g>\n${layers}\n${ring}\n${dots.join('')}\n${placeLabels(labels)}`);
}

/** The shell of every static page: plain HTML, the shared stylesheet, a way back to the atlas. */
function staticPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)} · Statement Atlas</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="static.css">
</head>
<body>
<p><a href="../../">Statement Atlas</a> · static view</p>
${body}
</body>
</html>
`;
}

/** A plain page for one region: the picture, what it is, and the passages that name it, verbatim. */
function page(r: RegionFeature, statement: Statement): string {
  const p = r.properties;
  const paragraphs = statement.sections.flatMap((s) => s.paragraphs.map((para) => ({ ...para, heading: s.heading })));
  const passages = p.passages
    .map((id) => paragraphs.find((x) => x.id === id)!)
    .map((x) => `<figure><blockquote>${escapeXml(x.text)}</blockquote><figcaption>¶${x.id.slice(1)}${x.heading ? ` · ${escapeXml(x.heading)}` : ''}</figcaption></figure>`)
    .join('\n');
  return staticPage(
    p.name,
    `<h1>${escapeXml(p.name)}</h1>
<img src="${escapeXml(p.id)}.svg" alt="Map of ${escapeXml(p.name)}" width="800" height="500">
<p>${escapeXml(p.summary)}</p>
<h2>What the statement says</h2>
${passages || '<p>The statement does not name this place.</p>'}
<p>From: ${escapeXml(statement.title)}, ${escapeXml(statement.dateText)} (${escapeXml(statement.source.dcpd)}). <a href="../../?region=${encodeURIComponent(p.id)}">Open the interactive atlas</a>.</p>`,
  );
}

/** The no-JavaScript entry: the overview picture and every place, linked to its page. */
function contents(regions: RegionCollection, statement: Statement): string {
  const items = regions.features
    .map((r) => `<li><a href="${escapeXml(r.properties.id)}.html">${escapeXml(r.properties.name)}</a> (${r.properties.passages.length} ${r.properties.passages.length === 1 ? 'passage' : 'passages'})</li>`)
    .join('\n');
  return staticPage(
    'The statement place by place',
    `<h1>${escapeXml(statement.title)}</h1>
<p>${escapeXml(statement.dateText)}. The places the statement names, each with the passages that name it:</p>
<img src="overview.svg" alt="Map of East Asia with the places the statement names" width="800" height="500">
<ul>
${items}
</ul>`,
  );
}

export function buildStaticMaps(regions: RegionCollection, base: StaticBasemap, ringed: Set<string>, statement: Statement): Map<string, string> {
  const files = new Map<string, string>();
  files.set('static/static.css', STYLESHEET);
  files.set('static/index.html', contents(regions, statement));
  // The overview names the featured places, as the live map's first view; towns and islets would pile up at this scale.
  files.set('static/overview.svg', picture({ title: 'Map of East Asia with the places the statement names', box: OVERVIEW, others: regions.features, basemapNames: false }, base, ringed));
  for (const r of regions.features) {
    const others = regions.features.filter((f) => f !== r);
    files.set(`static/${r.properties.id}.svg`, picture({ title: `Map of ${r.properties.name}`, box: r.properties.focus, others, selected: r, basemapNames: true }, base, ringed));
    files.set(`static/${r.properties.id}.html`, page(r, statement));
  }
  return files;
}
