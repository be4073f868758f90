// The floor for the benchmark: MapLibre alone, with the atlas's own style and
// data files and its first view, and nothing else. The app's load time is
// compared against this page's. With ?whole=1 it paints its first view as the
// app does, once it is whole (src/lib/map/first-view.ts): what the app's own
// code costs on top of its map.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { OVERVIEW_BOX } from '../../src/lib/content/boxes';
import { paintFirstViewWhole } from '../../src/lib/map/first-view';
import { generateStyle } from '../../src/lib/map/style';

setWorkerUrl(workerUrl);
const container = document.getElementById('map')!;
container.style.cssText = 'position:absolute;inset:0';
// The same data files the app loads (the bench serves this page from dist/bench/).
const dataUrl = (path: string) => new URL(`../data/${path}`, location.href).href;
const map = new MapLibreMap({
  container,
  style: generateStyle({ dataUrl }),
  bounds: OVERVIEW_BOX,
  attributionControl: false,
});
if (new URLSearchParams(location.search).has('whole')) paintFirstViewWhole(map);
map.once('idle', () => performance.mark('atlas:first-idle'));
