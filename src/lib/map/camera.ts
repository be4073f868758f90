// What a view asks of the map's camera. The map only carries requests out;
// which request a click, a selection, a quiz or a measure makes is the view's.
import type { Bounds } from '../model/bounds';

export interface CameraRequest {
  /** The box to show, large; a point when west = east and south = north. */
  box: Bounds;
  /** Places shown around it, in order, as far as they leave it large (the others of a tour step). */
  context?: Bounds[];
  /** The zoom a point is shown at. */
  pointZoom: number;
  /** The closest an area is fitted. */
  maxZoom: number;
  /** A point keeps the current zoom when that is closer already. */
  noZoomOut?: boolean;
  /** Move only if the box is seen smaller than its own view would show it (a place clicked on the map). */
  onlyIfCloser?: boolean;
  /** Keep clear of the tools and their open panel at the map's top right too, beside or below them (a measured line, a quiz's place). */
  clearOfTools?: boolean;
  /** ms; by default 800, or 0 under reduced motion. */
  duration?: number;
}
