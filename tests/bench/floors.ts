// The benchmark's other floors, on the atlas's own tiles and data:
// One page, floor.html, for all three (?floor=minimal, basemap, storymap):
//   minimal: MapLibre's minimal style (background as the water, the land
//     of each tileset): what a map of these tiles costs at all;
//   basemap: the atlas's own basemap without its regions (the style the New
//     atlas view draws a brought text on): what its cartography costs before
//     the statement's places are drawn;
//   storymap: a story-map template's page as the peers build it, 8 layers
//     (background, land ×3, coastline, borders, the regions and their labels)
//     from the same files, standing in for digidem/maplibre-storymap served offline.
import { Map as MapLibreMap, setWorkerUrl, type LayerSpecification, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { OVERVIEW_BOX } from '../../src/lib/content/boxes';
import { BASEMAP } from '../../src/lib/content/palette';
import { TILESETS } from '../../src/lib/content/tilesets';
import { generateBasemapStyle } from '../../src/lib/map/style';

setWorkerUrl(workerUrl);
const container = document.getElementById('map')!;
container.style.cssText = 'position:absolute;inset:0';
const dataUrl = (path: string) => new URL(`../data/${path}`, location.href).href;
const land = TILESETS.filter((t) => t.layers.includes('land'));
const floor = new URLSearchParams(location.search).get('floor');
const story = floor === 'storymap';

const sources: StyleSpecification['sources'] = Object.fromEntries(
  TILESETS.filter((t) => t.layers.includes('land') || t.layers.includes('borders')).map((t) => [
    t.source,
    { type: 'vector', tiles: [`${dataUrl(`tiles/${t.id}/`)}{z}/{x}/{y}.pbf`], maxzoom: t.maxzoom, bounds: t.bounds },
  ]),
);
const layers: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: { 'background-color': BASEMAP.water } },
  ...land.map((t): LayerSpecification => ({ id: `land-${t.id}`, type: 'fill', source: t.source, 'source-layer': 'land', paint: { 'fill-color': BASEMAP.land } })),
];
if (story) {
  sources.regions = { type: 'geojson', data: dataUrl('regions-lite.geojson') };
  sources.labels = { type: 'geojson', data: dataUrl('region-labels.geojson') };
  layers.push(
    { id: 'coastline', type: 'line', source: 'basemap-world', 'source-layer': 'land', paint: { 'line-color': BASEMAP.coast } },
    { id: 'borders', type: 'line', source: 'basemap-world', 'source-layer': 'borders', paint: { 'line-color': BASEMAP.border } },
    { id: 'regions', type: 'fill', source: 'regions', paint: { 'fill-color': '#D55E00', 'fill-opacity': 0.3 } },
    { id: 'labels', type: 'symbol', source: 'labels', layout: { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans'], 'text-size': 12 } },
  );
}
const style = floor === 'basemap' ? generateBasemapStyle({ dataUrl }) : { version: 8 as const, sources, layers };
const map = new MapLibreMap({ container, style, bounds: OVERVIEW_BOX, attributionControl: false });
map.once('idle', () => performance.mark('atlas:first-idle'));
