// The places the editor lists for words under review (the places a shared name
// may mean, a search's results), marked on the map by the numbers the list
// gives them, so the author sees which Santiago is which before choosing.
import type { FeatureCollection, Point } from 'geojson';
import type { PlaceRef } from '../linker/document';
import type { CameraRequest } from '../map/camera';
import { unionBounds } from '../model/bounds';

/** How the list and the map mark the place the words are linked to now, beside its number. */
export const CHOSEN = '✓';

/** The listed places as points, each with its number in the list (`n`, as the map's marks layer draws it), the chosen one ticked. */
export function marks(places: readonly PlaceRef[], chosen: readonly string[] = []): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: places.map((p, i) => ({
      type: 'Feature',
      properties: { n: chosen.includes(p.id) ? `${i + 1} ${CHOSEN}` : String(i + 1) },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    })),
  };
}

/** A position in Web Mercator pixels at `zoom` (MapLibre's 512 px tiles). */
function pixels([lon, lat]: [number, number], zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return [((lon + 180) / 360) * size, ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * size];
}

/** The listed place whose mark a click at `at` is on (within `tolerance` px at the map's zoom), the nearest; else null. */
export function markAt(places: readonly PlaceRef[], at: [number, number], zoom: number, tolerance = 18): PlaceRef | null {
  const [x, y] = pixels(at, zoom);
  let best: PlaceRef | null = null;
  let bestD = tolerance;
  for (const p of places) {
    const [px, py] = pixels([p.lon, p.lat], zoom);
    const d = Math.hypot(px - x, py - y);
    if (d <= bestD) [best, bestD] = [p, d];
  }
  return best;
}

/** The view that shows every listed place at once, clear of the map's tools, with room around the marks for their names. */
export function marksView(places: readonly PlaceRef[]): CameraRequest | null {
  const box = unionBounds(places.map((p) => [p.lon, p.lat, p.lon, p.lat]));
  if (!box) return null;
  const [w, s, e, n] = box;
  const m = Math.max(e - w, n - s) / 8;
  return { box: [w - m, Math.max(-85, s - m), e + m, Math.min(85, n + m)], pointZoom: 6, maxZoom: 6, clearOfTools: true };
}
