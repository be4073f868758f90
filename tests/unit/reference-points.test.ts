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

describe("Natural Earth's Senkaku polygon is off, ours is not", () => {
  // Published: Uotsuri-jima 25°44′42″N 123°29′06″E (Wikipedia, Senkaku Islands), the group's largest island.
  const uotsuri: [number, number] = [123.485, 25.745];
  const disputed = readJson<{ features: { properties: { BRK_NAME: string }; geometry: Polygon | MultiPolygon }[] }>(
    'geodata/sources/natural-earth/ne_10m_admin_0_disputed_areas.json',
  );
  const pinnacle = disputed.features.find((f) => f.properties.BRK_NAME === 'Pinnacle Is.')!;

  test('Natural Earth misses the published position by kilometres', () => {
    expect(turf.booleanPointInPolygon(uotsuri, pinnacle.geometry)).toBe(false);
    const km = turf.pointToPolygonDistance(uotsuri, turf.feature(pinnacle.geometry) as never, { units: 'kilometers' });
    expect(km).toBeGreaterThan(2);
  });

  test('the atlas contains it', () => {
    expect(turf.booleanPointInPolygon(uotsuri, byId.get('senkaku-islands')!.geometry as Polygon | MultiPolygon)).toBe(true);
  });
});
