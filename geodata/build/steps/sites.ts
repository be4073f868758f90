// A site (a base, a city: a point) that lies in a larger place the text names
// (an island, a country) is drawn, labelled and picked apart from it only from
// the zoom where its marker no longer covers that place: below it, the place
// is what a click there means. Okinawa at the overview is Okinawa, not Futenma.
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { RegionFeature } from '../../../src/lib/model/types';
import { PICK_SLACK_PX, SITE_RADIUS_PX, SITE_RIM_PX } from '../../../src/lib/content/markers';
import { kmPerPx } from '../../../src/lib/model/units';

export { kmPerPx };

/** A marker may cover at most this share of its container as drawn for the two to be told apart. */
export const MARKER_SHARE = 0.25;

/** MapLibre's tile size: the world is 512 px across at zoom 0. */
const TILE_PX = 512;

/** What a click on a marker covers: the circle, its rim and the click's slack, as a disc (px²). */
export const MARKER_AREA_PX2 = Math.PI * (SITE_RADIUS_PX + SITE_RIM_PX + PICK_SLACK_PX) ** 2;

/**
 * The whole zoom from which a marker covers at most MARKER_SHARE of a place
 * of `areaKm2` around latitude `lat` (0 when it never covers that much).
 * Whole, because MapLibre filters a layer's features by the zoom of their tile.
 */
export function apartFromZoom(areaKm2: number, lat: number): number {
  // area in px² at zoom z = areaKm2 / kmPerPx(lat, z)², which grows 4× per zoom.
  const z = 0.5 * Math.log2((MARKER_AREA_PX2 * kmPerPx(lat, 0) ** 2) / (MARKER_SHARE * areaKm2));
  return Math.max(0, Math.ceil(z));
}

const isAreal = (f: RegionFeature): f is RegionFeature & Feature<Polygon | MultiPolygon> => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';

/**
 * For each site inside another region's shape: that region (the smallest
 * that holds it, by area as drawn) and the zoom from which the site is told
 * apart from it. Sites inside no region are absent.
 */
export function siteContainers(features: RegionFeature[]): Map<string, { within: string; apartFrom: number }> {
  const areal = features.filter(isAreal).map((f) => ({ f, km2: turf.area(f) / 1e6 }));
  const out = new Map<string, { within: string; apartFrom: number }>();
  for (const site of features) {
    if (site.geometry.type !== 'Point') continue;
    const at = site.geometry.coordinates;
    const holders = areal.filter(({ f }) => turf.booleanPointInPolygon(at, f)).sort((a, b) => a.km2 - b.km2);
    const container = holders[0];
    if (container) out.set(site.properties.id, { within: container.f.properties.id, apartFrom: apartFromZoom(container.km2, at[1]!) });
  }
  return out;
}

/** The smallest map frame the atlas fits a place into (px): an embed 280 px wide, or a phone's map under its tools, less their padding. */
export const SMALLEST_FRAME_PX: [number, number] = [220, 150];

/** The zoom at which a box [west, south, east, north] fills a frame of `width` × `height` px (Web Mercator, 512 px tiles). */
export function fitZoom([w, s, e, n]: [number, number, number, number], [width, height]: [number, number]): number {
  const y = (lat: number) => 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
  return Math.min(Math.log2((width * 360) / ((e - w) * TILE_PX)), Math.log2(height / ((y(s) - y(n)) * TILE_PX)));
}

/** A site's view (its focus) shows it apart from its container even in the smallest frame: the camera goes where it can be told apart. */
export function checkSiteFocus(f: RegionFeature): void {
  const { id, focus, apartFrom } = f.properties;
  if (apartFrom === undefined) return;
  const zoom = fitZoom(focus, SMALLEST_FRAME_PX);
  if (zoom < apartFrom) throw new Error(`Region "${id}": its focus box fits at zoom ${zoom.toFixed(1)} in a ${SMALLEST_FRAME_PX.join('×')} px map, below ${apartFrom}, where it is drawn apart from "${f.properties.within}"`);
}
