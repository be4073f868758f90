// What every map of the atlas shares (the reading view's and the New atlas
// view's): MapLibre's worker, started as soon as a map's code loads (the
// New atlas view builds its map after its text is laid out), and how a map
// moves and draws (its first view: first-view.ts).
import { prewarm, setWorkerUrl, type Map as MapLibreMap, type MapOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { prefersReducedMotion } from '../ui/motion';

setWorkerUrl(workerUrl);
prewarm();

/** Flat (no rotation, no pitch) and printable (the last frame is kept, so the map prints as it stands); labels fade in unless motion is reduced. */
export const sharedMapOptions = (): Partial<MapOptions> => ({
  attributionControl: false,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  canvasContextAttributes: { preserveDrawingBuffer: true },
  fadeDuration: prefersReducedMotion() ? 0 : 300,
});

/** Nor do keys or two fingers rotate it. */
export function disableRotation(m: MapLibreMap) {
  m.keyboard.disableRotation();
  m.touchZoomRotate.disableRotation();
}
