// Assemble the open data: statement.json, regions.geojson and the basemap,
// each as the exact text written to public/data (so staleness is a string compare).
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { unionBounds } from '../../../src/lib/model/bounds';
import { LARGE_SHARE } from '../../../src/lib/model/framing';
import { polygons } from './geometry';
import { TILED_KINDS } from '../../../src/lib/content/tilesets';
import type { Distances, RegionCollection, RegionFeature, Statement, StatementMetadata, TourStep } from '../../../src/lib/model/types';
import { type Basemap, buildBasemap } from './basemap';
import { linkSections, passagesByRegion } from './link';
import { checkCard } from './cards';
import { buildContext } from './context';
import { buildGeography } from './geography';
import { type BuiltShape, buildShape } from './regions';
import { buildStaticMaps, type Ringed } from './static-maps';
import { checkSiteFocus, siteContainers } from './sites';
import { buildDistances, checkMeasuresAgree, distancesFile } from './distances';
import { buildWorksheets } from './worksheets';
import { worksheetLand } from './worksheet-land';
import { buildTiles } from './tiles';
import type { Sources, StatementSources } from './sources';
import { parseStatement } from './statement';
import { checkTranslated, labelNames } from './translations';
import { applyCorrections } from './corrections';
import { buildGazetteer } from './gazetteer';
import type { GazetteerFile } from '../../../src/lib/linker/gazetteer';

/** The source's own number for the text, from its DCPD fields; none where they say "None". */
const referenceOf = (metadata: StatementMetadata | undefined) => {
  const n = metadata?.dcpd.trim();
  return n && !/^none\.?$/i.test(n) ? { reference: n } : {};
};

/** The gazetteer, and its sources apart: a card of a user's gazetteer place names its source without loading the gazetteer. */
const gazetteerFiles = (g: GazetteerFile): [string, string][] => [
  ['gazetteer.json', gazetteerJson(g)],
  ['gazetteer-sources.json', json({ sources: g.sources })],
];

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
    source: { official: false, ...s.statementAbout.source, ...referenceOf(parsed.metadata), sha256: s.statementSha256 },
    ...(parsed.metadata && { metadata: parsed.metadata }),
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
  for (const [id, apart] of siteContainers(features)) {
    const f = features.find((x) => x.properties.id === id)!;
    Object.assign(f.properties, apart);
    checkSiteFocus(f);
  }
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
/** Each ringed place with the zoom from which it is seen unringed. */
const ringedRegions = (regions: RegionCollection): Ringed =>
  new Map(regions.features.filter((f) => isRinged(f.properties.bbox)).map((f) => [f.properties.id, ringUntil(f)]));

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
function regionLabels(regions: RegionCollection, ringed: Ringed) {
  return turf.featureCollection(
    regions.features.map((f) => {
      const { id, name, names, kind, featured, anchor, labelAnchor, within, apartFrom } = f.properties;
      const ring = ringed.has(id);
      // name_<lang>: the map's labels in each other interface language; a site is labelled apart from its container from `apartFrom`.
      return turf.point(anchor, { id, name, ...labelNames(name, names), kind, featured, anchor: labelAnchor, ring, ...(ring ? { ringUntil: ringed.get(id) } : {}), ...(within ? { within, apartFrom } : {}) });
    }),
  );
}

/**
 * Labels with their names in the interface's other languages (`name_<lang>`,
 * from geodata/regions/basemap-names-<lang>.json) where the table has one.
 * Fails on a table entry that names no label: a misspelt name would be silent.
 */
function namedLabels<C extends FeatureCollection>(collections: C[], tables: Sources['basemapNames']): C[] {
  const used = new Set<string>();
  const out = collections.map((fc) => ({
    ...fc,
    features: fc.features.map((f) => {
      const name = String(f.properties?.name ?? '');
      const extra = Object.entries(tables).flatMap(([lang, names]) => (names[name] ? (used.add(`${lang}:${name}`), [[`name_${lang}`, names[name]]]) : []));
      return extra.length ? { ...f, properties: { ...f.properties, ...Object.fromEntries(extra) } } : f;
    }),
  }));
  for (const [lang, names] of Object.entries(tables))
    for (const name of Object.keys(names)) if (!used.has(`${lang}:${name}`)) throw new Error(`basemap-names-${lang}.json: "${name}" names no label of the basemap`);
  return out;
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
    if (!t.why?.trim() || !/^https:\/\//.test(t.source?.url ?? '') || !t.source?.title) throw new Error(`Tour step ${t.paragraph}: needs one sentence on why the place matters, with an https source`);
    if (t.regions.length === 0 || stray.length) throw new Error(`Tour step ${t.paragraph}: shows places its paragraph does not name (${stray.join(', ')})`);
  }
  return steps;
}

const json = (v: unknown) => `${JSON.stringify(v)}\n`;

/**
 * views.json, what a link's first view reads beside the app's code, before
 * the text's data (src/lib/state/link-view.ts): each region's camera box and
 * each tour step's boxes (its own, else its places'), so the map is built at
 * the place a link names.
 */
export function viewsFile(regions: RegionCollection, tour: TourStep[]): string {
  const boxes = Object.fromEntries(regions.features.map((f) => [f.properties.id, f.properties.focus]));
  const steps = tour.map((t) => (t.focus ? [t.focus] : t.regions.map((id) => boxes[id]!)));
  return `{"regions":${JSON.stringify(boxes)},\n"tour":${JSON.stringify(steps)}}\n`;
}

/** Web Mercator y (0 at the top of the world, 1 at its foot). */
const mercatorY = (lat: number) => 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);

/**
 * A step's own camera box (`focus`, for steps about the same places that need
 * telling apart), checked: [west, south, east, north] (east past 180° by less
 * than a turn), holding the label point of the step's first place, which fills
 * at least LARGE_SHARE of its width or height: the step is still about that place.
 */
export function checkStepFocus(steps: TourStep[], regions: RegionCollection): void {
  for (const t of steps) {
    if (!t.focus) continue;
    const where = `Tour step ${t.paragraph}: its focus ${JSON.stringify(t.focus)}`;
    const [w, s, e, n] = t.focus;
    if (![w, s, e, n].every(Number.isFinite) || !(w < e && e - w < 360 && w >= -180 && s < n && s >= -85 && n <= 85)) throw new Error(`${where} is not a box [west, south, east, north]`);
    const first = regions.features.find((f) => f.properties.id === t.regions[0])!.properties;
    const [lon, lat] = first.anchor;
    const inside = (x: number) => x >= w && x <= e;
    if (!(inside(lon) || inside(lon + 360)) || lat < s || lat > n) throw new Error(`${where} does not hold the label point of ${first.id}`);
    const [fw, fs, fe, fn] = first.focus;
    const shift = inside((fw + fe) / 2 + 360) && !inside((fw + fe) / 2) ? 360 : 0;
    const across = Math.max(0, Math.min(e, fe + shift) - Math.max(w, fw + shift)) / (e - w);
    const down = Math.max(0, mercatorY(Math.max(s, fs)) - mercatorY(Math.min(n, fn))) / (mercatorY(s) - mercatorY(n));
    if (Math.max(across, down) < LARGE_SHARE) throw new Error(`${where} shows ${first.id} small (${Math.round(Math.max(across, down) * 100)}% of its width or height; at least ${LARGE_SHARE * 100}%)`);
  }
}
/** One pair per line, so a change reads as a diff. */
const distancesJson = (d: Distances) => `{"$comment":${JSON.stringify(d.$comment)},\n"pairs":[\n${d.pairs.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`;
/** One place per line, so a change to the gazetteer reads as a diff. */
const gazetteerJson = (g: GazetteerFile) =>
  `{"$comment":${JSON.stringify(g.$comment)},\n"sources":${JSON.stringify(g.sources)},\n"givenNames":${JSON.stringify(g.givenNames)},\n"defaults":${JSON.stringify(g.defaults)},\n"places":[\n${g.places.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`;

/**
 * The rest of the collection, each statement into its data path (its text
 * and tour), and collection.json: every statement, newest first, and which
 * of its paragraphs name each region, for the panel that compares them.
 */
function collectionFiles(s: Sources, flagship: Statement, places: RegionCollection): [string, string][] {
  const built = [{ entry: s.statement, statement: flagship }];
  const files: [string, string][] = [];
  for (const other of s.others) {
    const statement = buildStatement({ ...other, regionDefs: s.regionDefs });
    const tour = other.tour.length ? checkTour(other.tour, statement) : [];
    checkStepFocus(tour, places);
    built.push({ entry: other.statement, statement });
    files.push([`${other.statement.dataPath}statement.json`, `${JSON.stringify(statement, null, 1)}\n`]);
    files.push([`${other.statement.dataPath}tour.json`, `${JSON.stringify({ steps: tour }, null, 1)}\n`]);
    files.push([`${other.statement.dataPath}views.json`, viewsFile(places, tour)]);
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
  const distances = buildDistances(regions.features, shapes);
  checkMeasuresAgree(geography.measures, distances);
  const basemap = buildBasemap(s);
  const tour = checkTour(s.tour, statement);
  const [seaLabels, places, islands] = namedLabels([seaLabelsFor(basemap.seaLabels, regions), basemap.places, islandNames(regions)], s.basemapNames);
  checkStepFocus(tour, regions);
  const names = { land: basemap.land, islands: islandNames(regions), places: basemap.places };
  const ringed = ringedRegions(regions);
  const credits = s.records.map((r) => ({ file: r.file, credit: r.credit, licence: r.licence }));
  return new Map<string, string | Uint8Array>([
    ['statement.json', `${JSON.stringify(statement, null, 1)}\n`],
    ['regions.geojson', json(regions)],
    ['regions-lite.geojson', json(liteRegions(regions))],
    ['region-labels.geojson', json(regionLabels(regions, ringed))],
    ['geography.json', `${JSON.stringify(geography, null, 1)}\n`],
    ['distances.json', distancesJson(distancesFile(distances))],
    ['tour.json', `${JSON.stringify({ steps: tour }, null, 1)}\n`],
    ['views.json', viewsFile(regions, tour)],
    ...gazetteerFiles(buildGazetteer(s, regions)),
    ...collectionFiles(s, statement, regions),
    ...buildTiles(basemap, regions),
    ['basemap/sea-labels.geojson', json(seaLabels)],
    ['basemap/places.geojson', json(places)],
    ['basemap/island-names.geojson', json(islands)],
    ['basemap/maritime.geojson', json(basemap.maritime)],
    ['worksheet-land.json', worksheetLand(basemap.land)],
    ['credits.json', json({ sources: credits })],
    ...Object.entries(buildContext(s)).map(([name, fc]) => [name, json(fc)] as [string, string]),
    ...buildStaticMaps(regions, names, ringed, statement),
    ...buildWorksheets(regions, names, ringed, statement, tour, geography),
  ]);
}
