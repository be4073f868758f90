// The region shapes against published coordinates (geodata/regions/reference-points.json).
import * as turf from '@turf/turf';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { readJson, regions } from './helpers';

interface ReferencePoint {
  name: string;
  lat: number;
  lon: number;
  source: string;
  inside?: string[];
  outside?: string[];
  within_km?: Record<string, number>;
}

const { points } = readJson<{ points: ReferencePoint[] }>('geodata/regions/reference-points.json');
const byId = new Map(regions().features.map((f) => [f.properties.id, f]));

function contains(id: string, p: ReferencePoint): boolean {
  const f = byId.get(id);
  if (!f) throw new Error(`reference point "${p.name}" names unknown region "${id}"`);
  if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') throw new Error(`${id} is not areal`);
  return turf.booleanPointInPolygon([p.lon, p.lat], f.geometry as Polygon | MultiPolygon);
}

describe('reference points', () => {
  test('there are enough of them, each cited', () => {
    expect(points.length).toBeGreaterThanOrEqual(40);
    for (const p of points) expect(p.source.length, p.name).toBeGreaterThan(10);
  });

  test.each(points.filter((p) => p.inside?.length).map((p) => [p.name, p] as const))('%s lies inside its regions', (_, p) => {
    const missed = p.inside!.filter((id) => !contains(id, p));
    expect(missed).toEqual([]);
  });

  test.each(points.filter((p) => p.outside?.length).map((p) => [p.name, p] as const))('%s lies outside the wrong regions', (_, p) => {
    const wrong = p.outside!.filter((id) => contains(id, p));
    expect(wrong).toEqual([]);
  });

  test.each(points.filter((p) => p.within_km).map((p) => [p.name, p] as const))('%s is near its site', (_, p) => {
    for (const [id, km] of Object.entries(p.within_km!)) {
      const site = byId.get(id)!.geometry as Point;
      expect(turf.distance(site.coordinates, [p.lon, p.lat], { units: 'kilometers' }), id).toBeLessThanOrEqual(km);
    }
  });
});
