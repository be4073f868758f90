// The measure tool's state: two ends, clicked on the map or chosen as places.
// The distance and the line come from measure-geometry.ts, loaded on first use.
import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';

export interface End {
  at: [number, number];
  label: string;
}

export class MeasureTool {
  active = $state(false);
  a = $state.raw<End | null>(null);
  b = $state.raw<End | null>(null);

  /** A map click: the first sets A, the second B, a third starts again. */
  addPoint(at: [number, number]): void {
    const end = { at, label: `${at[1].toFixed(3)}°, ${at[0].toFixed(3)}°` };
    if (!this.a || this.b) (this.a = end), (this.b = null);
    else this.b = end;
  }

  clear(): void {
    this.a = null;
    this.b = null;
  }

  /** What the map draws: the ends and the geodesic between them (none while the tool is unused). */
  async features(): Promise<FeatureCollection<Point | LineString | MultiLineString>> {
    const { a, b } = this;
    const points = [a, b].flatMap((e) => (e ? [{ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: e.at } }] : []));
    if (!a || !b) return { type: 'FeatureCollection', features: points };
    const { measureDistance, geodesic } = await import('../map/measure-geometry');
    const line = measureDistance(a.at, b.at).km > 0.01 ? [geodesic(a.at, b.at)] : [];
    return { type: 'FeatureCollection', features: [...line, ...points] };
  }
}
