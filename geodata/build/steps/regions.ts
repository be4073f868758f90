// Make each region's shape from the sources, following its recipe in
// geodata/regions/regions.json. The engine knows recipes, not places.
import * as turf from '@turf/turf';
import type { Feature, Geometry, Point, Polygon } from 'geojson';
import { type Areal, type BBox, bboxWithin, clipLongitudes, cutAntimeridian, fillHoles, finish, polygons, roundGeometry, unite } from './geometry';
import type { GazetteerEntry, GeometryRecipe, RegionDef, Sources } from './sources';

/** Widening of island coastlines: shore points (capes, positions published to the minute) fall inside and islets stay clickable. */
export const ISLAND_MARGIN_KM = 1.5;
/** Widening of the envelope of an archipelago's cited features. */
export const ARCHIPELAGO_MARGIN_KM = 10;

const NE = 'Natural Earth';
const NE_LICENCE = 'Public domain (Natural Earth)';
const OSM = '© OpenStreetMap contributors, via @geo-maps/earth-lands-100m';
const OSM_LICENCE = 'ODbL 1.0';

export interface BuiltShape {
  geometry: Geometry;
  source: string;
  licence: string;
  /** The unwidened land, where the shape is widened (for areas). */
  land?: Areal;
}

const fail = (id: string, what: string): never => {
  throw new Error(`Region "${id}": ${what}`);
};

function gazetteerEntry(s: Sources, id: string, regionId: string): Feature<Point, GazetteerEntry> {
  return s.gazetteer.find((g) => g.properties.id === id) ?? fail(regionId, `gazetteer has no entry "${id}"`);
}

/** OSM land polygons lying wholly inside any of the windows. */
function landInWindows(s: Sources, windows: BBox[]): Feature<Polygon>[] {
  return s.osmLand.filter((f) => {
    const b = turf.bbox(f) as BBox;
    return windows.some((w) => bboxWithin(b, w));
  });
}

/** Land plus a margin, as one repaired multipolygon. */
function widenedLand(regionId: string, land: Areal[], source: string, licence: string): BuiltShape {
  const core = unite(land) ?? fail(regionId, 'no land selected');
  const widened = turf.buffer(core, ISLAND_MARGIN_KM, { units: 'kilometers' }) as Areal;
  return { geometry: finish(widened, 0.002).geometry, land: core, source, licence };
}

function islet(e: Feature<Point, GazetteerEntry>): Areal {
  return turf.circle(e.geometry.coordinates, (e.properties.radius_m ?? 100) / 1000, { steps: 16, units: 'kilometers' });
}

/** The OSM land polygon containing a cited position; fails when there is none (the position is off every coast). */
function landAt(s: Sources, e: Feature<Point, GazetteerEntry>, regionId: string): Feature<Polygon> {
  return s.osmLand.find((f) => turf.booleanPointInPolygon(e.geometry, f)) ?? fail(regionId, `no OSM land contains ${e.properties.name}`);
}

function namedFeature(fc: { features: Feature[] }, key: string, value: string, regionId: string): Areal {
  const f = fc.features.find((x) => (x.properties as Record<string, unknown> | null)?.[key] === value);
  if (!f || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) return fail(regionId, `no areal feature with ${key} "${value}"`);
  return f as Areal;
}

export function buildShape(def: RegionDef, s: Sources): BuiltShape {
  const r: GeometryRecipe = def.geometry;
  if ('marine' in r) {
    const f = namedFeature(s.marine, 'name', r.marine, def.id);
    return { geometry: finish(f, 0.005).geometry, source: `${NE} 10m marine areas: "${r.marine}"`, licence: NE_LICENCE };
  }
  if ('country' in r) {
    // 50m outlines are generalised already; a region that needs islands asks for 10m.
    const scale = r.scale ?? '50m';
    const countries = scale === '10m' ? s.countries10m : s.countries50m;
    const units = [r.country, ...(r.with ?? [])].map((name) => cutAntimeridian(namedFeature(countries, 'name', name, def.id)));
    const added = (r.addLand ?? []).map((id) => gazetteerEntry(s, id, def.id));
    const parts = [...units, ...added.map((e) => landAt(s, e, def.id))];
    const f = parts.length === 1 ? parts[0]! : (unite(parts) ?? fail(def.id, 'empty union'));
    const names = [r.country, ...(r.with ?? [])].map((n) => `"${n}"`).join(' + ');
    const plus = added.length ? `; plus ${OSM} land at ${added.map((e) => `${e.properties.name} (${e.properties.source})`).join('; ')}` : '';
    return {
      geometry: finish(f, r.tolerance ?? 0, 4).geometry,
      source: `${NE} ${scale} admin-0 countries (world-atlas 2.0.2): ${names}${plus}`,
      licence: added.length ? `${NE_LICENCE}; ${OSM_LICENCE} (added islands)` : NE_LICENCE,
    };
  }
  if ('site' in r) {
    const e = gazetteerEntry(s, r.site, def.id);
    return { geometry: roundGeometry(e.geometry, 5), source: `Published position: ${e.properties.source}`, licence: 'Fact (coordinates), cited' };
  }
  if ('landContaining' in r) {
    const e = gazetteerEntry(s, r.landContaining, def.id);
    const land = s.osmLand.filter((f) => turf.booleanPointInPolygon(e.geometry, f));
    return widenedLand(def.id, land, `${OSM}: the land polygon containing ${e.properties.name} (${e.properties.source}), widened ${ISLAND_MARGIN_KM} km`, OSM_LICENCE);
  }
  if ('land' in r) {
    const islets = (r.addIslets ?? []).map((id) => gazetteerEntry(s, id, def.id));
    const land = [...landInWindows(s, r.land.windows), ...islets.map(islet)];
    const added = islets.map((e) => `${e.properties.name}: ${e.properties.source}`).join('; ');
    return widenedLand(def.id, land, `${OSM}, widened ${ISLAND_MARGIN_KM} km${added ? `; plus ${added}` : ''}`, `${OSM_LICENCE}; coordinates cited`);
  }
  if ('islandGroups' in r) {
    const groups = r.islandGroups.map((id) => s.islandGroups.find((g) => g.id === id) ?? fail(def.id, `no island group "${id}"`));
    const land = landInWindows(s, groups.map((g) => g.window));
    return widenedLand(def.id, land, `${OSM}: the ${groups.map((g) => g.name).join(', ')}, widened ${ISLAND_MARGIN_KM} km`, OSM_LICENCE);
  }
  if ('archipelago' in r) {
    // The envelope of the disputed area and every feature the card names, so
    // no part the card lists can fall outside the shape.
    const area = namedFeature(s.disputed, 'BRK_NAME', r.archipelago.disputed, def.id);
    const parts = def.card.parts ?? fail(def.id, 'an archipelago needs the card parts it is the envelope of');
    const points = parts.map((p) => turf.point([p.lon, p.lat]));
    const all = turf.featureCollection([...polygons(area), ...points] as Feature<Polygon | Point>[]);
    const hull = turf.convex(all as never) ?? fail(def.id, 'empty hull');
    const widened = turf.buffer(hull, ARCHIPELAGO_MARGIN_KM, { units: 'kilometers' }) as Areal;
    return {
      geometry: finish(widened, 0.005).geometry,
      source: `Envelope (convex hull widened ${ARCHIPELAGO_MARGIN_KM} km) of ${NE}'s disputed area "${r.archipelago.disputed}" and the cited positions of the ${parts.length} features its card names`,
      licence: `${NE_LICENCE}; coordinates cited`,
    };
  }
  if ('marineUnion' in r) {
    const u = r.marineUnion;
    // A water body belongs if most of it lies in the span and its part there lies south of maxLatitude.
    const clipped = (s.marine.features as Areal[]).flatMap((f) => {
      const p = f.properties as { featurecla?: string };
      if (!p.featurecla || !u.classes.includes(p.featurecla)) return [];
      const parts = clipLongitudes(f, u.west, u.east, u.minLatitude, 90);
      const inside = parts.reduce((a, c) => a + turf.area(c), 0);
      if (parts.length === 0 || inside < 0.25 * turf.area(f)) return [];
      const lat = turf.centroid(turf.featureCollection(parts)).geometry.coordinates[1]!;
      return lat <= u.maxLatitude ? parts : [];
    });
    const countries = u.countries.map((c) => cutAntimeridian(namedFeature(s.countries50m, 'name', c, def.id)));
    const sea = unite(clipped) ?? fail(def.id, 'no waters');
    const whole = unite([u.fillHoles ? fillHoles(sea) : sea, ...countries]) ?? sea;
    return {
      geometry: finish(u.fillHoles ? fillHoles(whole) : whole, 0.05, 3, !u.fillHoles).geometry,
      source: `${NE} 10m marine areas (oceans and seas between ${u.west}°E and ${Math.abs(u.east)}°W) united with ${NE} 50m countries (world-atlas 2.0.2): ${u.countries.join(', ')}`,
      licence: NE_LICENCE,
    };
  }
  return fail(def.id, 'unknown geometry recipe');
}
