// The benchmark's other floors, on the atlas's own tiles and data:
// One page, floor.html, for all three (?floor=minimal, basemap, storymap):
//   minimal: MapLibre's minimal style (background as the water, the land
//     of each tileset): what a map of these tiles costs at all;
//   basemap: the atlas's own basemap without its regions (the style the New
//     atlas view draws a brought text on): what its cartography costs before
//     the statement's places are drawn;
//   storymap: digidem/maplibre-storymap's demo page as it is served offline,
//     on the same files: its style's 8 layers, each styled as the demo's is,
//     and its inset map (a second map of the same style, on by default in the
//     template), first idle when both maps are. (An earlier stand-in, 8 plain
//     layers and no inset, drew in 0.6× the bare page's time where the issue
//     measured the demo itself at 1.08×: it was lighter than the template.)
import { Map as MapLibreMap, setWorkerUrl, type ExpressionSpecification, type LayerSpecification, type StyleSpecification } from 'maplibre-gl';
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
const background: LayerSpecification = { id: 'background', type: 'background', paint: { 'background-color': BASEMAP.water } };
const layers: LayerSpecification[] = [background];
if (!story) layers.push(...land.map((t): LayerSpecification => ({ id: `land-${t.id}`, type: 'fill', source: t.source, 'source-layer': 'land', paint: { 'fill-color': BASEMAP.land } })));
else {
  // digidem/maplibre-storymap's demo style (demo/map/style.json), layer for
  // layer, with each layer's own kind of styling (a colour matched per
  // feature, widths and opacities by zoom, a dashed line, line-placed and
  // zoom-dependent labels), on the same files: its countries are the land and
  // borders of these tiles, its geolines the Tropic of Cancer, its country
  // labels and its own polygon (crimea-fill) the statement's places.
  const byZoom = (stops: [number, number][]) => ['interpolate', ['linear'], ['zoom'], ...stops.flat()] as ExpressionSpecification;
  sources.regions = { type: 'geojson', data: dataUrl('regions-lite.geojson') };
  sources.labels = { type: 'geojson', data: dataUrl('region-labels.geojson') };
  sources.geolines = {
    type: 'geojson',
    data: { type: 'Feature', properties: { name: 'Tropic of Cancer' }, geometry: { type: 'LineString', coordinates: [[60, 23.436], [100, 23.436], [140, 23.436], [180, 23.436]] } },
  };
  layers.push(
    { id: 'coastline', type: 'line', source: 'basemap-world', 'source-layer': 'land', layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-blur': 0.5, 'line-color': BASEMAP.coast, 'line-width': byZoom([[0, 2], [6, 6], [14, 9], [22, 18]]) } },
    ...land.map((t): LayerSpecification => ({
      id: `countries-fill-${t.id}`, type: 'fill', source: t.source, 'source-layer': 'land',
      paint: { 'fill-color': ['match', ['get', 'ADM0_A3'], ['CHN', 'TWN', 'HKG'], '#C1E599', ['JPN', 'KOR', 'PRK'], '#D6C7FF', ['PHL', 'VNM'], '#E7E58F', BASEMAP.land] },
    })),
    { id: 'countries-boundary', type: 'line', source: 'basemap-world', 'source-layer': 'borders', layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': '#ffffff', 'line-width': byZoom([[1, 1], [6, 2], [14, 6], [22, 12]]), 'line-opacity': byZoom([[3, 0.5], [6, 1]]) } },
    { id: 'geolines', type: 'line', source: 'geolines', paint: { 'line-color': '#1077B0', 'line-opacity': 1, 'line-dasharray': [3, 3] } },
    { id: 'geolines-label', type: 'symbol', source: 'geolines', minzoom: 1, layout: { 'symbol-placement': 'line', 'text-field': '{name}', 'text-font': ['Noto Sans'], 'text-size': byZoom([[2, 12], [6, 16]]) }, paint: { 'text-color': '#1077B0', 'text-halo-blur': 1, 'text-halo-color': '#ffffff', 'text-halo-width': 1 } },
    { id: 'countries-label', type: 'symbol', source: 'labels', minzoom: 2, layout: { 'text-field': '{name}', 'text-font': ['Noto Sans'], 'text-size': byZoom([[2, 10], [4, 12], [6, 16]]), 'text-max-width': 10 }, paint: { 'text-color': '#08254d', 'text-halo-blur': byZoom([[2, 0.2], [6, 0]]), 'text-halo-color': '#ffffff', 'text-halo-width': byZoom([[2, 1], [6, 1.6]]) } },
    { id: 'crimea-fill', type: 'fill', source: 'regions', paint: { 'fill-color': '#D6C7FF' } },
  );
}
const style = floor === 'basemap' ? generateBasemapStyle({ dataUrl }) : { version: 8 as const, sources, layers };
const map = new MapLibreMap({ container, style, bounds: OVERVIEW_BOX, attributionControl: false });
const idle = [new Promise((r) => map.once('idle', r))];
if (story) {
  // The template's inset (config.inset, on in its demo): a second map of the
  // same style, 250×180 at zoom 3, centred where the main map is.
  const inset = document.createElement('div');
  inset.style.cssText = 'position:fixed;bottom:50px;right:30px;width:250px;height:180px;z-index:1;border:1px solid #646464;pointer-events:none';
  document.body.append(inset);
  const insetMap = new MapLibreMap({ container: inset, style, center: map.getCenter(), zoom: 3, interactive: false, attributionControl: false });
  idle.push(new Promise((r) => insetMap.once('idle', r)));
}
// First idle: when every map on the page has drawn its first view.
void Promise.all(idle).then(() => performance.mark('atlas:first-idle'));
