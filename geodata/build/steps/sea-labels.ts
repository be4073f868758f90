// Where a sea's name is drawn: in open water, clear of every coast of the
// basemap. Natural Earth's marine polygons are coarse (their coasts are not
// the basemap's) and some straits are slivers on a coast (the Luzon Strait
// on Taiwan's south-east shore), so a polygon's centroid can sit on land.
import * as turf from '@turf/turf';
import polylabel from 'polylabel';
import type { Feature, Point, Polygon, Position } from 'geojson';
import { type Areal, polygons } from './geometry';

/** How far a sea label's point keeps from any coast, in km: a name centred there starts off the land. */
export const SEA_LABEL_CLEARANCE_KM = 20;
/** Less than this from a coast is a label on the coast: the build refuses it. */
export const SEA_LABEL_MIN_CLEARANCE_KM = 10;
/** How far from Natural Earth's point a label may move to find open water, in km. */
const SEARCH_KM = 250;
const KM_PER_DEGREE = 111.2;

/** The land, as polygons with their boxes, to ask "how far is the nearest coast" quickly. */
export interface Coasts {
  parts: { ring: Position[]; box: [number, number, number, number] }[];
  polygons: { polygon: Feature<Polygon>; box: [number, number, number, number] }[];
}

export function coastsOf(land: Areal[]): Coasts {
  const all = land.flatMap((f) => polygons(f));
  return {
    polygons: all.map((polygon) => ({ polygon, box: turf.bbox(polygon) as Coasts['polygons'][number]['box'] })),
    parts: all.flatMap((p) => p.geometry.coordinates.map((ring) => ({ ring, box: turf.bbox(turf.lineString(ring)) as [number, number, number, number] }))),
  };
}

export function onLand([x, y]: Position, coasts: Coasts): boolean {
  return coasts.polygons.some(({ polygon, box }) => x! >= box[0] && x! <= box[2] && y! >= box[1] && y! <= box[3] && turf.booleanPointInPolygon([x!, y!], polygon));
}

/**
 * Distance (km) from a point to the nearest coast, 0 on land; searched out to
 * `within` km (farther counts as `within`). Planar in a local equirectangular
 * frame: exact enough at the tens of km that matter here.
 */
export function clearanceKm(at: Position, coasts: Coasts, within = SEARCH_KM): number {
  if (onLand(at, coasts)) return 0;
  const [x0, y0] = at as [number, number];
  const kx = KM_PER_DEGREE * Math.cos((y0 * Math.PI) / 180);
  const dLat = within / KM_PER_DEGREE;
  const dLon = within / Math.max(kx, 1);
  let best = within;
  for (const { ring, box } of coasts.parts) {
    if (box[0] > x0 + dLon || box[2] < x0 - dLon || box[1] > y0 + dLat || box[3] < y0 - dLat) continue;
    for (let i = 1; i < ring.length; i++) {
      const ax = (ring[i - 1]![0]! - x0) * kx;
      const ay = (ring[i - 1]![1]! - y0) * KM_PER_DEGREE;
      const bx = (ring[i]![0]! - x0) * kx;
      const by = (ring[i]![1]! - y0) * KM_PER_DEGREE;
      const [dx, dy] = [bx - ax, by - ay];
      const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

/** The point of each polygon farthest from its edges (polylabel), longitude shrunk by the cosine of the latitude so "farthest" is in km. */
function poles(area: Areal): Position[] {
  return polygons(area).map((part) => {
    const k = Math.cos((turf.centroid(part).geometry.coordinates[1]! * Math.PI) / 180);
    const pole = polylabel(part.geometry.coordinates.map((ring) => ring.map(([x, y]) => [x! * k, y!])), 0.01);
    return [pole[0]! / k, pole[1]!];
  });
}

/**
 * The point of a sea's open water farthest from its coasts and edges, with
 * that distance in km: the pole of its polygon where that is off the land
 * (an ocean's polygon keeps off most coasts), else the pole of the polygon
 * less the land.
 */
function waterPole(sea: Areal, coasts: Coasts): { at: Position; km: number } | null {
  const best = (points: Position[]) =>
    points.map((at) => ({ at, km: clearanceKm(at, coasts) })).reduce<{ at: Position; km: number } | null>((a, b) => (!a || b.km > a.km ? b : a), null);
  const own = best(poles(sea));
  if (own && own.km >= SEA_LABEL_CLEARANCE_KM) return own;
  const box = turf.bbox(sea) as [number, number, number, number];
  const land = coasts.polygons
    .filter(({ box: b }) => b[0] <= box[2] && b[2] >= box[0] && b[1] <= box[3] && b[3] >= box[1])
    .map(({ polygon }) => turf.bboxClip(polygon, box) as Feature<Polygon>)
    .filter((p) => p.geometry.coordinates.length > 0);
  const water = land.length ? turf.difference(turf.featureCollection([sea, ...land] as Areal[])) : sea;
  return water ? best(poles(water)) : own;
}

/** The open water nearest to a point, at least `clearance` km from any coast, searched on a 5 km grid. */
function nearestOpenWater(from: Position, coasts: Coasts, clearance: number): Position | null {
  const [x0, y0] = from as [number, number];
  const kx = KM_PER_DEGREE * Math.cos((y0 * Math.PI) / 180);
  const step = 5;
  const cells: [number, number][] = [];
  for (let i = -SEARCH_KM / step; i <= SEARCH_KM / step; i++) for (let j = -SEARCH_KM / step; j <= SEARCH_KM / step; j++) cells.push([i * step, j * step]);
  cells.sort((a, b) => Math.hypot(...a) - Math.hypot(...b));
  for (const [dx, dy] of cells) {
    const at = [x0 + dx / kx, y0 + dy / KM_PER_DEGREE];
    if (clearanceKm(at, coasts, clearance) >= clearance) return at;
  }
  return null;
}

/**
 * A sea's label point: its published point where the data give one
 * (geodata/regions/sea-label-points.json); else Natural Earth's (the
 * centroid, or a point on the polygon) where it is clear of the coasts; else
 * the pole of the sea's open water; else, where the polygon holds no open
 * water (a sliver on a coast), the open water nearest to it. The build's
 * check (checkSeaLabels) then holds every point off the land.
 */
export function seaLabelPoint(sea: Feature, coasts: Coasts, name: string, published?: Position): Position {
  if (published) return published;
  const c = turf.centroid(sea);
  const natural = (turf.booleanPointInPolygon(c, sea as Areal) ? c : turf.pointOnFeature(sea)).geometry.coordinates;
  if (clearanceKm(natural, coasts) >= SEA_LABEL_CLEARANCE_KM) return natural;
  const pole = waterPole(sea as Areal, coasts);
  if (pole && pole.km >= SEA_LABEL_MIN_CLEARANCE_KM) return pole.at;
  const open = nearestOpenWater(natural, coasts, SEA_LABEL_CLEARANCE_KM);
  if (open) return open;
  throw new Error(`Sea label "${name}": no open water within ${SEARCH_KM} km of its Natural Earth point ${natural.join(', ')} is ${SEA_LABEL_CLEARANCE_KM} km from a coast`);
}

/** The build's check: every sea label in open water, off the land by the minimum clearance. */
export function checkSeaLabels(labels: Feature<Point, { name: string }>[], coasts: Coasts): void {
  for (const l of labels) {
    const km = clearanceKm(l.geometry.coordinates, coasts);
    if (km < SEA_LABEL_MIN_CLEARANCE_KM) throw new Error(`Sea label "${l.properties.name}" at ${l.geometry.coordinates.join(', ')} is ${km === 0 ? 'on land' : `${km.toFixed(1)} km from a coast`} (at least ${SEA_LABEL_MIN_CLEARANCE_KM} km)`);
  }
}
