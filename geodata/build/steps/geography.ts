// Computed geography: areas, extents and the distances the statement turns on,
// measured with turf on the map data (great-circle, WGS84 sphere).
import * as turf from '@turf/turf';
import type { Feature, Geometry, Point, Position } from 'geojson';
import { type Areal, polygons } from './geometry';
import type { BuiltShape } from './regions';
import type { AreaDef, GazetteerEntry } from './sources';
import type { Translated } from '../../../src/lib/content/languages';
import { checkTranslated } from './translations';
import type { Geography, Measure, PublishedFigure, RegionGeography } from '../../../src/lib/model/types';

export type { Geography };

export { KM_PER_NMI } from '../../../src/lib/model/units';
import { KM_PER_NMI } from '../../../src/lib/model/units';

export type Endpoint = { point: string } | { nearestOf: string };
export interface MeasureDef {
  id: string;
  label: Translated;
  regions: string[];
  from?: Endpoint;
  to?: Endpoint;
  /** The longest distance across a region (a chain's length). */
  span?: string;
  /** The shortest distance between the largest part of one region and another region. */
  gap?: [string, string];
  published?: PublishedFigure;
}

/** Length of one degree of latitude (and of longitude at the equator) on the 6,371 km sphere. */
const KM_PER_DEGREE = (Math.PI * 6371) / 180;

/**
 * Degrees of longitude a set of positions covers, the short way round: a
 * shape that crosses the antimeridian (Russia, the Indo-Pacific) spans the
 * complement of the widest empty gap between its longitudes.
 */
export function longitudeSpan(positions: Position[]): number {
  const lons = [...new Set(positions.map((p) => ((p[0]! % 360) + 360) % 360))].sort((a, b) => a - b);
  if (lons.length < 2) return 0;
  let gap = 360 - lons.at(-1)! + lons[0]!;
  for (let i = 1; i < lons.length; i++) gap = Math.max(gap, lons[i]! - lons[i - 1]!);
  return 360 - gap;
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;
const roundPos = (p: Position): Position => [round(p[0]!, 4), round(p[1]!, 4)];

/** The point of `shape` nearest to `p`, among its vertices and edges. */
function nearestOn(p: Position, shape: Areal): Position {
  const lines = polygons(shape).flatMap((poly) => poly.geometry.coordinates.map((ring) => turf.lineString(ring)));
  let best: { at: Position; d: number } | null = null;
  for (const line of lines) {
    const n = turf.nearestPointOnLine(line, p, { units: 'kilometers' });
    const d = n.properties.dist ?? Infinity;
    if (!best || d < best.d) best = { at: n.geometry.coordinates, d };
  }
  if (!best) throw new Error('nearestOn: empty shape');
  return best.at;
}

const largestPart = (shape: Areal) => polygons(shape).reduce((a, b) => (turf.area(b) > turf.area(a) ? b : a));

export function buildGeography(
  defs: MeasureDef[],
  shapes: Map<string, BuiltShape>,
  gazetteer: Feature<Point, GazetteerEntry>[],
  areas: AreaDef[],
  method: Translated,
): Geography {
  checkTranslated(method, 'Measure method');
  for (const d of defs) checkTranslated(d.label, `Measure ${d.id}: label`);
  const shape = (id: string): Areal => {
    const s = shapes.get(id);
    if (!s || (s.geometry.type !== 'Polygon' && s.geometry.type !== 'MultiPolygon')) throw new Error(`Measure: "${id}" is not an areal region`);
    return s.land ?? turf.feature(s.geometry as Areal['geometry']);
  };
  const point = (id: string): Position => {
    const g = gazetteer.find((e) => e.properties.id === id);
    if (!g) throw new Error(`Measure: gazetteer has no "${id}"`);
    return g.geometry.coordinates;
  };
  const ends = (d: MeasureDef): [Position, Position] => {
    if (d.span) {
      const hull = turf.convex(shape(d.span));
      const pts = hull ? hull.geometry.coordinates[0]! : [];
      let best: [Position, Position] = [pts[0]!, pts[0]!];
      let far = 0;
      for (const a of pts)
        for (const b of pts) {
          const km = turf.distance(a, b);
          if (km > far) (far = km), (best = [a, b]);
        }
      return best;
    }
    if (d.gap) {
      const a = largestPart(shape(d.gap[0]));
      const b = shape(d.gap[1]);
      let best: [Position, Position] | null = null;
      let near = Infinity;
      for (const v of a.geometry.coordinates[0]!) {
        const on = nearestOn(v, b);
        const km = turf.distance(v, on);
        if (km < near) (near = km), (best = [v, on]);
      }
      if (!best) throw new Error(`Measure ${d.id}: empty gap`);
      return best;
    }
    if (!d.from || !d.to) throw new Error(`Measure ${d.id}: needs from/to, span or gap`);
    const from = 'point' in d.from ? point(d.from.point) : largestPart(shape(d.from.nearestOf)).geometry.coordinates[0]![0]!;
    const to = 'point' in d.to ? point(d.to.point) : nearestOn(from, shape(d.to.nearestOf));
    return [from, to];
  };

  const measures = defs.map((d): Measure => {
    const line = ends(d);
    const km = turf.distance(line[0], line[1], { units: 'kilometers' });
    return {
      id: d.id,
      label: d.label,
      regions: d.regions,
      km: round(km),
      nmi: round(km / KM_PER_NMI),
      line: [roundPos(line[0]) as [number, number], roundPos(line[1]) as [number, number]],
      // The two places the line joins (none for a chain's length), for the measure tool.
      ...(d.span ? {} : { ends: (d.gap ?? [d.regions[0]!, d.regions[1]!]) as [string, string] }),
      ...(d.published ? { published: d.published } : {}),
    };
  });

  const regions: Record<string, RegionGeography> = {};
  for (const a of areas) if (!shapes.has(a.region)) throw new Error(`Published area: no region "${a.region}"`);
  for (const [id, s] of shapes) {
    if (s.geometry.type === 'Point') {
      regions[id] = {};
      continue;
    }
    const areal = s.land ?? turf.feature(s.geometry as Geometry as Areal['geometry']);
    const [, south, , north] = turf.bbox(areal);
    const mid = ((south + north) / 2) * (Math.PI / 180);
    const published = areas.find((a) => a.region === id);
    regions[id] = {
      areaKm2: round(turf.area(areal) / 1e6),
      ...(published ? { publishedArea: { km2: published.km2, source: published.source, url: published.url } } : {}),
      extentKm: {
        northSouth: Math.round((north - south) * KM_PER_DEGREE),
        eastWest: Math.round(longitudeSpan(turf.coordAll(areal)) * KM_PER_DEGREE * Math.cos(mid)),
      },
    };
  }
  return {
    method,
    measures,
    regions,
  };
}
