// Maintainer tool, run by hand when upstream data changes (never by the app,
// the data build or the tests): copies the extracts the atlas needs from a
// folder laid out like the project's shared data into geodata/sources,
// clipping the large ones, and records both checksums in geodata/sources/SOURCES.json.
//
//   npx tsx geodata/build/import-sources.ts ../shared/data
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { EAST_ASIA_BOX } from '../../src/lib/content/boxes';
import { roundGeometry } from './steps/geometry';
import { type SourceRecord, sha256 as sha } from './steps/sources';

const EAST_ASIA = EAST_ASIA_BOX;
const out = join(import.meta.dirname, '..', 'sources');


function main(shared: string) {
  const entries: SourceRecord[] = [];
  const ne = (file: string, note: string, transform?: (fc: FeatureCollection) => FeatureCollection) => {
    const raw = readFileSync(join(shared, 'natural-earth', file));
    const text = transform ? JSON.stringify(transform(JSON.parse(raw.toString('utf8')))) : raw.toString('utf8');
    mkdirSync(join(out, 'natural-earth'), { recursive: true });
    writeFileSync(join(out, 'natural-earth', file), text);
    entries.push({
      file: `natural-earth/${file}`,
      from: `Natural Earth 10m/50m via martynafford/natural-earth-geojson (commit 0b9a6ce, January 2024): ${file}`,
      upstreamSha256: sha(raw),
      sha256: sha(text),
      licence: 'Public domain (Natural Earth)',
      credit: 'Made with Natural Earth',
      note,
    });
  };
  const clipTo = (bbox: typeof EAST_ASIA) => (fc: FeatureCollection): FeatureCollection => ({
    type: 'FeatureCollection',
    features: fc.features
      .filter((f) => f.geometry && turf.booleanIntersects(turf.bboxPolygon(bbox), f))
      .map((f) => {
        const clipped = turf.bboxClip(f as Feature<Polygon | MultiPolygon>, bbox);
        return { ...clipped, properties: f.properties, geometry: roundGeometry(clipped.geometry, 5) };
      }),
  });

  /** Each feature's point (its label point, or a point on it for a polygon) and box, with only the named properties. */
  const pointsWith = (keep: readonly string[], at?: (f: Feature) => [number, number]) => (fc: FeatureCollection): FeatureCollection => ({
    type: 'FeatureCollection',
    features: fc.features
      .filter((f) => f.geometry)
      .map((f) => {
        const point = at ? at(f) : (turf.pointOnFeature(f as never).geometry.coordinates as [number, number]);
        const properties = Object.fromEntries(keep.filter((k) => f.properties?.[k] !== undefined).map((k) => [k, f.properties![k]]));
        if (f.geometry.type !== 'Point') properties.bbox = turf.bbox(f).map((v) => Math.round(v * 1000) / 1000);
        return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: point.map((v) => Math.round(v * 1000) / 1000) } } as Feature;
      }),
  });
  const ownPoint = (f: Feature) => (f.geometry as Point).coordinates as [number, number];

  ne('ne_10m_geography_marine_polys.json', 'verbatim: named seas, straits and oceans');
  ne('ne_10m_admin_0_disputed_areas.json', 'verbatim: disputed areas (Pinnacle Is., Spratly Is., Paracel Is., Scarborough Reef)');
  ne('ne_10m_admin_0_boundary_lines_maritime_indicator.json', 'verbatim: maritime boundary indicator lines');
  ne('ne_10m_reefs.json', 'verbatim: reefs');
  ne('ne_50m_populated_places_simple.json', 'verbatim: populated places (capitals and cities)');
  // The world gazetteer's divisions, cities and physical regions: points, boxes and names only.
  ne('ne_10m_admin_1_label_points.json', 'label points of first-level divisions: name, admin, iso_a2, adm1_code, scalerank kept; coordinates rounded to 3 decimals', pointsWith(['name', 'admin', 'iso_a2', 'adm1_code', 'scalerank'], ownPoint));
  ne('ne_50m_admin_1_states_provinces.json', 'first-level divisions of the United States, Canada, Australia and Brazil: names, codes and each shape as its label point and box (bbox)', pointsWith(['name', 'name_alt', 'admin', 'iso_a2', 'adm1_code', 'gn_a1_code', 'postal', 'type_en', 'latitude', 'longitude'], (f) => [f.properties!.longitude, f.properties!.latitude]));
  ne('ne_10m_populated_places.json', 'populated places: names (English, alternative, ASCII, Chinese), country and division, class, largest population, GeoNames and Wikidata ids kept; coordinates rounded to 3 decimals', pointsWith(['NAME', 'NAMEALT', 'NAMEASCII', 'ADM0NAME', 'ADM1NAME', 'ISO_A2', 'FEATURECLA', 'POP_MAX', 'GEONAMEID', 'NAME_ZH', 'wikidataid'], ownPoint));
  ne('ne_10m_geography_regions_polys.json', 'physical regions (continents, peninsulas, archipelagos, ranges, deserts…): each polygon as a point on it (turf.pointOnFeature) and its box (bbox), with its names, class, region and scale rank', pointsWith(['name', 'namealt', 'featurecla', 'region', 'subregion', 'scalerank']));
  ne('ne_10m_geography_regions_points.json', 'verbatim: label points of physical features (capes, peaks, …)');
  ne('ne_10m_bathymetry_K_200.json', `clipped to ${EAST_ASIA.join(',')} (west,south,east,north), coordinates rounded to 5 decimals`, clipTo(EAST_ASIA));

  const osm = readFileSync(join(shared, 'osm-land', 'east-asia-land-100m.geojson'));
  mkdirSync(join(out, 'osm-land'), { recursive: true });
  writeFileSync(join(out, 'osm-land', 'east-asia-land-100m.geojson'), osm);
  entries.push({
    file: 'osm-land/east-asia-land-100m.geojson',
    from: '@geo-maps/earth-lands-100m 0.6.0 (land polygons from OpenStreetMap coastlines, 100 m), flattened and clipped to 95°E–160°E, 12°S–50°N',
    upstreamSha256: sha(osm),
    sha256: sha(osm),
    licence: 'ODbL 1.0',
    credit: '© OpenStreetMap contributors',
    note: 'verbatim',
  });

  writeFileSync(join(out, 'SOURCES.json'), `${JSON.stringify({ sources: entries }, null, 2)}\n`);
  console.log(`imported ${entries.length} sources into ${out}`);
}

main(process.argv[2] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data'));
