// The teaching layers: each is shown whole when turned on, and the island
// groups are outlined and named, each name in open sea beside its group.
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon, MultiPolygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { CONTEXT_BOXES } from '../../src/lib/content/boxes';
import { CONTEXT_LAYERS } from '../../src/lib/map/context-layers';
import { readJson } from './helpers';

const groups = readJson<FeatureCollection>('public/data/context/island-groups.geojson').features;
const outlines = groups.filter((f): f is Feature<Polygon | MultiPolygon> => f.geometry.type !== 'Point');
const labels = groups.filter((f): f is Feature<Point> => f.geometry.type === 'Point');
const inside = (box: readonly number[], [lon, lat]: number[]) => lon! >= box[0]! && lon! <= box[2]! && lat! >= box[1]! && lat! <= box[3]!;

describe('the island groups layer', () => {
  // The six groups of the Southwest Islands (Nansei-shotō), north to south.
  const SIX = ['osumi', 'tokara', 'amami', 'okinawa', 'miyako', 'yaeyama'];

  test('one outline around each of the six groups, each holding its main island', () => {
    expect(outlines.map((f) => f.properties!.id)).toEqual(SIX);
    // Published positions: Tanegashima, Nakanoshima (Tokara), Amami Ōshima, Okinawa Island, Miyako-jima, Ishigaki-jima.
    const main: [number, number][] = [[130.98, 30.6], [129.86, 29.85], [129.5, 28.35], [127.8, 26.4], [125.3, 24.78], [124.16, 24.4]];
    outlines.forEach((f, i) => expect(turf.booleanPointInPolygon(main[i]!, f), SIX[i]).toBe(true));
    // One shape each, not a coastline per island: the outline is what the layer adds to the islands drawn anyway.
    for (const f of outlines) expect(f.geometry.type, f.properties!.id).toBe('Polygon');
  });

  test('a name for each group, in open sea: on no group\'s outline, so never under an island', () => {
    expect(labels.map((f) => f.properties!.id)).toEqual(SIX);
    for (const l of labels) {
      expect(outlines.filter((o) => turf.booleanPointInPolygon(l, o)).map((o) => o.properties!.id), l.properties!.id).toEqual([]);
      expect(['left', 'right', 'top', 'bottom']).toContain(l.properties!.anchor);
      expect(l.properties!.name_ja).toMatch(/[諸列群]島$/);
    }
  });
});

describe('what turning a layer on shows', () => {
  test('each teaching layer has a box to show it in', () => {
    expect(Object.keys(CONTEXT_BOXES).sort()).toEqual(Object.keys(CONTEXT_LAYERS).sort());
  });

  test('the island groups\' box holds every group and every name\'s point', () => {
    for (const f of groups) {
      const [w, s, e, n] = turf.bbox(f);
      expect(inside(CONTEXT_BOXES['island-groups'], [w, s]) && inside(CONTEXT_BOXES['island-groups'], [e, n]), String(f.properties!.id)).toBe(true);
    }
  });

  test('the shelf\'s box holds the Okinawa Trough it names, the sea features\' box the Spratly and Paracel Islands and Scarborough Shoal', () => {
    const trough = readJson<FeatureCollection>('public/data/context/shelf-deep.geojson').features.find((f) => f.geometry.type === 'Point')!;
    expect(inside(CONTEXT_BOXES.shelf, (trough.geometry as Point).coordinates)).toBe(true);
    const named = readJson<FeatureCollection>('public/data/context/sea-features.geojson').features.filter((f) => f.properties!.name);
    expect(named.length).toBe(3);
    for (const f of named) {
      const [w, s, e, n] = turf.bbox(f);
      expect(inside(CONTEXT_BOXES['sea-features'], [w, s]) && inside(CONTEXT_BOXES['sea-features'], [e, n]), String(f.properties!.name)).toBe(true);
    }
  });
});
