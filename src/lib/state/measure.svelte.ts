// The measure tool: two ends (clicked on the map or chosen as places) and the
// great-circle distance between them.
import distance from '@turf/distance';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { KM_PER_NMI } from '../model/units';

export interface End {
  at: [number, number];
  label: string;
}

export class MeasureTool {
  active = $state(false);
  a = $state.raw<End | null>(null);
  b = $state.raw<End | null>(null);

  get km(): number | null {
    return this.a && this.b ? distance(this.a.at, this.b.at, { units: 'kilometers' }) : null;
  }

  get nmi(): number | null {
    const km = this.km;
    return km === null ? null : km / KM_PER_NMI;
  }

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

  /**
   * What the map draws: the ends and the geodesic between them. The geodesic
   * code loads on first use: most readers never measure.
   */
  async features(): Promise<FeatureCollection<Point | LineString | MultiLineString>> {
    const { a, b, km } = this;
    const points: Feature<Point>[] = [a, b].flatMap((e) =>
      e ? [{ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: e.at } }] : [],
    );
    if (!a || !b || km! <= 0.01) return { type: 'FeatureCollection', features: points };
    const { default: greatCircle } = await import('@turf/great-circle');
    const line = greatCircle(a.at, b.at, { npoints: 100 }) as Feature<LineString | MultiLineString>;
    return { type: 'FeatureCollection', features: [line, ...points] };
  }
}
