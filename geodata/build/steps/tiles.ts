// The basemap as static vector tiles: public/data/tiles/<tileset>/<z>/<x>/<y>.pbf.
// The first view then loads a few small tiles instead of every coastline in
// the world, and coastline detail comes only when the reader zooms in.
// Cut with the same library MapLibre uses for GeoJSON (geojson-vt), written
// with vt-pbf; every tile inside a tileset's bounds is written, empty or not,
// so the map's requests never miss (a 404 would show as a console error).
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { TILED_KINDS, TILESETS, type Tileset } from '../../../src/lib/content/tilesets';
import { EAST_ASIA_BOX } from '../../../src/lib/content/boxes';
import type { RegionCollection } from '../../../src/lib/model/types';
import type { Basemap } from './basemap';
import { type Cuts, REGION_CUTS, alongCut, realEdges } from '../../../src/lib/worksheet/edges';

/** The tiles MapLibre asks for inside `bounds` at zoom z (as its TileBounds counts them). */
export function tilesInBounds([west, south, east, north]: Tileset['bounds'], z: number): [number, number][] {
  const n = 2 ** z;
  const x = (lng: number) => ((lng + 180) / 360) * n;
  const y = (lat: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * n;
  const out: [number, number][] = [];
  for (let tx = Math.max(0, Math.floor(x(west))); tx < Math.min(n, Math.ceil(x(east))); tx++)
    for (let ty = Math.max(0, Math.floor(y(north))); ty < Math.min(n, Math.ceil(y(south))); ty++) out.push([tx, ty]);
  return out;
}

/** The cuts, where the tiles' layers draw their outlines from (shared with the static pictures). */
export { type Cuts, REGION_CUTS, alongCut, realEdges };
export const LAND_CUTS: Cuts = { x: [-180, 180, EAST_ASIA_BOX[0], EAST_ASIA_BOX[2]], y: [EAST_ASIA_BOX[1], EAST_ASIA_BOX[3]] };

/**
 * A polygon layer whose outlines a line layer draws: each polygon cut along
 * `cuts` is marked `cut` (the style draws no outline from it) and followed by
 * its real edges as lines with the same properties.
 */
export function withRealEdges(fc: FeatureCollection, cuts: Cuts): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: fc.features.flatMap((f): Feature[] => {
      const edges = realEdges(f.geometry, cuts);
      if (!edges) return [f];
      return [
        { ...f, properties: { ...f.properties, cut: true } },
        ...(edges.length ? [{ type: 'Feature' as const, properties: f.properties, geometry: { type: 'MultiLineString' as const, coordinates: edges } }] : []),
      ];
    }),
  };
}

/** Which features go in which tileset's layers (land is tagged with its source tier). */
function tilesetData(basemap: Basemap, regions: RegionCollection): Record<string, Record<string, FeatureCollection>> {
  const land = (source: string): FeatureCollection => ({
    type: 'FeatureCollection',
    features: basemap.land.features.filter((f) => (f.properties as { source: string }).source === source).map((f) => ({ ...f, properties: {} })),
  });
  return {
    world: { land: withRealEdges(land('ne50m'), LAND_CUTS), borders: basemap.borders },
    'east-asia': { land: withRealEdges(land('ne10m'), LAND_CUTS) },
    focus: { land: withRealEdges(land('osm'), LAND_CUTS) },
    // Only what the style reads: the id (for feature state) and the kind (for colour).
    regions: {
      regions: withRealEdges(
        {
          type: 'FeatureCollection',
          features: regions.features.filter((f) => TILED_KINDS.includes(f.properties.kind)).map((f) => ({ type: 'Feature', properties: { id: f.properties.id, kind: f.properties.kind }, geometry: f.geometry })),
        },
        REGION_CUTS,
      ),
    },
  };
}

/** Every tile of every tileset, by path under public/data. */
export function buildTiles(basemap: Basemap, regions: RegionCollection): [string, Uint8Array][] {
  const data = tilesetData(basemap, regions);
  const out: [string, Uint8Array][] = [];
  for (const set of TILESETS) {
    const extent = set.extent ?? 4096;
    const layers = set.layers.map((name) => {
      const fc = data[set.id]?.[name];
      if (!fc) throw new Error(`Tiles: no data for layer ${name} of tileset ${set.id}`);
      return [name, new GeoJSONVT(fc, { maxZoom: set.maxzoom, indexMaxZoom: 0, extent, tolerance: 3, buffer: (64 * extent) / 4096 })] as const;
    });
    for (let z = 0; z <= set.maxzoom; z++)
      for (const [x, y] of tilesInBounds(set.bounds, z)) {
        const tile: Record<string, NonNullable<ReturnType<GeoJSONVT['getTile']>>> = {};
        for (const [name, index] of layers) {
          const t = index.getTile(z, x, y);
          if (t && t.features.length) tile[name] = t;
        }
        // An empty tile is a valid, empty protobuf message: zero bytes.
        out.push([`tiles/${set.id}/${z}/${x}/${y}.pbf`, Object.keys(tile).length ? fromGeojsonVt(tile, { version: 2, extent }) : new Uint8Array()]);
      }
  }
  return out;
}
