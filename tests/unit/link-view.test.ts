// A link's first view: the place (or tour step) it names, read from views.json
// before the text's data, asked exactly as its selection will ask once they are
// in, so the map, built at the one, has nothing to do for the other.
import { describe, expect, test } from 'vitest';
import { placesRequest } from '../../src/lib/state/camera.svelte';
import { linkRequest, type Views } from '../../src/lib/state/link-view';
import type { Bounds } from '../../src/lib/model/bounds';
import type { RegionCollection, TourStep } from '../../src/lib/model/types';
import { readJson } from './helpers';

const A: Bounds = [120, 20, 130, 30];
const B: Bounds = [100, 0, 110, 10];
const VIEWS: Views = { regions: { okinawa: A, 'taiwan-strait': B }, tour: [[A], [B, A]] };

describe('linkRequest', () => {
  test('a place, a passage of it, a tour step: the request its selection makes', () => {
    expect(linkRequest('?region=okinawa', VIEWS)).toEqual(placesRequest([A]));
    expect(linkRequest('?region=okinawa&p=p6', VIEWS)).toEqual(placesRequest([A]));
    expect(linkRequest('?region=okinawa&lang=ja&embed=1', VIEWS)).toEqual(placesRequest([A]));
    expect(linkRequest('?tour=2', VIEWS)).toEqual(placesRequest([B, A]));
    // A tour step wins over a region, as the selection has it.
    expect(linkRequest('?tour=1&region=taiwan-strait', VIEWS)).toEqual(placesRequest([A]));
  });

  test('the overview for a passage alone, an unknown place or step, or nothing', () => {
    for (const q of ['', '?p=p3', '?region=atlantis', '?region=%3Cimg%3E', '?tour=3', '?tour=0', '?tour=x', '?quiz=4']) expect(linkRequest(q, VIEWS), q).toBeNull();
  });
});

test("views.json holds each region's camera box and each tour step's (its own focus, else its places' in order)", () => {
  for (const dir of ['', 'statements/sample-geography-primer/']) {
    const views = readJson<Views>(`public/data/${dir}views.json`);
    const regions = readJson<RegionCollection>('public/data/regions-lite.geojson').features.map((f) => f.properties);
    const { steps } = readJson<{ steps: TourStep[] }>(`public/data/${dir}tour.json`);
    expect(views.regions).toEqual(Object.fromEntries(regions.map((r) => [r.id, r.focus])));
    expect(views.tour).toEqual(steps.map((s) => (s.focus ? [s.focus] : s.regions.map((id) => regions.find((r) => r.id === id)!.focus))));
  }
});
