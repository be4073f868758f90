// The basemap's vector tilesets, cut at build time (geodata/build/steps/tiles.ts)
// and read by the style. Each covers its own land, so none is drawn twice:
// the world from Natural Earth 50m, East Asia from Natural Earth 10m, the
// statement's core islands from OpenStreetMap. Each is cut only as deep as its
// source's detail deserves; MapLibre enlarges the deepest tiles beyond that.
// Every tile inside `bounds` up to `maxzoom` exists (empty ones as empty files),
// so the map never asks for a tile that is not there.
export type Box = [west: number, south: number, east: number, north: number];

export interface Tileset {
  id: string;
  maxzoom: number;
  bounds: Box;
  /** The source layers each tile carries. */
  layers: readonly string[];
}

/** East Asia: Natural Earth 10m land inside, 50m outside. */
export const REGIONAL_BOX: Box = [95, -12, 160, 50];
/** The statement's core area (Southwest Islands, Senkaku, Taiwan, the Strait): islands wholly inside come from OSM. */
export const FOCUS_BOX: Box = [117, 21, 131.5, 31.5];

export const TILESETS: readonly Tileset[] = [
  // Borders are Natural Earth 50m everywhere: ~600 m tile units at zoom 4 are finer than the data.
  { id: 'world', maxzoom: 4, bounds: [-180, -85.0511, 180, 85.0511], layers: ['land', 'borders'] },
  { id: 'east-asia', maxzoom: 6, bounds: REGIONAL_BOX, layers: ['land'] },
  // Zoom 9 tiles have ~20 m units: the OSM coastline (~50 m) holds up to the map's closest zoom.
  { id: 'focus', maxzoom: 9, bounds: FOCUS_BOX, layers: ['land'] },
];
