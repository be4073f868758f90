// The measure tool's geometry, in a chunk of its own: loaded with the tool's
// form or its first line, never in the first view.
import distance from '@turf/distance';
import greatCircle from '@turf/great-circle';
import type { Feature, LineString, MultiLineString } from 'geojson';
import { KM_PER_NMI } from '../model/units';

type At = [number, number];

/** Great-circle distance in km and nautical miles. */
export function measureDistance(a: At, b: At): { km: number; nmi: number } {
  const km = distance(a, b, { units: 'kilometers' });
  return { km, nmi: km / KM_PER_NMI };
}

/** The geodesic between two points, split at the antimeridian where it crosses it. */
export const geodesic = (a: At, b: At) => greatCircle(a, b, { npoints: 100 }) as Feature<LineString | MultiLineString>;
