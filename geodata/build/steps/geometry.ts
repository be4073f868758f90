// Small geometry helpers shared by the build steps. Pure: inputs are never mutated.
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export type Areal = Feature<Polygon | MultiPolygon>;
export type BBox = [number, number, number, number];

/** Rounds every coordinate to `digits` decimals (5 ≈ 1 m) so output is small and stable. */
export function roundGeometry<G extends Geometry>(geometry: G, digits = 5): G {
  const f = 10 ** digits;
  const r = (c: unknown): unknown =>
    typeof (c as Position)[0] === 'number'
      ? (c as Position).map((v) => Math.round(v * f) / f)
      : (c as unknown[]).map(r);
  if (geometry.type === 'GeometryCollection') throw new Error('roundGeometry: GeometryCollection is not supported');
  return { ...geometry, coordinates: r((geometry as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates) } as G;
}

/** Splits any areal geometry into single polygons. */
export function polygons(f: Feature<Geometry>): Feature<Polygon>[] {
  const g = f.geometry;
  if (g.type === 'Polygon') return [turf.polygon(g.coordinates)];
  if (g.type === 'MultiPolygon') return g.coordinates.map((c) => turf.polygon(c));
  return [];
}

/**
 * Union of areal features, repaired: polyclip's union rebuilds rings, which
 * removes self-intersections and duplicate points. A single feature is
 * repaired by uniting it with itself.
 */
export function unite(features: Areal[]): Areal | null {
  const list = features.filter((f) => f.geometry.coordinates.length > 0);
  if (list.length === 0) return null;
  const input = list.length === 1 ? [list[0]!, list[0]!] : list;
  return turf.union(turf.featureCollection(input)) as Areal | null;
}

/** Makes a ring's longitudes continuous (no jump over 180°), starting from `from`. */
function unwrapRing(ring: Position[], from: number): Position[] {
  let prev = from;
  return ring.map(([x, y]) => {
    let lon = x!;
    while (lon - prev > 180) lon -= 360;
    while (lon - prev < -180) lon += 360;
    prev = lon;
    return [lon, y!];
  });
}

/**
 * Cuts polygons that cross the antimeridian into parts on either side, as
 * RFC 7946 asks. world-atlas is made for spherical renderers (d3-geo), so its
 * Chukotka, Aleutian or Fiji rings jump from 180° to -180°: on a plane that
 * jump is an edge right across the map.
 */
export function cutAntimeridian(f: Areal): Areal {
  const out: Position[][][] = [];
  for (const p of polygons(f)) {
    const start = p.geometry.coordinates[0]![0]![0]!;
    const rings = p.geometry.coordinates.map((r) => unwrapRing(r, start));
    // A ring that does not close once unwrapped circles a pole (Antarctica): leave it as drawn.
    const circlesPole = rings.some((r) => r[0]![0] !== r.at(-1)![0]);
    const [west, , east] = turf.bbox(turf.multiPoint(rings.flat()));
    if (circlesPole || (west >= -180 && east <= 180)) {
      out.push(p.geometry.coordinates);
      continue;
    }
    for (const shift of [-360, 0, 360]) {
      const clipped = turf.bboxClip(turf.polygon(rings), [-180 - shift, -90, 180 - shift, 90]) as Areal;
      for (const part of polygons(clipped)) {
        const moved = part.geometry.coordinates.map((r) => r.map(([x, y]) => [x! + shift, y!]));
        const kept = tidyRings(moved).filter((r) => turf.area(turf.polygon([r])) > 1);
        if (kept.length > 0) out.push(kept);
      }
    }
  }
  return out.length === 1 ? turf.polygon(out[0]!) : turf.multiPolygon(out);
}

/** Drops the holes of every polygon (fills islands that lie inside a sea union). */
export function fillHoles(f: Areal): Areal {
  const g = f.geometry;
  const rings = g.type === 'Polygon' ? [[g.coordinates[0]!]] : g.coordinates.map((p) => [p[0]!]);
  return rings.length === 1 ? turf.polygon(rings[0]!) : turf.multiPolygon(rings);
}

/** Whether bbox `inner` lies wholly inside `outer`. */
export const bboxWithin = (inner: BBox, outer: BBox) =>
  inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];

/** Clips to a box, crossing the antimeridian when west > east. */
export function clipLongitudes(f: Areal, west: number, east: number, south = -90, north = 90): Areal[] {
  const boxes: BBox[] = west <= east ? [[west, south, east, north]] : [[west, south, 180, north], [-180, south, east, north]];
  return boxes
    .map((b) => turf.bboxClip(f, b) as Areal)
    .filter((c) => polygons(c).some((p) => (p.geometry.coordinates[0]?.length ?? 0) >= 4))
    .map((c) => cleanAreal(c))
    .filter((c): c is Areal => c !== null);
}

/** Removes empty and degenerate rings that clipping can leave behind. */
export function cleanAreal(f: Areal): Areal | null {
  const polys = polygons(f)
    .map((p) => p.geometry.coordinates.filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0 && turf.area(turf.polygon([rings[0]!])) > 1);
  if (polys.length === 0) return null;
  return polys.length === 1 ? turf.polygon(polys[0]!) : turf.multiPolygon(polys);
}

/** Drops repeated points and rings too short to enclose anything. */
function tidyRings(rings: Position[][]): Position[][] {
  return rings
    .map((ring) => ring.filter((c, i) => i === 0 || c[0] !== ring[i - 1]![0] || c[1] !== ring[i - 1]![1]))
    .filter((ring) => new Set(ring.map((c) => `${c[0]},${c[1]}`)).size >= 3 && ring.length >= 4);
}

/**
 * Douglas–Peucker per polygon (turf.simplify), keeping a polygon as it was
 * when simplifying would collapse it (turf throws on rings under 4 points).
 */
export function simplifyAreal(f: Feature<Polygon | MultiPolygon>, tolerance: number, highQuality = true): Areal | null {
  const out = polygons(f)
    .map((p) => tidyRings(p.geometry.coordinates))
    .filter((rings) => rings.length > 0)
    .map((rings) => {
      try {
        return turf.simplify(turf.polygon(rings), { tolerance, highQuality }).geometry.coordinates;
      } catch {
        return rings;
      }
    });
  if (out.length === 0) return null;
  return out.length === 1 ? turf.polygon(out[0]!) : turf.multiPolygon(out);
}

/** Groups of indices linked by the given pairs (union–find). */
function groups(n: number, pairs: [number, number][]): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const [a, b] of pairs) parent[find(a)] = find(b);
  const out = new Map<number, number[]>();
  for (let i = 0; i < n; i++) out.set(find(i), [...(out.get(find(i)) ?? []), i]);
  return [...out.values()];
}

/**
 * Pairs of parts that share a vertex. Parts of a union never overlap, so
 * sharing a vertex is the only way they can touch.
 */
function touchingPairs(parts: Feature<Polygon>[]): [number, number][] {
  const owner = new Map<string, number>();
  const pairs = new Set<string>();
  parts.forEach((p, i) => {
    for (const ring of p.geometry.coordinates)
      for (const [x, y] of ring) {
        const key = `${x},${y}`;
        const other = owner.get(key);
        if (other === undefined) owner.set(key, i);
        else if (other !== i) pairs.add(`${other},${i}`);
      }
  });
  return [...pairs].map((k) => k.split(',').map(Number) as [number, number]);
}

/**
 * Merges the parts of a union that touch at a point (valid for OGC, rejected
 * by turf's booleanValid): all but the largest part of each touching group
 * are widened by `metres` and united with it, as generalisation merges an
 * islet that simplification has moved onto a coast.
 */
export function dissolveTouching(f: Areal, metres = 60): Areal {
  let current = f;
  for (let round = 0; round < 10; round++) {
    const parts = polygons(current);
    const pairs = touchingPairs(parts);
    if (pairs.length === 0) return current;
    const merged = groups(parts.length, pairs).flatMap((g) => {
      if (g.length === 1) return [parts[g[0]!]!];
      const members = g.map((k) => parts[k]!).sort((a, b) => turf.area(b) - turf.area(a));
      const grown = members.slice(1).map((m) => turf.buffer(m, metres / 1000, { units: 'kilometers' }) as Areal);
      return [members[0]!, ...grown];
    });
    current = unite(merged) ?? current;
  }
  return current;
}

/**
 * Union may leave a ring that touches itself at a vertex (a pinch), which
 * turf's booleanValid reads as a spike. Widening such a part by a few metres
 * opens the pinch.
 */
function unpinch(f: Areal, metres = 5): Areal {
  const parts = polygons(f);
  if (parts.every((p) => turf.booleanValid(p))) return f;
  const fixed = parts.map((p) => (turf.booleanValid(p) ? p : (turf.buffer(p, metres / 1000, { units: 'kilometers' }) as Areal)));
  return unite(fixed) ?? f;
}

/** Slivers: parts under this area (m²) are artefacts of cutting at the antimeridian. */
const SLIVER_M2 = 1000;

function dropSlivers(f: Areal): Areal {
  const parts = polygons(f).filter((p) => turf.area(p) >= SLIVER_M2);
  if (parts.length === 0) return f;
  return parts.length === 1 ? parts[0]! : turf.multiPolygon(parts.map((p) => p.geometry.coordinates));
}

/** Rounds, then drops the rings and parts that rounding collapsed. */
export function roundAreal(f: Areal, digits: number): Areal | null {
  const rounded = { ...f, geometry: roundGeometry(f.geometry, digits) };
  const parts = polygons(rounded)
    .map((p) => tidyRings(p.geometry.coordinates).filter((ring) => Math.abs(turf.area(turf.polygon([ring]))) > 1))
    .filter((rings) => rings.length > 0);
  if (parts.length === 0) return null;
  return parts.length === 1 ? turf.polygon(parts[0]!) : turf.multiPolygon(parts);
}

/**
 * What turf's booleanValid and kinks ask of an areal geometry, checked part by
 * part (turf's own check of a multipolygon is quadratic in its parts; parts of
 * a union can only fail it by touching, which touchingPairs finds).
 */
export function isValidAreal(f: Areal): boolean {
  const parts = polygons(f);
  return (
    parts.every((p) => turf.booleanValid(p)) &&
    turf.kinks(f).features.length === 0 &&
    (parts.length === 1 || touchingPairs(parts).length === 0)
  );
}

/**
 * Final form of an areal geometry for export: simplified (tolerance in
 * degrees), rounded to `digits` decimals and, while that leaves it invalid,
 * repaired (union, touching parts merged, slivers dropped) and rounded again;
 * RFC 7946 winding.
 */
export function finish(f: Areal, tolerance: number, digits = 5, holes = true): Areal {
  const simple = (tolerance > 0 ? simplifyAreal(f, tolerance) : f) ?? f;
  let shape = roundAreal(holes ? simple : fillHoles(simple), digits) ?? simple;
  for (let attempt = 0; attempt < 4 && !isValidAreal(shape); attempt++) {
    const repaired = dropSlivers(unpinch(dissolveTouching(unite([shape]) ?? shape)));
    shape = roundAreal(repaired, digits) ?? repaired;
  }
  return turf.rewind(shape, { reverse: false }) as Areal;
}

export const collection = <G extends Geometry, P>(features: Feature<G, P>[]): FeatureCollection<G, P> => ({
  type: 'FeatureCollection',
  features,
});
