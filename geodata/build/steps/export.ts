// Assemble the open data: statement.json, regions.geojson and the basemap,
// each as the exact text written to public/data (so staleness is a string compare).
import * as turf from '@turf/turf';
import type { Geometry } from 'geojson';
import { polygons } from './geometry';
import { TILED_KINDS } from '../../../src/lib/map/tilesets';
import type { RegionCollection, RegionFeature, Statement, TourStep } from '../../../src/lib/model/types';
import { buildBasemap } from './basemap';
import { linkSections, passagesByRegion } from './link';
import { checkCard } from './cards';
import { buildContext } from './context';
import { buildGeography } from './geography';
import { type BuiltShape, buildShape } from './regions';
import { buildStaticMaps } from './static-maps';
import { buildTiles } from './tiles';
import type { Sources } from './sources';
import { parseStatement } from './statement';

export const STATEMENT_SOURCE = {
  publisher: 'Office of the Federal Register, National Archives and Records Administration',
  collection: 'Daily Compilation of Presidential Documents',
  url: 'https://www.govinfo.gov/app/details/DCPD-202500238',
  licence: 'Public domain: a work of the United States Government (17 U.S.C. § 105)',
};

export function buildStatement(s: Sources): Statement {
  const parsed = parseStatement(s.statementText);
  const sections = linkSections(
    parsed.sections,
    s.regionDefs.map((d) => ({ region: d.id, terms: d.terms })),
  );
  return {
    title: parsed.title,
    date: new Date(`${parsed.dateText} UTC`).toISOString().slice(0, 10),
    dateText: parsed.dateText,
    source: { ...STATEMENT_SOURCE, dcpd: parsed.metadata.dcpd, sha256: s.statementSha256 },
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
    const anchor = labelAnchor(shape.geometry);
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
        focus: d.focus ?? bbox,
        anchor,
      },
      geometry: shape.geometry,
    };
  });
  return { type: 'FeatureCollection', features };
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

/** One label point per region, for the map's labels. */
function regionLabels(regions: RegionCollection) {
  return turf.featureCollection(
    regions.features.map((f) => {
      const { id, name, names, kind, featured, anchor } = f.properties;
      // name_ja: the map's labels in the Japanese interface.
      return turf.point(anchor, { id, name, name_ja: names.ja ?? name, kind, featured });
    }),
  );
}

/**
 * What the app loads: every region with all its properties (the text needs
 * them), but geometry only for the islands and sites. The wide outlines
 * (countries, seas) come from the regions tileset, only where the map shows them.
 */
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
    if (!t.title || !t.titleJa) throw new Error(`Tour step ${t.paragraph}: needs a title in English and Japanese`);
    if (t.regions.length === 0 || stray.length) throw new Error(`Tour step ${t.paragraph}: shows places its paragraph does not name (${stray.join(', ')})`);
  }
  return steps;
}

const json = (v: unknown) => `${JSON.stringify(v)}\n`;

/** Every file of public/data, by path relative to it. */
export function buildAll(s: Sources): Map<string, string | Uint8Array> {
  const statement = buildStatement(s);
  const shapes = buildShapes(s);
  const regions = buildRegions(s, statement, shapes);
  const geography = buildGeography(s.measures, shapes, s.gazetteer, s.areas);
  const basemap = buildBasemap(s);
  const credits = s.records.map((r) => ({ file: r.file, credit: r.credit, licence: r.licence }));
  return new Map<string, string | Uint8Array>([
    ['statement.json', `${JSON.stringify(statement, null, 1)}\n`],
    ['regions.geojson', json(regions)],
    ['regions-lite.geojson', json(liteRegions(regions))],
    ['region-labels.geojson', json(regionLabels(regions))],
    ['geography.json', `${JSON.stringify(geography, null, 1)}\n`],
    ['tour.json', `${JSON.stringify({ steps: checkTour(s.tour, statement) }, null, 1)}\n`],
    ...buildTiles(basemap, regions),
    ['basemap/sea-labels.geojson', json(basemap.seaLabels)],
    ['basemap/places.geojson', json(basemap.places)],
    ['basemap/maritime.geojson', json(basemap.maritime)],
    ['credits.json', json({ sources: credits })],
    ...Object.entries(buildContext(s)).map(([name, fc]) => [name, json(fc)] as [string, string]),
    ...buildStaticMaps(regions, basemap.land, statement),
  ]);
}
