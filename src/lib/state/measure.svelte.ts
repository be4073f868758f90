// The measure tool's state: two ends, clicked on the map or chosen as places.
// The distance and the line come from measure-geometry.ts, loaded on first use.
import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';

import type { Measure } from '../model/types';
import type { Translated } from '../content/languages';

export interface End {
  at: [number, number];
  label: string;
}

/** The atlas's own measure between two places, where the data has one (the distance the cards quote). */
export function measureBetween(measures: Measure[], from: string, to: string): { measure: Measure; reversed: boolean } | null {
  const joins = measures.filter((m) => m.ends && ((m.ends[0] === from && m.ends[1] === to) || (m.ends[0] === to && m.ends[1] === from)));
  // The distance between two places is the shortest the atlas measures (the nearest coast, not a city).
  const found = joins.sort((a, b) => a.km - b.km)[0];
  return found ? { measure: found, reversed: found.ends![0] !== from } : null;
}

export class MeasureTool {
  active = $state(false);
  a = $state.raw<End | null>(null);
  b = $state.raw<End | null>(null);
  /** What the line measures, when it is one of the atlas's measures ("Uotsuri-jima to the nearest coast of Taiwan"). */
  what = $state<Translated | null>(null);
  /** The atlas's measures, for choosing two places (set once the data is in). */
  measures: Measure[] = [];

  /** A map click: the first sets A, the second B, a third starts again. `place` names what was clicked. */
  addPoint(at: [number, number], place?: string | null): void {
    const where = `${at[1].toFixed(3)}°, ${at[0].toFixed(3)}°`;
    const end = { at, label: place ? `${place} (${where})` : where };
    this.what = null;
    if (!this.a || this.b) (this.a = end), (this.b = null);
    else this.b = end;
  }

  /** Two places chosen by name: the atlas's measure between them where there is one, else their label points. */
  choosePlaces(from: End | null, to: End | null, fromId: string, toId: string): void {
    const known = from && to ? measureBetween(this.measures, fromId, toId) : null;
    if (known && from && to) {
      const [p, q] = known.measure.line;
      const [start, end] = known.reversed ? [q, p] : [p, q];
      this.a = { at: start, label: from.label };
      this.b = { at: end, label: to.label };
      this.what = known.measure.label;
      return;
    }
    this.a = from;
    this.b = to;
    this.what = null;
  }

  clear(): void {
    this.a = null;
    this.b = null;
    this.what = null;
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
