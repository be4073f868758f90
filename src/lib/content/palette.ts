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

/**
 * How a selection is marked, on the map and in the text (a selected place's
 * own outline, ring and mentions take its kind's colour). Components read
 * these as CSS custom properties, `--selection-<key>` (see cssColours).
 */
/** The text's ink: headings, rules, the bar beside the passage being read. */
export const INK = '#1f2a33';

export const SELECTION = {
  /** Under a selected outline on the map, so it reads on any fill. */
  halo: '#ffffff',
  /** The bar beside the passage being read. */
  passage: INK,
  /** Behind the passage being read, in the statement and in the panel. */
  'passage-background': '#f6f4ef',
  /** The bar beside every passage that names the selected place. */
  naming: '#c9d2d8',
  /** The guided tour's progress bar and focus ring. */
  tour: '#f0b429',
  /** A place picked in a text being written or shared: the bar beside its card and the editor, its chip's and mention's outline, its point on the map. */
  picked: '#d55e00',
  /** Behind a picked place's chip and its mentions in that text. */
  'picked-background': '#fde3cf',
};

/** The colours the stylesheets use, as custom properties for the document's root. */
export const cssColours = (): Record<string, string> =>
  Object.fromEntries(Object.entries(SELECTION).map(([k, v]) => [`--selection-${k}`, v]));
