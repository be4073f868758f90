// The measure tool's state, and the view's mode while it is open: two ends,
// clicked on the map or chosen as places, and how the distance between them
// was measured (every result says). The distance, the line and what a click
// is on come from measure-geometry.ts, loaded on first use.
import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { Notice } from '../i18n/messages';
import { type Bounds, unionBounds } from '../model/bounds';
import type { RegionFeature } from '../model/types';
import { prefersReducedMotion } from '../ui/motion';
import type { ClickContext, Mode } from './mode';
import type { Selection } from './selection.svelte';

export interface End {
  at: [number, number];
  label: string;
}

export class MeasureTool implements Mode {
  readonly kind = 'measure';
  readonly hints = true;
  readonly cursor = 'crosshair';
  a = $state.raw<End | null>(null);
  b = $state.raw<End | null>(null);
  /** How the distance is measured, as a message ("between the two points clicked", "coast to coast"). */
  how = $state.raw<Notice | null>(null);
  /** The two places chosen from the lists, when the ends are theirs. */
  places = $state.raw<[string, string] | null>(null);

  /** `drawn`: the places the map draws, each end named (by `name`) by the place it is on. */
  constructor(
    private readonly selection: Selection,
    private readonly drawn: () => RegionFeature[],
    private readonly name: (id: string) => string,
  ) {}

  get active(): boolean {
    return this.selection.mode === this;
  }
  set active(on: boolean) {
    if (on) this.selection.enter(this);
    else this.selection.leave(this);
  }

  get highlighted(): string[] {
    return this.selection.highlighted;
  }

  /**
   * A map click: the first sets A, the second B, a third starts again. The end is named by the place the map
   * says was clicked (`picked`: a small place's ring or marker at a wide view, as a selection would take it), else the one
   * the point is on.
   */
  async pick(picked: string | null, at: [number, number], near: ClickContext): Promise<void> {
    const { placeAt } = await import('../map/measure-geometry');
    const id = picked ?? placeAt(at, near, this.drawn());
    const where = `${at[1].toFixed(3)}°, ${at[0].toFixed(3)}°`;
    const end = { at, label: id ? `${this.name(id)} (${where})` : where };
    this.set(!this.a || this.b ? end : this.a, !this.a || this.b ? null : end, { key: 'measureForm.howClicks' });
  }

  /** A measured line is shown whole, clear of the tool's panel; where the two places meet (0 km), the point, at the zoom the reader has. */
  camera() {
    const { a, b } = this;
    if (!a || !b) return null;
    const [w, s, e, n] = unionBounds([[...a.at, ...a.at], [...b.at, ...b.at]])!;
    // With room around the ends, so the places they are on show (and are named) too.
    const m = Math.max(e - w, n - s) / 6;
    const box: Bounds = [w - m, s - m, e + m, n + m];
    return { box, pointZoom: 0, noZoomOut: true, maxZoom: 9, clearOfTools: true, duration: prefersReducedMotion() ? 0 : 600 };
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
