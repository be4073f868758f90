// Read every input of the data build from geodata/ (and the pinned npm
// packages it names), checking each file against its recorded checksum.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import GeoJSON from 'geojson/geojson.js';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { BBox } from './geometry';
import type { Corrections } from './corrections';
import type { MeasureDef } from './geography';
import { DEFAULT_LANG, LANGS, type Translated } from '../../../src/lib/content/languages';
import { DEFAULT_STATEMENT, STATEMENTS, type StatementEntry } from '../../../src/lib/content/statements';
import type { TourStep } from '../../../src/lib/model/types';

export interface GazetteerEntry {
  id: string;
  name: string;
  role: 'site' | 'islet' | 'anchor' | 'measure' | 'island';
  lat: number;
  lon: number;
  radius_m?: number;
  source: string;
}

export interface IslandGroup {
  id: string;
  name: string;
  ja: string;
  window: BBox;
  /** Where the group's name is drawn, off its islands, and which way the text runs from there. */
  label: { at: [number, number]; anchor: 'left' | 'right' | 'top' | 'bottom' };
  islands: string[];
}

export interface SourceRecord {
  file: string;
  from: string;
  upstreamSha256: string;
  sha256: string;
  licence: string;
  credit: string;
  note: string;
}

/** A statement folder's about.json: where its text was published, and how its section ids are made. */
export interface StatementAbout {
  /** Where the text was published (see StatementSource): `official` only for a government's own text. */
  source: { publisher: string; collection?: string; url: string; licence: string; official?: boolean };
  /** Words that open several headings and are left out of the section ids made from them. */
  sectionIdsOmit?: string[];
}

/** One statement's own files: its folder under geodata/statements. */
export interface StatementSources {
  /** Its entry in the content layer. */
  statement: StatementEntry;
  statementAbout: StatementAbout;
  statementText: string;
  statementSha256: string;
  tour: TourStep[];
  /** Curated corrections to the linker's output (corrections.json), if the folder has any. */
  corrections?: Corrections;
}

export interface Sources extends StatementSources {
  /** The rest of the collection, built beside the flagship (each into its data path). */
  others: StatementSources[];
  regionDefs: RegionDef[];
  gazetteer: Feature<Point, GazetteerEntry>[];
  islandGroups: IslandGroup[];
  /** The basemap's labels in the interface's other languages: by language, English name → name (geodata/regions/basemap-names-<lang>.json). */
  basemapNames: Record<string, Record<string, string>>;
  measures: MeasureDef[];
  /** How the measures are computed, in every interface language. */
  measureMethod: Translated;
  areas: AreaDef[];
  marine: FeatureCollection;
  /** Published points for the seas whose Natural Earth polygon holds no open water (regions/sea-label-points.json). */
  seaLabelPoints: SeaLabelPoint[];
  disputed: FeatureCollection;
  places: FeatureCollection<Point>;
  /** The world gazetteer's further sources: first-level divisions, cities with population, physical regions, and the project's own list (geodata/gazetteer). */
  admin1Points: FeatureCollection<Point>;
  admin1Shapes: FeatureCollection<Point>;
  places10m: FeatureCollection<Point>;
  geographyRegions: FeatureCollection<Point>;
  geographyPoints: FeatureCollection<Point>;
  gazetteerPlaces: string;
  gazetteerNames: string;
  maritimeLines: FeatureCollection;
  bathymetry: FeatureCollection;
  reefs: FeatureCollection;
  osmLand: Feature<Polygon>[];
  countries10m: FeatureCollection;
  countries50m: FeatureCollection;
  land50m: FeatureCollection;
  land10m: FeatureCollection;
  borders50m: Topology;
  records: SourceRecord[];
}

/** Where a sea's name is drawn, with its source. */
export interface SeaLabelPoint {
  name: string;
  at: [number, number];
  source: string;
}

/** A published area, shown beside the computed one (geodata/regions/measures.json). */
export interface AreaDef {
  region: string;
  km2: number;
  source: string;
  url: string;
}

/** How a region's shape is made; one recipe per region (see geodata/README.md). */
export type GeometryRecipe =
  | { marine: string }
  | {
      country: string;
      /** Natural Earth scale (default 50m). */
      scale?: '10m' | '50m';
      /** Simplification in degrees (default none). */
      tolerance?: number;
      /** Other Natural Earth admin-0 units the region governs (the PRC's Hong Kong and Macao). */
      with?: string[];
      /** Gazetteer ids of islands the Natural Earth polygon lacks: the OSM land polygon containing each is added. */
      addLand?: string[];
    }
  | { site: string }
  | { landContaining: string }
  | { land: { windows: BBox[] }; addIslets?: string[] }
  | { islandGroups: string[] }
  | { archipelago: { disputed: string } }
  | {
      marineUnion: {
        west: number;
        east: number;
        maxLatitude: number;
        minLatitude: number;
        classes: string[];
        fillHoles: boolean;
        countries: string[];
      };
    };

export interface RegionDef {
  id: string;
  name: string;
  kind: import('../../../src/lib/model/types').RegionKind;
  featured: boolean;
  terms: string[];
  summary: string;
  names: import('../../../src/lib/model/types').RegionNames;
  card: import('../../../src/lib/model/types').RegionCard;
  geometry: GeometryRecipe;
  /** Camera bounds when the shape's own bbox is a poor view (it spans the antimeridian). */
  focus?: [number, number, number, number];
  /** The least the camera shows around a small place, so its neighbours are in view ([w, s, e, n]). */
  context?: [number, number, number, number];
  /** Where the label goes, when the shape's centre is a poor place for it. */
  label?: { at?: [number, number]; anchor?: import('../../../src/lib/model/types').LabelAnchor };
}

export const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Parses a small RFC 4180 CSV (quoted fields may hold commas and doubled quotes). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Turns gazetteer rows into point features with the `geojson` package. */
export function gazetteerFeatures(csv: string): Feature<Point, GazetteerEntry>[] {
  const rows = parseCsv(csv).map((r) => ({
    ...(r as Record<string, string> & { id: string }),
    lat: Number(r.lat),
    lon: Number(r.lon),
    radius_m: r.radius_m ? Number(r.radius_m) : undefined,
  }));
  for (const r of rows)
    if (!Number.isFinite(r.lat) || !Number.isFinite(r.lon) || Math.abs(r.lat) > 90 || Math.abs(r.lon) > 180)
      throw new Error(`Gazetteer: bad coordinates for "${r.id}"`);
  const fc = GeoJSON.parse(rows, { Point: ['lat', 'lon'], include: ['id', 'name', 'role', 'lat', 'lon', 'radius_m', 'source'] });
  return (fc as FeatureCollection<Point, GazetteerEntry>).features;
}

/** Everything the build reads, for one statement (a folder under geodata/statements, by its id). */
export function loadSources(geodata: string, statement: StatementEntry = DEFAULT_STATEMENT): Sources {
  const require = createRequire(import.meta.url);
  const text = (p: string) => readFileSync(join(geodata, p), 'utf8');
  const json = <T>(p: string): T => JSON.parse(text(p)) as T;
  const { sources: records } = json<{ sources: SourceRecord[] }>('sources/SOURCES.json');
  const checked = <T>(file: string): T => {
    const record = records.find((r) => r.file === file);
    const raw = readFileSync(join(geodata, 'sources', file));
    if (!record) throw new Error(`Source ${file} is not recorded in geodata/sources/SOURCES.json`);
    if (sha256(raw) !== record.sha256) throw new Error(`Source ${file}: checksum differs from SOURCES.json`);
    return JSON.parse(raw.toString('utf8')) as T;
  };
  const topo = (name: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Topology;
  const asFc = (t: Topology, key: string) => feature(t, t.objects[key]!) as unknown as FeatureCollection<Geometry>;
  const c10 = topo('countries-10m.json');
  const c50 = topo('countries-50m.json');
  const ofStatement = (entry: StatementEntry): StatementSources => {
    const folder = `statements/${entry.id}`;
    const statementText = text(`${folder}/source.txt`);
    return {
      statement: entry,
      statementAbout: json<StatementAbout>(`${folder}/about.json`),
      statementText,
      statementSha256: sha256(statementText),
      tour: json<{ steps: TourStep[] }>(`${folder}/tour.json`).steps,
      ...(existsSync(join(geodata, folder, 'corrections.json')) ? { corrections: json<Corrections>(`${folder}/corrections.json`) } : {}),
    };
  };
  const measureFile = json<{ method: Translated; measures: MeasureDef[]; areas?: AreaDef[] }>('regions/measures.json');

  return {
    ...ofStatement(statement),
    others: STATEMENTS.filter((e) => e.id !== statement.id).map(ofStatement),
    regionDefs: json<{ regions: RegionDef[] }>('regions/regions.json').regions,
    gazetteer: gazetteerFeatures(text('regions/gazetteer.csv')),
    islandGroups: json<{ groups: IslandGroup[] }>('regions/island-groups.json').groups,
    basemapNames: Object.fromEntries(
      LANGS.filter((l) => l !== DEFAULT_LANG && existsSync(join(geodata, `regions/basemap-names-${l}.json`))).map((l) => [l, json<{ names: Record<string, string> }>(`regions/basemap-names-${l}.json`).names]),
    ),
    measures: measureFile.measures,
    measureMethod: measureFile.method,
    areas: measureFile.areas ?? [],
    marine: checked('natural-earth/ne_10m_geography_marine_polys.json'),
    seaLabelPoints: json<{ points: SeaLabelPoint[] }>('regions/sea-label-points.json').points,
    disputed: checked('natural-earth/ne_10m_admin_0_disputed_areas.json'),
    places: checked('natural-earth/ne_50m_populated_places_simple.json'),
    admin1Points: checked('natural-earth/ne_10m_admin_1_label_points.json'),
    admin1Shapes: checked('natural-earth/ne_50m_admin_1_states_provinces.json'),
    places10m: checked('natural-earth/ne_10m_populated_places.json'),
    geographyRegions: checked('natural-earth/ne_10m_geography_regions_polys.json'),
    geographyPoints: checked('natural-earth/ne_10m_geography_regions_points.json'),
    gazetteerPlaces: text('gazetteer/places.csv'),
    gazetteerNames: text('gazetteer/names.csv'),
    maritimeLines: checked('natural-earth/ne_10m_admin_0_boundary_lines_maritime_indicator.json'),
    bathymetry: checked('natural-earth/ne_10m_bathymetry_K_200.json'),
    reefs: checked('natural-earth/ne_10m_reefs.json'),
    osmLand: checked<FeatureCollection<Polygon>>('osm-land/east-asia-land-100m.geojson').features,
    countries10m: asFc(c10, 'countries'),
    countries50m: asFc(c50, 'countries'),
    land50m: asFc(topo('land-50m.json'), 'land'),
    land10m: asFc(topo('land-10m.json'), 'land'),
    borders50m: c50,
    records,
  };
}
