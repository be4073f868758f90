// Assemble the open data: statement.json, regions.geojson and the basemap,
// each as the exact text written to public/data (so staleness is a string compare).
import * as turf from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { unionBounds } from '../../../src/lib/model/bounds';
import { polygons } from './geometry';
import { TILED_KINDS } from '../../../src/lib/content/tilesets';
import type { RegionCollection, RegionFeature, Statement, TourStep } from '../../../src/lib/model/types';
import { type Basemap, buildBasemap } from './basemap';
import { linkSections, passagesByRegion } from './link';
import { checkCard } from './cards';
import { buildContext } from './context';
import { buildGeography } from './geography';
import { type BuiltShape, buildShape } from './regions';
import { buildStaticMaps } from './static-maps';
import { buildWorksheets } from './worksheets';
import { buildTiles } from './tiles';
import type { Sources, StatementSources } from './sources';
import { parseStatement } from './statement';
import { checkTranslated, labelNames } from './translations';
import { applyCorrections } from './corrections';
import { buildGazetteer } from './gazetteer';
import type { GazetteerFile } from '../../../src/lib/linker/gazetteer';

export function buildStatement(s: StatementSources & Pick<Sources, 'regionDefs'>): Statement {
  const parsed = parseStatement(s.statementText, { omitFromIds: s.statementAbout.sectionIdsOmit });
  const linked = linkSections(
    parsed.sections,
    s.regionDefs.map((d) => ({ region: d.id, terms: d.terms })),
  );
  const sections = applyCorrections(linked, s.corrections, new Set(s.regionDefs.map((d) => d.id)));
  return {
    title: parsed.title,
    date: new Date(`${parsed.dateText} UTC`).toISOString().slice(0, 10),
    dateText: parsed.dateText,
    source: { ...s.statementAbout.source, dcpd: parsed.metadata.dcpd, sha256: s.statementSha256 },
    metadata: parsed.metadata,
    sections,
  };
}

export function buildShapes(s: Sources): Map<string, BuiltShape> {
  return new Map(s.regionDefs.map((d) => [d.id, buildShape(d, s)]));
}

export function buildRegions(s: Sources, statement: Statement, shapes = buildShapes(s)): RegionCollection {
  const passages = passagesByRegion(statement.sections);
  const features: RegionFeature[] = s.regionDefs.map((d) => {
    const shape = shapes.get(d.id)!;
    const bbox = turf.bbox(shape.geometry).map((v) => Math.round(v * 1e4) / 1e4) as [number, number, number, number];
    const anchor = d.label?.at ?? labelAnchor(shape.geometry);
    checkLabelPoint(d.id, anchor, shape.geometry);
    return {
      type: 'Feature',
      id: d.id,
      properties: {
        id: d.id,
        name: d.name,
        kind: d.kind,
        featured: d.featured,
        summary: d.summary,
        names: d.names,
        card: checkCard(d),
        passages: passages.get(d.id) ?? [],
        source: shape.source,
        licence: shape.licence,
        bbox,
        // A small place is shown with its surroundings, from the map, the list, a link, the tour and an embed alike.
        focus: d.focus ?? (d.context ? (unionBounds([bbox, d.context]) as [number, number, number, number]) : bbox),
        anchor,
        labelAnchor: d.label?.anchor ?? 'center',
      },
      geometry: shape.geometry,
    };
  });
  checkLabelsApart(features);
  return { type: 'FeatureCollection', features };
}

/** A label point lies on its region: inside an areal shape, on a site. */
export function checkLabelPoint(id: string, at: [number, number], g: Geometry) {
  const on = g.type === 'Point' ? turf.distance(g.coordinates, at) < 0.01 : turf.booleanPointInPolygon(at, turf.feature(g) as Feature<Polygon | MultiPolygon>);
  if (!on) throw new Error(`Region "${id}": its label point ${at.join(', ')} is not on its shape`);
}

/** Featured places have labels of their own: no two label points within this distance. */
export const LABELS_APART_KM = 25;

export function checkLabelsApart(features: RegionFeature[]) {
  const featured = features.filter((f) => f.properties.featured);
  for (const a of featured)
    for (const b of featured)
      if (a !== b && turf.distance(a.properties.anchor, b.properties.anchor) < LABELS_APART_KM)
        throw new Error(`Regions "${a.properties.id}" and "${b.properties.id}": label points under ${LABELS_APART_KM} km apart`);
}

/** Where a region's label goes: inside its largest part (near its centre when that is inside). */
function labelAnchor(g: Geometry): [number, number] {
  if (g.type === 'Point') return g.coordinates as [number, number];
  const parts = polygons(turf.feature(g));
  const largest = parts.reduce((a, b) => (turf.area(b) > turf.area(a) ? b : a));
  const centre = turf.centerOfMass(largest);
  const at = turf.booleanPointInPolygon(centre, largest) ? centre : turf.pointOnFeature(largest);
  return at.geometry.coordinates.map((v) => Math.round(v * 1e3) / 1e3) as [number, number];
}

/** A place whose box is smaller than this across is ringed when selected. */
const SMALL_PLACE_KM = 200;

/** A small place gets a ring when selected, so it can be found at low zoom (not a chain, whose ring would mark one island). */
const isRinged = ([w, s, e, n]: number[]) => turf.distance([w!, s!], [e!, n!]) < SMALL_PLACE_KM;
const ringedRegions = (regions: RegionCollection) => new Set(regions.features.filter((f) => isRinged(f.properties.bbox)).map((f) => f.properties.id));

/** A ring is drawn until the place itself is this many pixels across: then it is seen, and a ring would only clutter it. */
const RING_SEEN_PX = 40;
const RING_MAX_ZOOM = 9;
/** The zoom from which a ringed place is big enough to see unringed: its land's size, not its spread (the Senkakus' rocks spread wide). */
function ringUntil(f: RegionFeature): number {
  if (!f.geometry) return RING_MAX_ZOOM;
  const km = Math.sqrt(turf.area(f as never)) / 1000;
  const kmPerPxAtZoom0 = (40075 * Math.cos((f.properties.anchor[1] * Math.PI) / 180)) / 512;
  const zoom = Math.log2((RING_SEEN_PX * kmPerPxAtZoom0) / km);
  return Math.min(RING_MAX_ZOOM, Math.max(0, Math.round(zoom * 10) / 10));
}

/** One label point per region, for the map's labels. */
function regionLabels(regions: RegionCollection, ringed: Set<string>) {
  return turf.featureCollection(
    regions.features.map((f) => {
      const { id, name, names, kind, featured, anchor, labelAnchor } = f.properties;
      const ring = ringed.has(id);
      // name_<lang>: the map's labels in each other interface language.
      return turf.point(anchor, { id, name, ...labelNames(name, names), kind, featured, anchor: labelAnchor, ring, ...(ring ? { ringUntil: ringUntil(f) } : {}) });
    }),
  );
}

/** The islands the cards and tools talk about, named on the map from the zoom their part asks. */
function islandNames(regions: RegionCollection) {
  return turf.featureCollection(
    regions.features.flatMap((f) =>
      (f.properties.card.parts ?? []).flatMap((p) => (p.label ? [turf.point([p.lon, p.lat], { name: p.label, region: f.properties.id, minzoom: p.minzoom ?? 6 })] : [])),
    ),
  );
}

/**
 * What the app loads: every region with all its properties (the text needs
 * them), but geometry only for the islands and sites. The wide outlines
 * (countries, seas) come from the regions tileset, only where the map shows them.
 */
/**
 * The sea labels, each that names a region marked with the region's id: the
 * map hides those where it draws the region, so a sea is not labelled twice,
 * and its style needs only the text's region ids, not the names (the map is
 * built before the data, with every region drawn).
 */
function seaLabelsFor(labels: Basemap['seaLabels'], regions: RegionCollection): Basemap['seaLabels'] {
  const byName = new Map(regions.features.map((f) => [f.properties.name, f.properties.id]));
  return {
    ...labels,
    features: labels.features.map((f) => {
      const region = byName.get(f.properties?.name);
      return region ? { ...f, properties: { ...f.properties, region } } : f;
    }),
  };
}

function liteRegions(regions: RegionCollection): RegionCollection {
  return {
    ...regions,
    features: regions.features.map((f) => (TILED_KINDS.includes(f.properties.kind) ? { ...f, geometry: null as unknown as RegionFeature['geometry'] } : f)),
  };
}

/**
 * The tour, checked: one step per paragraph that names a place, in reading
 * order, each showing only places its paragraph names.
 */
export function checkTour(steps: TourStep[], statement: Statement): TourStep[] {
  const naming = statement.sections.flatMap((s) => s.paragraphs).filter((p) => p.mentions.length > 0);
  const order = naming.map((p) => p.id).join(',');
  if (steps.map((t) => t.paragraph).join(',') !== order) throw new Error(`Tour: steps must be the place-naming paragraphs in order (${order})`);
  for (const t of steps) {
    const named = new Set(naming.find((p) => p.id === t.paragraph)!.mentions.map((m) => m.region));
    const stray = t.regions.filter((r) => !named.has(r));
    checkTranslated(t.title, `Tour step ${t.paragraph}: title`);
    if (!t.why?.trim() || !/^https:\/\//.test(t.source?.url ?? '') || !t.source.title) throw new Error(`Tour step ${t.paragraph}: needs one sentence on why the place matters, with an https source`);
    if (t.regions.length === 0 || stray.length) throw new Error(`Tour step ${t.paragraph}: shows places its paragraph does not name (${stray.join(', ')})`);
  }
  return steps;
}

const json = (v: unknown) => `${JSON.stringify(v)}\n`;
/** One place per line, so a change to the gazetteer reads as a diff. */
const gazetteerJson = (g: GazetteerFile) =>
  `{"$comment":${JSON.stringify(g.$comment)},\n"sources":${JSON.stringify(g.sources)},\n"givenNames":${JSON.stringify(g.givenNames)},\n"defaults":${JSON.stringify(g.defaults)},\n"places":[\n${g.places.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`;

/**
 * The rest of the collection, each statement into its data path (its text
 * and tour), and collection.json: every statement, newest first, and which
 * of its paragraphs name each region, for the panel that compares them.
 */
function collectionFiles(s: Sources, flagship: Statement): [string, string][] {
  const built = [{ entry: s.statement, statement: flagship }];
  const files: [string, string][] = [];
  for (const other of s.others) {
    const statement = buildStatement({ ...other, regionDefs: s.regionDefs });
    const tour = other.tour.length ? checkTour(other.tour, statement) : [];
    built.push({ entry: other.statement, statement });
    files.push([`${other.statement.dataPath}statement.json`, `${JSON.stringify(statement, null, 1)}\n`]);
    files.push([`${other.statement.dataPath}tour.json`, `${JSON.stringify({ steps: tour }, null, 1)}\n`]);
  }
  built.sort((a, b) => b.statement.date.localeCompare(a.statement.date));
  const regions: Record<string, { statement: string; paragraphs: string[] }[]> = {};
  for (const { entry, statement } of built)
    for (const [region, paragraphs] of passagesByRegion(statement.sections)) (regions[region] ??= []).push({ statement: entry.id, paragraphs });
  const statements = built.map(({ entry, statement }) => ({ id: entry.id, title: statement.title, date: statement.date, dataPath: entry.dataPath, ...(entry.sample ? { sample: true } : {}) }));
  files.push(['collection.json', `${JSON.stringify({ statements, regions }, null, 1)}\n`]);
  return files;
}

/** Every file of public/data, by path relative to it. */
export function buildAll(s: Sources): Map<string, string | Uint8Array> {
  const statement = buildStatement(s);
  const shapes = buildShapes(s);
  const regions = buildRegions(s, statement, shapes);
  const geography = buildGeography(s.measures, shapes, s.gazetteer, s.areas, s.measureMethod);
  const basemap = buildBasemap(s);
  const tour = checkTour(s.tour, statement);
  const names = { land: basemap.land, islands: islandNames(regions), places: basemap.places };
  const ringed = ringedRegions(regions);
  const credits = s.records.map((r) => ({ file: r.file, credit: r.credit, licence: r.licence }));
  return new Map<string, string | Uint8Array>([
    ['statement.json', `${JSON.stringify(statement, null, 1)}\n`],
    ['regions.geojson', json(regions)],
    ['regions-lite.geojson', json(liteRegions(regions))],
    ['region-labels.geojson', json(regionLabels(regions, ringed))],
    ['geography.json', `${JSON.stringify(geography, null, 1)}\n`],
    ['tour.json', `${JSON.stringify({ steps: tour }, null, 1)}\n`],
    ['gazetteer.json', gazetteerJson(buildGazetteer(s, regions))],
    ...collectionFiles(s, statement),
    ...buildTiles(basemap, regions),
    ['basemap/sea-labels.geojson', json(seaLabelsFor(basemap.seaLabels, regions))],
    ['basemap/places.geojson', json(basemap.places)],
    ['basemap/island-names.geojson', json(islandNames(regions))],
    ['basemap/maritime.geojson', json(basemap.maritime)],
    ['credits.json', json({ sources: credits })],
    ...Object.entries(buildContext(s)).map(([name, fc]) => [name, json(fc)] as [string, string]),
    ...buildStaticMaps(regions, names, ringed, statement),
    ...buildWorksheets(regions, names, ringed, statement, tour, geography),
  ]);
}
