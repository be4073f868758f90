// The basemap tiles: every tile the map may ask for exists, and the deepest
// ones still put the islands where published coordinates say they are.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import * as turf from '@turf/turf';
import { describe, expect, test } from 'vitest';
import { type FilterSpecification, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { LAND_CUTS, REGION_CUTS, realEdges, tilesInBounds } from '../../geodata/build/steps/tiles';
import { TILESETS } from '../../src/lib/content/tilesets';
import { generateStyle } from '../../src/lib/map/style';
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

describe('outlines drawn from the tiles', () => {
  const style = generateStyle({ dataUrl: (p) => p });
  // Where in a tile (its units) a meridian or a parallel runs.
  const tileX = (lon: number, z: number, x: number, extent: number) => (((lon + 180) / 360) * 2 ** z - x) * extent;
  const tileY = (lat: number, z: number, y: number, extent: number) => (((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * 2 ** z - y) * extent;

  /** Segments of what the style's line layers on a tileset draw that run along one of the build's cuts (antimeridian, tier box). */
  function seamsIn(set: (typeof TILESETS)[number], layerName: string, cuts: typeof LAND_CUTS): string[] {
    const lines = style.layers.filter((l) => l.type === 'line' && 'source' in l && l.source === set.source && l['source-layer'] === layerName);
    expect(lines.length, `line layers on ${set.id}`).toBeGreaterThan(0);
    const drawn = lines.map((l) => featureFilter(('filter' in l ? l.filter : undefined) as FilterSpecification | undefined, 'filter'));
    const found: string[] = [];
    for (let z = 0; z <= set.maxzoom; z++)
      for (const [x, y] of tilesInBounds(set.bounds, z)) {
        const file = tilePath(set.id, z, x, y);
        const layer = new VectorTile(new PbfReader(readFileSync(file))).layers[layerName];
        if (!layer) continue;
        const xs = cuts.x.map((lon) => tileX(lon, z, x, layer.extent));
        const ys = cuts.y.map((lat) => tileY(lat, z, y, layer.extent));
        const on = (v: number, at: number[]) => at.some((c) => Math.abs(v - c) <= 1);
        for (let i = 0; i < layer.length; i++) {
          const f = layer.feature(i);
          // Every kind the region line layers draw, selected and hovered alike: the filters read no state.
          if (!drawn.some((d) => d.filter({ zoom: z }, { type: f.type, properties: f.properties, geometry: [] } as never))) continue;
          for (const ring of f.loadGeometry())
            for (let k = 0; k + 1 < ring.length; k++) {
              const [a, b] = [ring[k]!, ring[k + 1]!];
              // Inside the tile or on its edge (the antimeridian is the world's edge): beyond it lie
              // geojson-vt's own clipping edges, in the tile's buffer, which no tile draws.
              const inside = (p: { x: number; y: number }) => p.x >= -1 && p.x <= layer.extent + 1 && p.y >= -1 && p.y <= layer.extent + 1;
              if (!inside(a) && !inside(b)) continue;
              // Longer than 5 px: a stretch of coast within the tiles' simplification tolerance of a cut may be drawn straight along it.
              const long = Math.hypot(a.x - b.x, a.y - b.y) > (5 * layer.extent) / 512;
              if (long && ((on(a.x, xs) && on(b.x, xs)) || (on(a.y, ys) && on(b.y, ys)))) found.push(`${set.id}/${z}/${x}/${y} ${String(f.properties.id ?? "")} type ${f.type} (${a.x},${a.y})-(${b.x},${b.y})`);
            }
        }
      }
    return found;
  }

  test('no coastline runs along a cut: the 10m and 50m land tiers meet at 50°N, 95°E, 160°E and 12°S with no line between them', () => {
    for (const set of TILESETS.filter((t) => t.layers.includes('land'))) expect(seamsIn(set, 'land', LAND_CUTS).slice(0, 5), set.id).toEqual([]);
  });

  test('no region outline runs along the antimeridian (the Indo-Pacific, Russia and the United States are cut there)', () => {
    const set = TILESETS.find((t) => t.layers.includes('regions'))!;
    expect(seamsIn(set, 'regions', REGION_CUTS).slice(0, 5)).toEqual([]);
  });

  test('the real edges of a cut polygon: every edge but the cut, in runs that do not wrap round', () => {
    // A square cut at 180°E: its three other sides are one run, from the cut back to the cut.
    const square = { type: 'Polygon' as const, coordinates: [[[170, 0], [180, 0], [180, 10], [170, 10], [170, 0]]] };
    expect(realEdges(square, REGION_CUTS)).toEqual([[[180, 10], [170, 10], [170, 0], [180, 0]]]);
    expect(realEdges({ type: 'Polygon', coordinates: [[[170, 0], [175, 0], [175, 10], [170, 0]]] }, REGION_CUTS)).toBeNull();
  });
});
