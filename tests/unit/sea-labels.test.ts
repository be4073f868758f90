// Every sea's name is drawn in open water: its point, and every point 10 km
// around it, off the land the basemap is drawn from (the OSM islands, Natural
// Earth 10m and 50m land, read here from the sources themselves).
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { cutAntimeridian, polygons } from '../../geodata/build/steps/geometry';
import { loadSources } from '../../geodata/build/steps/sources';
import { readJson, root } from './helpers';

type Land = Feature<Polygon | MultiPolygon>;

describe('sea labels', () => {
  const s = loadSources(join(root, 'geodata'));
  // Polygons across the antimeridian (Fiji, Chukotka) cut there, or they would cover their whole band of latitude.
  const land: { f: Land; box: number[] }[] = [...s.osmLand, ...s.land10m.features, ...s.land50m.features]
    .flatMap((f) => polygons(cutAntimeridian(f as Land)))
    .map((f) => ({ f, box: turf.bbox(f) }));
  const onLand = ([x, y]: number[]) => land.some(({ f, box }) => x! >= box[0]! && x! <= box[2]! && y! >= box[1]! && y! <= box[3]! && turf.booleanPointInPolygon([x!, y!], f));
  const labels = readJson<{ features: Feature<Point, { name: string }>[] }>('public/data/basemap/sea-labels.geojson').features;

  test('there are the seas of the atlas\'s part of the world, the Luzon Strait among them', () => {
    expect(labels.length).toBeGreaterThan(30);
    expect(labels.map((l) => l.properties.name)).toEqual(expect.arrayContaining(['Luzon Strait', 'Korea Strait', 'East China Sea', 'Philippine Sea']));
  });

  test('no sea label point is on land or within 10 km of it', () => {
    const ashore = labels.flatMap((l) => {
      const around = Array.from({ length: 8 }, (_, i) => turf.destination(l.geometry, 10, i * 45, { units: 'kilometers' }).geometry.coordinates);
      const hits = [l.geometry.coordinates, ...around].filter(onLand);
      return hits.length ? [`${l.properties.name} (${l.geometry.coordinates.join(', ')}): ${hits.length} of 9 points on land`] : [];
    });
    expect(ashore).toEqual([]);
  });

  test('the Luzon Strait is named between Taiwan and Luzon, south of Taiwan\'s southern tip (21.9° N)', () => {
    const [lon, lat] = labels.find((l) => l.properties.name === 'Luzon Strait')!.geometry.coordinates as [number, number];
    expect(lat).toBeLessThan(21.8);
    expect(lat).toBeGreaterThan(18.6);
    expect(lon).toBeGreaterThan(119.5);
    expect(lon).toBeLessThan(122.5);
  });
});
