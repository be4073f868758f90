// Where a shape's outline is real and where the data build cut it (at the
// antimeridian, at the seams between land tiers): a picture strokes only the
// real edges. Shared by the data build (tiles, static pictures) and the
// worksheets the browser makes.
import type { Geometry, Position } from 'geojson';

/**
 * Lines along which the build cuts polygons: the antimeridian (RFC 7946 asks
 * for it; world-atlas rings jump across it) and, for land, the East Asia box
 * where Natural Earth 10m meets 50m. An edge there is a cut, not a coast or a
 * border: drawn as a line it would be a straight seam across the map.
 */
export interface Cuts {
  /** Meridians (longitudes). */
  x: readonly number[];
  /** Parallels (latitudes). */
  y: readonly number[];
}
export const REGION_CUTS: Cuts = { x: [-180, 180], y: [] };

/** Whether the segment a–b runs along one of the cuts. */
export function alongCut(a: Position, b: Position, cuts: Cuts): boolean {
  const on = (v: number, lines: readonly number[]) => lines.some((c) => Math.abs(v - c) < 1e-9);
  return (on(a[0]!, cuts.x) && on(b[0]!, cuts.x) && a[0] === b[0]) || (on(a[1]!, cuts.y) && on(b[1]!, cuts.y) && a[1] === b[1]);
}

/** The rings' edges that are not cuts, as runs of lines; null when every edge is real (the polygon's own outline will do). */
export function realEdges(geometry: Geometry, cuts: Cuts): Position[][] | null {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.type === 'MultiPolygon' ? geometry.coordinates.flat() : [];
  let cut = false;
  const runs: Position[][] = [];
  for (const ring of rings) {
    // Start the walk at a cut, so a run never wraps round the ring's first point.
    const start = ring.findIndex((p, i) => i < ring.length - 1 && alongCut(p, ring[i + 1]!, cuts));
    if (start < 0) {
      runs.push(ring);
      continue;
    }
    cut = true;
    const walk = [...ring.slice(start, -1), ...ring.slice(0, start + 1)];
    let run: Position[] = [];
    for (let i = 0; i < walk.length - 1; i++) {
      if (alongCut(walk[i]!, walk[i + 1]!, cuts)) {
        if (run.length > 1) runs.push(run);
        run = [];
        continue;
      }
      if (run.length === 0) run.push(walk[i]!);
      run.push(walk[i + 1]!);
    }
    if (run.length > 1) runs.push(run);
  }
  return cut ? runs : null;
}
