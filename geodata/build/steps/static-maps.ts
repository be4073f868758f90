// Static pictures of the map, pre-rendered at build time: one SVG per region
// (its focus view, the region highlighted) and one of the overview. They are
// the embed's preview while no live map is needed, the picture when WebGL is
// missing, and with static/<id>.html the page a reader without JavaScript gets.
import * as turf from '@turf/turf';
import { geoMercator, geoPath, type GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { BASEMAP, KIND_COLOURS } from '../../../src/lib/map/style';
import type { RegionCollection, RegionFeature, Statement } from '../../../src/lib/model/types';
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
<text x="${width - 6}" y="${height - 6}" text-anchor="end" font-family="sans-serif" font-size="11" fill="#4f5a63">${escapeXml(CREDIT)}</text>
</svg>
`;
}

function label(text: string, [x, y]: [number, number]): string {
  const t = escapeXml(text);
  return `<text x="${x.toFixed(1)}" y="${(y - 10).toFixed(1)}" text-anchor="middle" font-family="sans-serif" font-size="15" font-weight="600" fill="#1f2a33" stroke="#fff" stroke-width="4" paint-order="stroke">${t}</text>`;
}

function regionLayer(r: RegionFeature, draw: (f: Feature) => string, project: (p: [number, number]) => [number, number] | null): string {
  const colour = KIND_COLOURS[r.properties.kind];
  if (r.geometry.type === 'Point') {
    const at = project(r.geometry.coordinates as [number, number]);
    return at ? `<circle cx="${at[0].toFixed(1)}" cy="${at[1].toFixed(1)}" r="7" fill="${colour}" stroke="#fff" stroke-width="2"/>` : '';
  }
  const d = draw(r as Feature);
  return d ? `<path d="${d}" fill="${colour}" fill-opacity="0.28" stroke="${colour}" stroke-width="2"/>` : '';
}

function picture(title: string, box: [number, number, number, number], land: FeatureCollection, shown: RegionFeature[], labelled = shown): string {
  const { projection, draw } = painter(box);
  const project = (p: [number, number]) => projection(p) as [number, number] | null;
  // One path per polygon: a hole in one source tier must not cancel the land of another.
  const landPaths = land.features
    .flatMap((f) => polygons(f as never))
    .map(draw)
    .filter(Boolean)
    .map((d) => `<path d="${d}"/>`)
    .join('');
  const layers = shown.map((r) => regionLayer(r, draw, project)).join('\n');
  const labels = labelled
    .map((r) => {
      const at = project(r.properties.anchor);
      return at ? label(r.properties.name, at) : '';
    })
    .join('\n');
  return svg(title, `<g fill="${LAND}">${landPaths}</g>\n${layers}\n${labels}`);
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

export function buildStaticMaps(regions: RegionCollection, land: FeatureCollection, statement: Statement): Map<string, string> {
  const files = new Map<string, string>();
  const featured = regions.features.filter((r) => r.properties.featured);
  // The overview names only the seas and the strait: the islands' labels would pile up at this scale.
  const seas = featured.filter((r) => r.properties.kind === 'sea' || r.properties.kind === 'strait');
  files.set('static/static.css', STYLESHEET);
  files.set('static/index.html', contents(regions, statement));
  files.set('static/overview.svg', picture('Map of East Asia with the places the statement names', OVERVIEW, land, featured, seas));
  for (const r of regions.features) {
    files.set(`static/${r.properties.id}.svg`, picture(`Map of ${r.properties.name}`, r.properties.focus, land, [r]));
    files.set(`static/${r.properties.id}.html`, page(r, statement));
  }
  return files;
}
