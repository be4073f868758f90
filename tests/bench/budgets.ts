// The performance budgets (issue: "Performance"), shared by the benchmark,
// which reports against all of them, and the size test, which fails the suite
// on the ones that are bytes (stable from run to run, unlike times).
import { gzipSync } from 'node:zlib';
export const BUDGETS = {
  /** App load to first idle, over the bare MapLibre page's (also the embed's and the phone's, each over bare at its size). */
  loadRatio: 1.1,
  /** A user's atlas opened from its share link, load to first idle, over the flagship's. */
  userAtlasRatio: 1.1,
  /** App load to first idle, over a story-map template's page on comparable data (floor.html?floor=storymap). */
  storyMapRatio: 0.8,
  /** First-view JS beyond maplibre-gl, gzip. */
  appJsGzipKB: 40,
  /** First-view JS and CSS, maplibre-gl and its worker included, gzip. */
  firstViewGzipKB: 560,
  selectionP95Ms: 30,
  /** A fresh page's first selection, clicked at first idle, to its panel: median. */
  firstSelectionMs: 150,
  heapGrowthMB: 2,
};

/** maplibre-gl's own chunks (its main chunk, CSS and worker), which the budgets count apart. */
export const isMaplibreAsset = (file: string) => /(^|\/)maplibre-gl[-.]/.test(file);

/** Bytes as a compressing server would send them (gzip -9); nothing for an empty file. */
export const gzipSize = (bytes: Uint8Array) => (bytes.length ? gzipSync(bytes, { level: 9 }).length : 0);
