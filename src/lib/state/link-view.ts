// The view a link to a place opens at, known before the text's data: the data
// build writes each text's views (views.json, a kilobyte), main.ts requests it
// beside the view's code, and the map is built at the place rather than at the
// overview it would then leave. Loaded only for such a link.
import type { StatementEntry } from '../content/statements';
import type { CameraRequest } from '../map/camera';
import type { Bounds } from '../model/bounds';
import { parseUrl } from '../model/url-state';
import { placesRequest } from './camera.svelte';
import { fetchJson, viewsFile } from './data.svelte';
// The map frames the place as soon as it is asked: its code comes with this.
import '../map/frame-request';

/** views.json: each region's camera box (its `focus`), and each tour step's (its own `focus`, else its places'). */
export interface Views {
  regions: Record<string, Bounds>;
  tour: Bounds[][];
}

const isViews = (v: unknown): v is Views =>
  typeof v === 'object' && v !== null && typeof (v as Views).regions === 'object' && Array.isArray((v as Views).tour);

/** The camera request of the place or tour step a query selects, as its selection will ask it; null for none (or one the file does not know). */
export function linkRequest(search: string, { regions, tour }: Views): CameraRequest | null {
  const { state } = parseUrl(search, { hasRegion: (id) => Object.hasOwn(regions, id), hasParagraph: () => true, tourLength: tour.length });
  return placesRequest(state.tour ? tour[state.tour - 1]! : state.region ? [regions[state.region]!] : []);
}

/** The view this page's link opens at (null: the overview). */
export const linkView = async (about: StatementEntry) => linkRequest(location.search, await fetchJson(viewsFile(about), isViews));
