// The map's boxes, [west, south, east, north] in degrees: one place for each,
// read by the data build (clipping, tiles, static pictures) and the app (the
// overview camera) alike.
export type Box = [west: number, south: number, east: number, north: number];

/** The whole Web Mercator world. */
export const WORLD_BOX: Box = [-180, -85.0511, 180, 85.0511];
/** East Asia: Natural Earth 10m land and the context layers inside, 50m land outside. */
export const EAST_ASIA_BOX: Box = [95, -12, 160, 50];
/** The statement's core area (Southwest Islands, Senkaku, Taiwan, the Strait): islands wholly inside come from OSM. */
export const FOCUS_BOX: Box = [117, 21, 131.5, 31.5];
/** The first view: from the South China Sea to Japan. */
export const OVERVIEW_BOX: Box = [100, 2, 150, 44];
/**
 * What each teaching layer is there to show, fitted when it is turned on: the
 * East China Sea shelf and the Okinawa Trough; the six island groups with their
 * names; the Spratly and Paracel Islands and Scarborough Shoal; the East Asian
 * maritime lines (tests/unit/context.test.ts holds each box to its layer's data).
 */
export const CONTEXT_BOXES = {
  shelf: [117, 22.5, 132, 34],
  'island-groups': [122.6, 23.4, 133.6, 31.2],
  'sea-features': [108.5, 4, 120.5, 20.5],
  maritime: OVERVIEW_BOX,
} as const satisfies Record<string, Box>;
