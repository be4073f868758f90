// The basemap as static vector tiles: public/data/tiles/<tileset>/<z>/<x>/<y>.pbf.
// The first view then loads a few small tiles instead of every coastline in
// the world, and coastline detail comes only when the reader zooms in.
// Cut with the same library MapLibre uses for GeoJSON (geojson-vt), written
// with vt-pbf; every tile inside a tileset's bounds is written, empty or not,
// so the map's requests never miss (a 404 would show as a console error).
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import { TILED_KINDS, TILESETS, type Tileset } from '../../../src/lib/content/tilesets';
import type { RegionCollection } from '../../../src/lib/model/types';
import type { Basemap } from './basemap';

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

/** Which features go in which tileset's layers (land is tagged with its source tier). */
function tilesetData(basemap: Basemap, regions: RegionCollection): Record<string, Record<string, FeatureCollection>> {
  const land = (source: string): FeatureCollection => ({
    type: 'FeatureCollection',
    features: basemap.land.features.filter((f) => (f.properties as { source: string }).source === source).map((f) => ({ ...f, properties: {} })),
  });
  return {
    world: { land: land('ne50m'), borders: basemap.borders },
    'east-asia': { land: land('ne10m') },
    focus: { land: land('osm') },
    // Only what the style reads: the id (for feature state) and the kind (for colour).
    regions: {
      regions: {
        type: 'FeatureCollection',
        features: regions.features.filter((f) => TILED_KINDS.includes(f.properties.kind)).map((f) => ({ type: 'Feature', properties: { id: f.properties.id, kind: f.properties.kind }, geometry: f.geometry })),
      },
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
