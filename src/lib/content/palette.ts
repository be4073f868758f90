// Every colour the map and the text share, in one place: the data build's
// static pictures and the app's style and components read them from here.

/** Colour-blind-safe hues (Okabe–Ito) by region kind, shared with the text. */
export const KIND_COLOURS = {
  sea: '#0072B2',
  strait: '#0072B2',
  'island-group': '#D55E00',
  island: '#D55E00',
  site: '#A8457F',
  country: '#5F6B73',
  region: '#5F6B73',
} as const satisfies Record<import('../model/types').RegionKind, string>;

export const BASEMAP = {
  water: '#dce8ef',
  land: '#f5f3ee',
  coast: '#b4c2ca',
  border: '#b9b3aa',
  label: '#5b6670',
  halo: '#ffffff',
};

export const CONTEXT_COLOURS = {
  shelf: '#9dbdd3',
  // Green, so it cannot be taken for the orange of a selected island group.
  'island-groups': '#3f7a2a',
  'sea-features': '#6a3d9a',
  maritime: '#444444',
};
