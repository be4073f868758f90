// The basemap tiles: every tile the map may ask for exists, and the deepest
// ones still put the islands where published coordinates say they are.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import * as turf from '@turf/turf';
import { describe, expect, test } from 'vitest';
import { tilesInBounds } from '../../geodata/build/steps/tiles';
import { TILESETS } from '../../src/lib/content/tilesets';
import { root } from './helpers';

const tilePath = (set: string, z: number, x: number, y: number) => join(root, 'public/data/tiles', set, String(z), String(x), `${y}.pbf`);

/** The tile at zoom z holding a point, and the point's position inside it (0..1). */
function tileAt(lon: number, lat: number, z: number) {
  const n = 2 ** z;
  const fx = ((lon + 180) / 360) * n;
  const fy = ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * n;
  return { x: Math.floor(fx), y: Math.floor(fy), u: fx % 1, v: fy % 1 };
}

/** The features of one layer of a tile that cover a point (decoded from the .pbf, in tile units). */
function featuresAt(set: string, layerName: string, z: number, lon: number, lat: number) {
  const { x, y, u, v } = tileAt(lon, lat, z);
  const layer = new VectorTile(new PbfReader(readFileSync(tilePath(set, z, x, y)))).layers[layerName];
  if (!layer) return [];
  const p = turf.point([u * layer.extent, v * layer.extent]);
  return Array.from({ length: layer.length }, (_, i) => layer.feature(i)).filter((f) => {
    const rings = f.loadGeometry().map((r) => r.map((q) => [q.x, q.y]));
    // Outer rings and holes alike: inside an odd number of rings is inside the polygon (even-odd).
    return rings.filter((r) => r.length >= 4 && turf.booleanPointInPolygon(p, turf.polygon([r]))).length % 2 === 1;
  });
}

const landAt = (set: string, z: number, lon: number, lat: number) => featuresAt(set, 'land', z, lon, lat).length > 0;
/** The ids of the wide region outlines covering a point. */
const regionsAt = (z: number, lon: number, lat: number) => featuresAt('regions', 'regions', z, lon, lat).map((f) => String(f.properties.id)).sort();

describe('basemap tiles', () => {
  test('every tile inside a tileset\'s bounds exists, up to its maxzoom (no request can 404)', () => {
    let count = 0;
    for (const set of TILESETS)
      for (let z = 0; z <= set.maxzoom; z++)
        for (const [x, y] of tilesInBounds(set.bounds, z)) {
          expect(existsSync(tilePath(set.id, z, x, y)), `${set.id}/${z}/${x}/${y}`).toBe(true);
          count++;
        }
    expect(count).toBeGreaterThan(1000);
  });

  test('the deepest tiles keep small islands in place: Kuba-jima (Senkaku) and Cape Henoko', () => {
    // Kuba-jima: OSM polygon centre 123.6829°E 25.9233°N; 0.8 km to its south is sea.
    expect(landAt('focus', 9, 123.6829, 25.9233)).toBe(true);
    expect(landAt('focus', 9, 123.6829, 25.912)).toBe(false);
    // Okinawa Island around Futenma (26°16′15″N 127°44′53″E) is land; the open sea east of Henoko is not.
    expect(landAt('focus', 9, 127.74806, 26.27083)).toBe(true);
    expect(landAt('focus', 9, 128.2, 26.5)).toBe(false);
  });

  test('each area is drawn by one tileset: the focus islands are not in the East Asia tiles', () => {
    expect(landAt('east-asia', 6, 127.74806, 26.27083)).toBe(false);
    expect(landAt('east-asia', 6, 139.69, 35.69)).toBe(true); // Tokyo, from Natural Earth 10m
    expect(landAt('world', 4, -77.04, 38.9)).toBe(true); // Washington, D.C., from Natural Earth 50m
    expect(landAt('world', 4, 139.69, 35.69)).toBe(false);
  });

  test('the regions tiles hold the wide outlines only, with their ids: seas and countries where they are', () => {
    // Mid East China Sea (29°N 125.5°E) is the sea and the Indo-Pacific; Tokyo is Japan and the Indo-Pacific.
    expect(regionsAt(5, 125.5, 29)).toEqual(['east-china-sea', 'indo-pacific']);
    expect(regionsAt(5, 139.69, 35.69)).toEqual(['indo-pacific', 'japan']);
    // Islands are not tiled: the Senkaku group's tile shows only the sea around it.
    expect(regionsAt(5, 123.47, 25.74)).not.toContain('senkaku-islands');
  });
});
