// The measure tool's geometry, in a chunk of its own: loaded with the tool's
// form or its first line, never in the first view.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import greatCircle from '@turf/great-circle';
import type { Feature, LineString, MultiLineString } from 'geojson';
import { SITE_RADIUS_PX, SITE_RIM_PX } from '../content/markers';
import type { RegionFeature } from '../model/types';
import { KM_PER_NMI, kmPerPx } from '../model/units';
import { smallestRegion } from './pick';

type At = [number, number];

/** Great-circle distance in km and nautical miles. */
export function measureDistance(a: At, b: At): { km: number; nmi: number } {
  const km = distance(a, b, { units: 'kilometers' });
  return { km, nmi: km / KM_PER_NMI };
}

/** The geodesic between two points, split at the antimeridian where it crosses it. */
export const geodesic = (a: At, b: At) => greatCircle(a, b, { npoints: 100 }) as Feature<LineString | MultiLineString>;

/**
 * The place a point is on, of the places the map draws: the smallest whose shape
 * holds it (an island's from the regions' geometry; a country's or a sea's, whose
 * shapes only the map's tiles carry, as `wide` reports from the map), or a site
 * whose marker it is on, where the map draws that marker at this zoom (the
 * same rule as the map's: from `apartFrom`, if the site's place is drawn).
 *
 * @example placeAt([127.679, 26.212], { zoom: 8, wide: ['japan'] }, regions) // 'okinawa' (Naha, not Futenma 9 km away)
 */
export function placeAt(at: At, { zoom, wide }: { zoom: number; wide: string[] }, drawn: RegionFeature[]): string | null {
  const ids = new Set(drawn.map((r) => r.properties.id));
  const under = drawn.filter(({ geometry: g, properties: p }) => {
    if (!g) return wide.includes(p.id);
    if (g.type === 'Point') {
      const apart = !p.within || !ids.has(p.within) || zoom >= (p.apartFrom ?? 0);
      return apart && distance(at, g.coordinates, { units: 'kilometers' }) / kmPerPx(at[1], zoom) <= SITE_RADIUS_PX + SITE_RIM_PX;
    }
    return (g.type === 'Polygon' || g.type === 'MultiPolygon') && booleanPointInPolygon(at, g);
  });
  return smallestRegion(under.map((r) => ({ id: r.properties.id, bbox: r.properties.bbox })));
}
