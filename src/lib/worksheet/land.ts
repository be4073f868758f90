// The land a worksheet made in the browser draws: the data build's three land
// tiers, simplified to what a sheet's blank map shows, each ring's points as
// whole-number steps from the one before (so the file gzips small), in
// public/data/worksheet-land.json. Fetched only when a sheet is made.
import type { FeatureCollection, Polygon, Position } from 'geojson';

/** One land tier: its polygons, each ring's points as [dx, dy, dx, dy, …] in units of 10^-digits degrees, unclosed. */
export interface LandTier {
  source: string;
  digits: number;
  polygons: number[][][];
}
export interface LandFile {
  $comment: string;
  tiers: LandTier[];
}

/** A tier from its polygons (their coordinates already rounded to `digits`). */
export function encodeTier(source: string, digits: number, polygons: Position[][][]): LandTier {
  const f = 10 ** digits;
  const ring = (r: Position[]) => {
    let [px, py] = [0, 0];
    // The closing point is the first again: the decoder puts it back.
    return r.slice(0, -1).flatMap(([x, y]) => {
      const [X, Y] = [Math.round(x! * f), Math.round(y! * f)];
      const step = [X - px, Y - py];
      [px, py] = [X, Y];
      return step;
    });
  };
  return { source, digits, polygons: polygons.map((p) => p.map(ring)) };
}

/** The land as polygons, each ring closed again. */
export function decodeLand(file: LandFile): FeatureCollection<Polygon> {
  return {
    type: 'FeatureCollection',
    features: file.tiers.flatMap((t) => {
      const f = 10 ** t.digits;
      const ring = (steps: number[]) => {
        const out: Position[] = [];
        let [x, y] = [0, 0];
        for (let i = 0; i + 1 < steps.length; i += 2) out.push([(x += steps[i]!) / f, (y += steps[i + 1]!) / f]);
        return [...out, out[0]!];
      };
      return t.polygons.map((p) => ({ type: 'Feature' as const, properties: { source: t.source }, geometry: { type: 'Polygon' as const, coordinates: p.map(ring) } }));
    }),
  };
}

export const isLandFile = (v: unknown): v is LandFile => Array.isArray((v as LandFile | null)?.tiers);
