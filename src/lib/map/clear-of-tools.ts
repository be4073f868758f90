// Where a fit keeps clear of what is laid over the map: its own chunk, loaded by
// the first request that asks (a measured line, a quiz's place), not in the first view.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Bounds } from '../model/bounds';

export type Padding = { top: number; right: number; bottom: number; left: number };

/** Room kept between a fitted box and what covers the map. */
const ROOM = 16;

/**
 * Padding that keeps a fit of `box` clear of the panels (`padding`), of the tools
 * (and an open tool's panel) at the map's top right, beside them or below them,
 * whichever shows the box larger, and of the scale and the credits at the bottom
 * (a phone's padding is less than they take). Read when asked: the tools may just have changed.
 */
export function clearOfTools(m: MapLibreMap, box: Bounds, maxZoom: number, tools: HTMLElement | undefined, padding: Padding): Padding {
  const corner = (at: string) => m.getContainer().querySelector<HTMLElement>(`.maplibregl-ctrl-bottom-${at}`)?.offsetHeight ?? 0;
  const pad = { ...padding, bottom: Math.max(padding.bottom, corner('left') + ROOM, corner('right') + ROOM) };
  if (!tools) return pad;
  const beside = { ...pad, right: Math.max(pad.right, m.getContainer().clientWidth - tools.offsetLeft + ROOM) };
  const below = { ...pad, top: Math.max(pad.top, tools.offsetTop + tools.offsetHeight + ROOM) };
  const zoom = (p: Padding) => m.cameraForBounds(box, { padding: p, maxZoom })?.zoom ?? -1;
  return zoom(beside) > zoom(below) ? beside : below;
}
