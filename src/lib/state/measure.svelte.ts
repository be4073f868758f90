// The measure tool's state: two ends, clicked on the map or chosen as places,
// and how the distance between them was measured (every result says).
// The distance, the line and what a click is on come from measure-geometry.ts, loaded on first use.
import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { Notice } from '../i18n/messages';
import type { RegionFeature } from '../model/types';

export interface End {
  at: [number, number];
  label: string;
}

/** Where a click was, beyond its position: the map's zoom, and the wide places (countries, seas) drawn under it. */
export interface ClickContext {
  zoom: number;
  wide: string[];
}

export class MeasureTool {
  active = $state(false);
  a = $state.raw<End | null>(null);
  b = $state.raw<End | null>(null);
  /** How the distance is measured, as a message ("between the two points clicked", "coast to coast"). */
  how = $state.raw<Notice | null>(null);
  /** The two places chosen from the lists, when the ends are theirs. */
  places = $state.raw<[string, string] | null>(null);

  /**
   * A map click: the first sets A, the second B, a third starts again. Each end is
   * named by the place the point is on (`drawn`: the places the map draws), `name` says it.
   */
  async click(at: [number, number], near: ClickContext, drawn: RegionFeature[], name: (id: string) => string): Promise<void> {
    const { placeAt } = await import('../map/measure-geometry');
    const id = placeAt(at, near, drawn);
    const where = `${at[1].toFixed(3)}°, ${at[0].toFixed(3)}°`;
    const end = { at, label: id ? `${name(id)} (${where})` : where };
    this.set(!this.a || this.b ? end : this.a, !this.a || this.b ? null : end, { key: 'measureForm.howClicks' });
  }

  /** Sets both ends (B may wait), how they are measured, and the places they are, if chosen as places. */
  set(a: End | null, b: End | null, how: Notice | null, places: [string, string] | null = null): void {
    this.a = a;
    this.b = b;
    this.how = how;
    this.places = places;
  }

  clear(): void {
    this.set(null, null, null);
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
