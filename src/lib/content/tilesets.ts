// The map's vector tilesets, cut at build time (geodata/build/steps/tiles.ts)
// and read by the style. The basemap's three cover their own land, so none is
// drawn twice: the world from Natural Earth 50m, East Asia from Natural Earth
// 10m, the statement's core islands from OpenStreetMap. The fourth holds the
// wide region outlines (countries, seas). Each is cut only as deep as its
// source's detail deserves; MapLibre enlarges the deepest tiles beyond that.
// Every tile inside `bounds` up to `maxzoom` exists (empty ones as empty files),
// so the map never asks for a tile that is not there.
import type { RegionKind } from '../model/types';
import { EAST_ASIA_BOX, FOCUS_BOX, WORLD_BOX, type Box } from './boxes';

export interface Tileset {
  id: string;
  /** The map source that reads it. */
  source: string;
  maxzoom: number;
  bounds: Box;
  /** The source layers each tile carries. */
  layers: readonly string[];
  /** Tile units per side (4096 unless finer detail is worth the bytes). */
  extent?: number;
}


/**
 * Region kinds drawn from tiles: outlines so wide (Russia, the Indo-Pacific)
 * that a view only ever needs part of them. Islands and sites stay GeoJSON at
 * full detail: they are small, and must hold up at the closest zoom.
 */
export const TILED_KINDS: readonly RegionKind[] = ['country', 'region', 'sea', 'strait'];

export const TILESETS: readonly Tileset[] = [
  // Borders are Natural Earth 50m everywhere: ~600 m tile units at zoom 4 are finer than the data.
  { id: 'world', source: 'basemap-world', maxzoom: 4, bounds: WORLD_BOX, layers: ['land', 'borders'] },
  { id: 'east-asia', source: 'basemap-east-asia', maxzoom: 6, bounds: EAST_ASIA_BOX, layers: ['land'] },
  // Zoom 9 tiles have ~20 m units: the OSM coastline (~50 m) holds up to the map's closest zoom.
  { id: 'focus', source: 'basemap-focus', maxzoom: 9, bounds: FOCUS_BOX, layers: ['land'] },
  // ~150 m units at zoom 5: about the accuracy of the Natural Earth outlines they come from.
  { id: 'regions', source: 'regions-wide', maxzoom: 5, bounds: WORLD_BOX, layers: ['regions'], extent: 8192 },
];
