// The measure tool's pure parts: what a clicked point is on, and the distance
// between every pair of places, one method for all, held against published
// coordinates and the atlas's own measures.
import { distance } from '@turf/turf';
import { describe, expect, test } from 'vitest';
import { nearest, prepare } from '../../geodata/build/steps/nearest';
import { placeAt } from '../../src/lib/map/measure-geometry';
import type { Distances, Geography, RegionCollection } from '../../src/lib/model/types';
import { readJson } from './helpers';

/** What the app loads: islands and sites with their shapes, countries and seas without (the map's tiles carry those). */
const lite = readJson<RegionCollection>('public/data/regions-lite.geojson').features;
const { pairs } = readJson<Distances>('public/data/distances.json');
const { measures } = readJson<Geography>('public/data/geography.json');
const pair = (a: string, b: string) => pairs.find((p) => p.ends.includes(a) && p.ends.includes(b))!;

// Published positions (Wikipedia), not the atlas's data.
const NAHA: [number, number] = [127.679, 26.212];
const FUTENMA: [number, number] = [127.74806, 26.27083];
const UOTSURI: [number, number] = [123.4739, 25.7436];
const ISHIGAKI_CITY: [number, number] = [124.1557, 24.3406];

describe('placeAt: a clicked end is named by the place it is on', () => {
  test('Naha is on Okinawa at every zoom, not on Futenma 9 km away', () => {
    for (const zoom of [3, 5, 7, 9, 11]) expect(placeAt(NAHA, { zoom, wide: ['japan', 'indo-pacific'] }, lite), `zoom ${zoom}`).toBe('okinawa');
  });

  test('on Futenma\'s marker it is Futenma, from the zoom the map draws it apart from Okinawa', () => {
    expect(placeAt(FUTENMA, { zoom: 6, wide: [] }, lite)).toBe('okinawa');
    expect(placeAt(FUTENMA, { zoom: 7, wide: [] }, lite)).toBe('futenma');
    expect(placeAt(FUTENMA, { zoom: 11, wide: [] }, lite)).toBe('futenma');
    // 2 km off the base's position at zoom 11 is about 44 px away: off its 8.5 px marker, on the island.
    expect(placeAt([FUTENMA[0] + 0.02, FUTENMA[1]], { zoom: 11, wide: [] }, lite)).toBe('okinawa');
  });

  test('a text that does not draw Okinawa draws Futenma at every zoom, so a click there is Futenma', () => {
    const withoutIsland = lite.filter((f) => f.properties.id !== 'okinawa');
    expect(placeAt(FUTENMA, { zoom: 4, wide: [] }, withoutIsland)).toBe('futenma');
  });

  test('islands by their shapes, seas and countries as the map reports them, the smallest first', () => {
    expect(placeAt(UOTSURI, { zoom: 9, wide: ['east-china-sea', 'japan'] }, lite)).toBe('senkaku-islands');
    expect(placeAt(ISHIGAKI_CITY, { zoom: 9, wide: ['japan'] }, lite)).toBe('southwest-islands');
    expect(placeAt([126.0, 27.5], { zoom: 6, wide: ['east-china-sea', 'indo-pacific'] }, lite)).toBe('east-china-sea');
    expect(placeAt([150, 30], { zoom: 6, wide: [] }, lite)).toBeNull();
  });
});

describe('nearest: the shortest distance between two shapes', () => {
  const square = (w: number, s: number, size = 1) => ({
    type: 'Feature' as const,
    properties: {},
    geometry: { type: 'Polygon' as const, coordinates: [[[w, s], [w + size, s], [w + size, s + size], [w, s + size], [w, s]]] },
  });
  const point = (lon: number, lat: number) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [lon, lat] } });

  test('two squares a degree apart on the equator: 111.2 km, from edge to edge', () => {
    const n = nearest(prepare(square(0, 0)), prepare(square(2, 0)));
    expect(n.km).toBeCloseTo(111.2, 1);
    expect(n.meet).toBe(false);
    expect(n.line[0][0]).toBeCloseTo(1, 6);
    expect(n.line[1][0]).toBeCloseTo(2, 6);
  });

  test('a point to the middle of an edge, not to a corner', () => {
    const n = nearest(prepare(point(0.5, 3)), prepare(square(0, 0, 1)));
    expect(n.km).toBeCloseTo(distance([0.5, 3], [0.5, 1]), 1);
  });

  test('overlapping, held, crossing: they meet, 0 km', () => {
    expect(nearest(prepare(square(0, 0, 2)), prepare(square(1, 1, 2))).meet).toBe(true);
    expect(nearest(prepare(square(0, 0, 4)), prepare(square(1, 1, 1))).meet).toBe(true);
    expect(nearest(prepare(point(0.5, 0.5)), prepare(square(0, 0))).meet).toBe(true);
    const cross = nearest(prepare(square(0, 1, 3)), prepare({ ...square(0, 0), geometry: { type: 'Polygon', coordinates: [[[1, -1], [2, -1], [2, 5], [1, 5], [1, -1]]] } }));
    expect(cross).toMatchObject({ km: 0, meet: true });
  });
});

describe('distances.json: every pair of places, one method', () => {
  test('every pair once', () => {
    const ids = lite.map((f) => f.properties.id);
    expect(pairs).toHaveLength((ids.length * (ids.length - 1)) / 2);
    for (const [i, a] of ids.entries()) for (const b of ids.slice(i + 1)) expect(pair(a, b), `${a}–${b}`).toBeDefined();
  });

  test('Senkaku Islands → Taiwan: coast to coast, about 170 km (MOFA: "approximately 170 km" from Taiwan), not 337 km between label points', () => {
    const p = pair('senkaku-islands', 'taiwan');
    expect(p.how).toBe('shapes');
    expect(p.km).toBeGreaterThan(160);
    expect(p.km).toBeLessThan(175);
  });

  test('Okinawa → Taiwan: coast to coast, no farther than Cape Kyan to Cape Sandiao (the nearest capes), not 800 km between label points', () => {
    const capes = distance([127.6489, 26.0786], [122.0022, 25.0075]); // Cape Kyan, Okinawa; Sandiao Cape, Taiwan (Wikipedia)
    const p = pair('okinawa', 'taiwan');
    expect(p.how).toBe('shapes');
    expect(p.km).toBeLessThanOrEqual(capes + 2);
    expect(p.km).toBeGreaterThan(capes - 15);
  });

  test('a site measures from its position; a site on its island meets it', () => {
    expect(pair('henoko', 'futenma')).toMatchObject({ how: 'positions', km: measures.find((m) => m.id === 'henoko-futenma')!.km });
    // Henoko's position is on the island's shore: on the widened shape the map draws, within 0.1 km of the land the distances measure.
    expect(pair('futenma', 'okinawa')).toMatchObject({ how: 'meet', km: 0, line: [[127.7481, 26.2708], [127.7481, 26.2708]] });
    expect(pair('henoko', 'okinawa').km).toBeLessThan(0.1);
    const washington = pair('washington-dc', 'japan');
    expect(washington.how).toBe(washington.ends[0] === 'washington-dc' ? 'position-shape' : 'shape-position');
  });

  test('Taiwan and the PRC are nearest at Kinmen, under 10 km from Xiamen, not across the strait', () => {
    expect(pair('taiwan', 'china').km).toBeLessThan(10);
  });

  test('the atlas\'s own measures agree: none between two places is shorter than the distance between their shapes', () => {
    for (const m of measures.filter((x) => x.ends)) expect(m.km, m.id).toBeGreaterThanOrEqual(pair(m.ends![0], m.ends![1]).km - 0.1);
    // Uotsuri-jima is the Senkakus' westernmost island: from it to Taiwan is the islands' distance but for its own half-width.
    expect(measures.find((m) => m.id === 'uotsuri-taiwan')!.km - pair('senkaku-islands', 'taiwan').km).toBeLessThan(5);
  });
});
