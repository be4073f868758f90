// The map style as typed code: a pure function of where the data lives.
// A muted basemap (pale land, light water, thin grey borders, small grey
// labels) under the statement's regions, coloured by kind.
import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { RegionKind } from '../model/types';
import { BASEMAP, CONTEXT_COLOURS, KIND_COLOURS, SELECTION } from '../content/palette';
import { TILESETS } from '../content/tilesets';
import { DEFAULT_LANG, type Lang } from '../content/languages';
import { CJK_FONTS, CJK_RANGE } from '../content/fonts';
import { SITE_RADIUS_PX, SITE_RIM_PX } from '../content/markers';

/** The tilesets with land in them. */
const LAND = TILESETS.filter((t) => t.layers.includes('land'));
/** Where the wide region outlines (countries, seas) are drawn from: a tileset, not the regions GeoJSON. */
const WIDE = { source: 'regions-wide', 'source-layer': 'regions' } as const;
/** The polygons of a tiled layer (its lines are the real edges of polygons the build cut). */
const POLYGONS: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
/**
 * What a line layer over tiled polygons draws: every outline but those of polygons the build
 * cut (at the antimeridian, or where one land tier meets the next), whose real edges follow
 * them as lines (geodata/build/steps/tiles.ts). A cut drawn would be a straight seam.
 */
const EDGES: ExpressionSpecification = ['!', ['has', 'cut']];


/**
 * Local fonts: the style has no `glyphs`, so MapLibre draws labels with these,
 * but for Japanese, which it draws with the atlas's own font (fontFaces).
 */
const FONT = ['Noto Sans', 'DejaVu Sans', 'Helvetica Neue', 'Arial', 'sans-serif'];
const FONT_ITALIC = ['Noto Sans Italic', 'DejaVu Sans Oblique', 'Georgia', 'serif'];

/**
 * The map's Japanese glyphs come from the atlas's own font, the file the
 * stylesheets use (MapLibre fetches it when it first draws a character in its
 * range, and draws once it is loaded), so they are never empty boxes where the
 * machine has no Japanese font. Declared for the first name of each stack.
 */
function fontFaces(dataUrl: StyleOptions['dataUrl']) {
  const face = [{ url: dataUrl(CJK_FONTS.jp.path), 'unicode-range': [...CJK_RANGE] }];
  return { [FONT[0]!]: face, [FONT_ITALIC[0]!]: face };
}

export { CONTEXT_LAYERS, type ContextLayer, NO_CONTEXT } from './context-layers';
import { CONTEXT_LAYERS, type ContextLayer } from './context-layers';

/** Where region feature state (hover, selected) lives: the islands' GeoJSON, the wide outlines' tiles, the labels. */

export const REGION_STATE_SOURCES = [{ source: 'regions' }, { source: 'regions-wide', sourceLayer: 'regions' }, { source: 'region-labels' }] as const;

/** Layers the pointer can pick regions from, topmost first. */
export const INTERACTIVE_LAYERS = ['region-site', 'region-island-halo', 'region-island-fill', 'region-wide-fill'];

export interface StyleOptions {
  /** Absolute URL of a file under public/data (MapLibre's worker cannot resolve relative URLs). */
  dataUrl: (path: string) => string;
  /** Only these regions are drawn (a text that names fewer than all); absent: every region. The basemap does not label a sea drawn as a region. */
  only?: readonly string[];
  /** The interface language the region labels start in (so a Japanese first view is drawn once, in Japanese). */
  lang?: Lang;
  /** Whether a place is selected or pointed at as the map opens: if not, the layers that draw only that start hidden (drawnOnInteraction). */
  interaction?: boolean;
  /** A user's text: its places (the verified regions and its gazetteer points) and their labels, in place of the files. */
  places?: { regions: FeatureCollection; labels: FeatureCollection };
}

/** Marks a layer that draws only what the reader points at or selects. */
const ON_INTERACTION = { metadata: { 'atlas:drawn': 'on-interaction' } } as const;
/**
 * Whether a layer draws only what the reader points at or selects (outlines,
 * halos, the ring): hidden until the first hover or selection, so a first view
 * compiles none of their shader programs; then shown for good (showing a layer
 * re-reads its source's tiles once).
 */
export const drawnOnInteraction = (l: LayerSpecification) => (l.metadata as { 'atlas:drawn'?: string } | undefined)?.['atlas:drawn'] === 'on-interaction';

/** Where the regions are drawn from: a layer on one of these draws regions. */
const REGION_SOURCES = new Set(['regions', 'regions-wide', 'region-labels']);

/** The layers, drawing only the given regions (a filter set once, in the style: no change after load). */
function onlyRegions(layers: LayerSpecification[], only: readonly string[] | undefined): LayerSpecification[] {
  if (!only) return layers;
  const named: ExpressionSpecification = ['in', ['get', 'id'], ['literal', [...only]]];
  return layers.map((l) =>
    'source' in l && typeof l.source === 'string' && REGION_SOURCES.has(l.source)
      ? ({ ...l, filter: 'filter' in l && l.filter ? ['all', named, l.filter as ExpressionSpecification] : named } as LayerSpecification)
      : l,
  );
}

/**
 * A value by feature, the same at every zoom, written as a zoom curve. MapLibre
 * compiles a shader program for each mix of constant, by-feature and
 * by-zoom-and-feature paint properties a layer type has: written so, the wide
 * regions' fill and sea limits share the programs of the islands' fill and
 * outline, whose opacity does fade with zoom (two compiles fewer at first view).
 */
const atEveryZoom = (value: ExpressionSpecification): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 0, value, 24, value];

/** A property no feature has: what `sameForEvery` reads. */
const NO_PROPERTY = 'atlas:none';
/**
 * One value for every feature, written as a value by feature (the feature's
 * own `atlas:none`, which none has, else the value). For the same reason as
 * atEveryZoom: the basemap's land, coastlines, borders and place dots then
 * share the programs of the region layers, whose colours do vary by feature
 * (three compiles fewer at first view, ~60 ms each on software WebGL).
 */
const sameForEvery = {
  colour: (value: string): ExpressionSpecification => ['to-color', ['coalesce', ['get', NO_PROPERTY], value]],
  number: (value: number): ExpressionSpecification => ['to-number', ['coalesce', ['get', NO_PROPERTY], value]],
};
/** Fully opaque, written as an opacity by zoom and feature (see sameForEvery). */
const OPAQUE = atEveryZoom(sameForEvery.number(1));

const state = (key: 'selected' | 'hover'): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const kindIn = (...kinds: RegionKind[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];
const kindColour: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  ...Object.entries(KIND_COLOURS).flat(),
  '#555555',
] as unknown as ExpressionSpecification;

/** How much of its kind's colour an island's halo takes over the water, by state. */
const HALO_TINT = { rest: 0.2, hover: 0.38, selected: 0.55 };
/** Each kind's colour mixed into the water's by `share` (an opaque tint). */
function kindTint(share: number): ExpressionSpecification {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const water = rgb(BASEMAP.water);
  const mix = (hex: string) => `rgb(${rgb(hex).map((c, i) => Math.round(c * share + water[i]! * (1 - share))).join(', ')})`;
  return ['match', ['get', 'kind'], ...Object.entries(KIND_COLOURS).flatMap(([k, c]) => [k, mix(c)]), mix('#555555')] as unknown as ExpressionSpecification;
}

/**
 * The sea labels the basemap shows: those not drawn as a region (the data build
 * marks a label that names a region with its id). Every region drawn, none
 * that names one.
 */
const seaLabelShown = (drawn: readonly string[] | undefined): ExpressionSpecification =>
  drawn ? ['!', ['in', ['coalesce', ['get', 'region'], ''], ['literal', [...drawn]]]] : ['!', ['has', 'region']];

/** The basemap under everything: water, land, coasts and borders. */
function basemapGround(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': BASEMAP.water } },
    shelfLayer(),
    // Land from each tileset (their areas do not overlap), then its coastline.
    ...LAND.map((t): LayerSpecification => ({ id: `land-${t.id}`, type: 'fill', source: t.source, 'source-layer': 'land', filter: POLYGONS, paint: { 'fill-color': sameForEvery.colour(BASEMAP.land), 'fill-opacity': OPAQUE, ...DRAWN_EDGE } })),
    ...LAND.map(
      (t): LayerSpecification => ({
        id: `coastline-${t.id}`,
        type: 'line',
        source: t.source,
        'source-layer': 'land',
        filter: EDGES,
        paint: { 'line-color': sameForEvery.colour(BASEMAP.coast), 'line-opacity': OPAQUE, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.3, 8, 0.8, 12, 1.2] },
      }),
    ),
    {
      id: 'borders',
      type: 'line',
      source: 'basemap-world',
      'source-layer': 'borders',
      paint: { 'line-color': sameForEvery.colour(BASEMAP.border), 'line-opacity': OPAQUE, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 8, 1] },
    },
  ];
}

/**
 * The basemap's labels and place dots: drawn above every region layer, so no
 * outline or halo of a selection runs over a city's or an island's name.
 */
function basemapLabels(drawn: readonly string[] | undefined, lang: Lang): LayerSpecification[] {
  return [
    {
      id: 'sea-labels',
      type: 'symbol',
      source: 'sea-labels',
      filter: ['all', seaLabelShown(drawn), ['<=', ['get', 'rank'], ['+', ['zoom'], 1]]],
      layout: {
        'text-field': labelText(lang),
        'text-font': FONT_ITALIC,
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 8, 13],
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
      },
      paint: { 'text-color': '#6f8a9c', 'text-halo-color': BASEMAP.water, 'text-halo-width': 1 },
    },
    {
      id: 'places',
      type: 'circle',
      source: 'places',
      minzoom: 3,
      filter: ['any', ['get', 'capital'], ['<=', ['get', 'rank'], ['-', ['zoom'], 1]]],
      paint: { 'circle-radius': sameForEvery.number(2.5), 'circle-color': sameForEvery.colour(BASEMAP.label), 'circle-stroke-color': BASEMAP.halo, 'circle-stroke-width': sameForEvery.number(1) },
    },
    // The islands the cards and the measure tool name (Uotsuri-jima, Ishigaki-jima, …), from the zoom each asks.
    {
      id: 'island-names',
      type: 'symbol',
      source: 'island-names',
      minzoom: 5,
      filter: ['>=', ['zoom'], ['get', 'minzoom']],
      layout: {
        'text-field': labelText(lang),
        'text-font': FONT_ITALIC,
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 0.5],
        'text-max-width': 8,
      },
      paint: { 'text-color': '#3d4a55', 'text-halo-color': BASEMAP.halo, 'text-halo-width': 1.4 },
    },
    {
      id: 'place-labels',
      type: 'symbol',
      source: 'places',
      minzoom: 3,
      filter: ['any', ['get', 'capital'], ['<=', ['get', 'rank'], ['-', ['zoom'], 1]]],
      layout: {
        'text-field': labelText(lang),
        'text-font': FONT,
        'text-size': ['case', ['get', 'capital'], 12, 11],
        'text-offset': [0, 0.6],
        'text-anchor': 'top',
      },
      paint: { 'text-color': BASEMAP.label, 'text-halo-color': BASEMAP.halo, 'text-halo-width': 1.2 },
    },
  ];
}

const hidden = { visibility: 'none' as const };

/**
 * For a fill whose edge a line layer draws (the coastlines, the region outlines):
 * MapLibre's antialiased edge would be a second shader program per kind of fill,
 * compiled at first view, for an edge nobody sees under the line.
 */
const DRAWN_EDGE = { 'fill-antialias': false } as const;

/** Drawn under the land: deep water, so the continental shelf shows as the paler sea. */
function shelfLayer(): LayerSpecification {
  return { id: 'context-shelf', type: 'fill', source: 'shelf-deep', layout: hidden, paint: { 'fill-color': CONTEXT_COLOURS.shelf, 'fill-opacity': 0.7 } };
}

function contextLayers(): LayerSpecification[] {
  return [
    { id: 'context-island-groups-fill', type: 'fill', source: 'island-groups', layout: hidden, paint: { 'fill-color': CONTEXT_COLOURS['island-groups'], 'fill-opacity': 0.12 } },
    { id: 'context-sea-features-fill', type: 'fill', source: 'sea-features', layout: hidden, paint: { 'fill-color': CONTEXT_COLOURS['sea-features'], 'fill-opacity': 0.25 } },
  ];
}

/** The context layers' lines: above the regions' shapes and halos, so a layer turned on is seen over the places it outlines. */
function contextLines(): LayerSpecification[] {
  return [
    { id: 'context-island-groups-line', type: 'line', source: 'island-groups', layout: hidden, paint: { 'line-color': CONTEXT_COLOURS['island-groups'], 'line-width': 2, 'line-dasharray': [2, 1] } },
    { id: 'context-sea-features-line', type: 'line', source: 'sea-features', layout: hidden, paint: { 'line-color': CONTEXT_COLOURS['sea-features'], 'line-width': 1.2 } },
    { id: 'context-maritime', type: 'line', source: 'maritime', layout: hidden, paint: { 'line-color': CONTEXT_COLOURS.maritime, 'line-width': 1.2, 'line-dasharray': [4, 2, 1, 2] } },
  ];
}

/**
 * The context layers' names: drawn last, so a layer the reader turned on is
 * named even where another label would be in the way.
 */
function contextLabels(lang: Lang): LayerSpecification[] {
  const labelLayout = (size: number) => ({ ...hidden, 'text-field': labelText(lang), 'text-font': FONT, 'text-size': size, 'text-max-width': 8 });
  return [
    {
      id: 'context-shelf-label',
      type: 'symbol',
      source: 'shelf-deep',
      filter: ['==', ['geometry-type'], 'Point'],
      layout: { ...labelLayout(12), 'text-font': FONT_ITALIC, 'text-letter-spacing': 0.06 },
      paint: { 'text-color': '#2d5a7a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
    },
    {
      id: 'context-island-groups-label',
      type: 'symbol',
      source: 'island-groups',
      filter: ['==', ['geometry-type'], 'Point'],
      // Each name where its data put it, beside its group in open sea (geodata/regions/island-groups.json).
      layout: { ...labelLayout(12), 'text-anchor': ['get', 'anchor'], 'text-max-width': 12, 'text-allow-overlap': true },
      paint: { 'text-color': CONTEXT_COLOURS['island-groups'], 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      id: 'context-sea-features-label',
      type: 'symbol',
      source: 'sea-features',
      filter: ['!=', ['get', 'name'], ''],
      layout: labelLayout(11.5),
      paint: { 'text-color': CONTEXT_COLOURS['sea-features'], 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}

/**
 * The selection's outline, drawn only on interaction. Unselected, a line is 0 wide,
 * not 0 opaque: a width by state is what the hover outline has, so the two share a program.
 */
function selectedOutline(name: string, from: { source: string; 'source-layer'?: string }): LayerSpecification[] {
  const lines: ExpressionSpecification = ['all', ['!=', ['geometry-type'], 'Point'], EDGES];
  return [
    // Opaque: a wide translucent line shows every place it overlaps itself.
    { id: `region-selected-halo-${name}`, type: 'line', ...from, ...ON_INTERACTION, filter: lines, paint: { 'line-color': SELECTION.halo, 'line-width': ['case', state('selected'), 7, 0] } },
    { id: `region-selected-line-${name}`, type: 'line', ...from, ...ON_INTERACTION, filter: lines, paint: { 'line-color': kindColour, 'line-width': ['case', state('selected'), 3.5, 0] } },
  ];
}

/** The layers drawn on interaction hidden (none yet), or all as they are. */
function interactionShown(layers: LayerSpecification[], shown: boolean): LayerSpecification[] {
  return shown ? layers : layers.map((l) => (drawnOnInteraction(l) ? ({ ...l, layout: { ...l.layout, ...hidden } } as LayerSpecification) : l));
}

/**
 * A site inside a place the text names (Futenma on Okinawa) is drawn, labelled and so picked apart from it
 * only from the zoom its data give (`apartFrom`): below, its marker would cover the place, and a click there
 * means the place. A site whose place the text does not name (so does not draw) is drawn at every zoom.
 */
function apartShown(only: readonly string[] | undefined): ExpressionSpecification {
  const apart: ExpressionSpecification = ['>=', ['zoom'], ['coalesce', ['get', 'apartFrom'], 0]];
  return only ? ['any', apart, ['!', ['in', ['coalesce', ['get', 'within'], ''], ['literal', [...only]]]]] : apart;
}

function regionLayers(only: readonly string[] | undefined): LayerSpecification[] {
  const layers: LayerSpecification[] = [
    // Countries and wide regions almost invisible until hovered or selected; seas and
    // straits translucent water. One layer (the opacity by kind), so one set of buckets.
    {
      id: 'region-wide-fill',
      ...WIDE,
      type: 'fill',
      filter: POLYGONS,
      paint: {
        ...DRAWN_EDGE,
        'fill-color': kindColour,
        'fill-opacity': atEveryZoom(['match', ['get', 'kind'], ['sea', 'strait'], ['case', state('selected'), 0.24, state('hover'), 0.17, 0.09], ['case', state('selected'), 0.14, state('hover'), 0.08, 0.001]]),
      },
    },
    {
      id: 'region-land-line',
      ...WIDE,
      ...ON_INTERACTION,
      type: 'line',
      filter: ['all', kindIn('country', 'region'), EDGES],
      paint: {
        'line-color': kindColour,
        'line-width': ['case', state('selected'), 2.5, state('hover'), 1.5, 0],
      },
    },
    // Seas and straits: a dashed limit.
    {
      id: 'region-water-line',
      ...WIDE,
      type: 'line',
      filter: ['all', kindIn('sea', 'strait'), EDGES],
      paint: {
        'line-color': kindColour,
        // Firmer when pointed at or selected.
        'line-opacity': atEveryZoom(['case', state('selected'), 1, state('hover'), 0.9, 0.75]),
        'line-width': ['case', state('selected'), 3, state('hover'), 2, 1],
        'line-dasharray': [3, 2],
      },
    },
    // Islands: at low zoom a wide halo keeps islets a few hundred metres across
    // visible and clickable; closer up it narrows away, so the coastline reads.
    // Opaque, in a pale tint of the kind's colour (a translucent one darkens
    // wherever the line overlaps itself, in spikes along a detailed coast), and
    // pale unless selected: only the selection is drawn in the kind's own colour.
    {
      id: 'region-island-halo',
      type: 'line',
      source: 'regions',
      filter: kindIn('island-group', 'island'),
      paint: {
        'line-color': ['case', state('selected'), kindTint(HALO_TINT.selected), state('hover'), kindTint(HALO_TINT.hover), kindTint(HALO_TINT.rest)],
        'line-opacity': OPAQUE,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 9, 9, 0],
      },
    },
    {
      id: 'region-island-fill',
      type: 'fill',
      source: 'regions',
      filter: kindIn('island-group', 'island'),
      paint: {
        ...DRAWN_EDGE,
        'fill-color': kindColour,
        'fill-opacity': [
          'interpolate',
          ['linear'],
          ['zoom'],
          6,
          ['case', state('selected'), 0.45, state('hover'), 0.36, 0.26],
          9,
          ['case', state('selected'), 0.14, state('hover'), 0.1, 0],
        ],
      },
    },
    {
      id: 'region-island-line',
      type: 'line',
      source: 'regions',
      filter: kindIn('island-group', 'island'),
      paint: {
        'line-color': kindColour,
        // Close up, the widened outline would read as a second coastline offshore: only a hovered or selected island keeps it.
        // Unselected, it is half as strong: the kind's full colour is the selection's.
        'line-opacity': ['interpolate', ['linear'], ['zoom'], 6, ['case', state('selected'), 1, state('hover'), 1, 0.5], 9, ['case', state('selected'), 0.55, state('hover'), 0.55, 0]],
        'line-width': ['case', state('hover'), 2, 1],
        'line-dasharray': [4, 2],
      },
    },
    // The selection: a thick outline over a white halo, on top of everything,
    // from the tiles for wide outlines and from the GeoJSON for islands.
    ...selectedOutline('wide', WIDE),
    ...selectedOutline('islands', { source: 'regions' }),
    // Small islands stay findable when selected: a ring around them until they are big enough to see;
    // so does a site below the zoom it is drawn from (apartShown).
    {
      id: 'region-selected-ring',
      type: 'circle',
      ...ON_INTERACTION,
      source: 'region-labels',
      maxzoom: 9,
      filter: ['all', ['any', kindIn('island-group', 'island'), ['has', 'apartFrom']], ['get', 'ring'], ['<', ['zoom'], ['coalesce', ['get', 'apartFrom'], ['get', 'ringUntil']]]],
      paint: {
        'circle-radius': 18,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': kindColour,
        'circle-stroke-width': ['case', state('selected'), 3, 0],
      },
    },
    {
      id: 'region-site',
      type: 'circle',
      source: 'regions',
      filter: ['all', ['==', ['geometry-type'], 'Point'], apartShown(only)],
      paint: {
        'circle-color': kindColour,
        'circle-radius': ['case', state('selected'), 9, state('hover'), 8, SITE_RADIUS_PX],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': ['case', state('selected'), 3, SITE_RIM_PX],
      },
    },
  ];
  return layers;
}

/** The regions' names, above everything else (they win where labels collide). */
function regionLabels(lang: Lang, only: readonly string[] | undefined): LayerSpecification[] {
  return [
    {
      id: 'region-labels',
      type: 'symbol',
      source: 'region-labels',
      filter: apartShown(only),
      layout: {
        'text-field': labelText(lang),
        'text-font': FONT,
        // Smaller in the overview, where the featured places lie close together.
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, ['case', ['get', 'featured'], 11, 10], 6, ['case', ['get', 'featured'], 13, 11.5]],
        // A strait's or an island chain's name in two short lines stays over its place.
        'text-max-width': ['match', ['get', 'kind'], 'strait', 5, 'island-group', 7, 9],
        // Each label sits where the data puts it (region-labels.geojson, checked to lie on its
        // region): centred on its shape, or just beside a small place. A label that moved to
        // wherever it fits would read as a claim about where the place is.
        'text-anchor': ['get', 'anchor'],
        'text-offset': ['match', ['get', 'anchor'], 'top', ['literal', [0, 0.9]], 'bottom', ['literal', [0, -0.9]], 'left', ['literal', [0.9, 0]], 'right', ['literal', [-0.9, 0]], ['literal', [0, 0]]],
        // Where labels collide, the featured island groups and seas win, then islands, then sites, then the rest.
        'symbol-sort-key': ['case', ['get', 'featured'], ['match', ['get', 'kind'], 'island-group', 0, 'sea', 1, 'strait', 1, 'island', 2, 3], 5],
      },
      paint: {
        // One colour (the featured places stand out by size): a colour by feature would be a shader program of its own.
        'text-color': '#26313a',
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.5,
      },
    },
  ];
}

function measureLayers(): LayerSpecification[] {
  return [
    {
      id: 'measure-line',
      type: 'line',
      source: 'measure',
      filter: ['!=', ['geometry-type'], 'Point'],
      paint: { 'line-color': '#111111', 'line-width': 2.5, 'line-dasharray': [2, 1.5] },
    },
    {
      id: 'measure-ends',
      type: 'circle',
      source: 'measure',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 5, 'circle-color': '#111111', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    },
  ];
}

/** A point's number (the places an ambiguous name may mean, as the editor lists them): last, so over every name and placed first. */
const MARKS: LayerSpecification = {
  id: 'measure-marks',
  type: 'symbol',
  source: 'measure',
  filter: ['has', 'n'],
  layout: { 'text-field': ['get', 'n'], 'text-font': FONT, 'text-size': 15, 'text-anchor': 'right', 'text-offset': [-0.5, 0], 'text-allow-overlap': true },
  paint: { 'text-color': '#111111', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
};

/** The region labels' text in a language: its `name_<lang>` where the data has one, else the statement's term. */
export function labelText(lang: Lang): ExpressionSpecification {
  return lang === DEFAULT_LANG ? ['get', 'name'] : ['coalesce', ['get', `name_${lang}`], ['get', 'name']];
}

/**
 * Whether each toggleable layer should show, given the context toggles, the
 * labels switch and whether anything has been pointed at or selected yet: a context label
 * shows only with its group and labels on.
 */
export function layerVisibility(style: StyleSpecification, context: Record<ContextLayer, boolean>, labels: boolean, interaction = false): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const l of style.layers) if (drawnOnInteraction(l)) out.set(l.id, interaction);
  for (const [group, ids] of Object.entries(CONTEXT_LAYERS) as [ContextLayer, readonly string[]][])
    for (const id of ids) out.set(id, context[group]);
  for (const l of style.layers) if (l.type === 'symbol') out.set(l.id, labels && (out.get(l.id) ?? true));
  return out;
}

/**
 * GeoJSON sources whose data the map fetches only once one of their layers
 * is shown (the context layers, off by default). Until then a source is
 * empty, so the first view does not download it.
 */
export interface OnDemandData {
  source: string;
  path: string;
  layers: readonly string[];
}
export const ON_DEMAND: readonly OnDemandData[] = [
  { source: 'shelf-deep', path: 'context/shelf-deep.geojson', layers: CONTEXT_LAYERS.shelf },
  { source: 'island-groups', path: 'context/island-groups.geojson', layers: CONTEXT_LAYERS['island-groups'] },
  { source: 'sea-features', path: 'context/sea-features.geojson', layers: CONTEXT_LAYERS['sea-features'] },
  { source: 'maritime', path: 'basemap/maritime.geojson', layers: CONTEXT_LAYERS.maritime },
];

/**
 * The basemap alone (land, coasts, borders, seas and cities): the map under a
 * text the user brought, whose places are drawn by the view that shows them.
 */
export function generateBasemapStyle({ dataUrl }: Pick<StyleOptions, 'dataUrl'>): StyleSpecification {
  const full = generateStyle({ dataUrl, only: [] });
  // Not the atlas's own island names, nor the shelf (a context layer the view has no control for).
  const layers = [...basemapGround(), ...basemapLabels([], DEFAULT_LANG)].filter((l) => l.id !== 'island-names' && l.id !== 'context-shelf');
  const used = new Set(layers.flatMap((l) => ('source' in l && typeof l.source === 'string' ? [l.source] : [])));
  return { ...full, name: 'Statement Atlas basemap', sources: Object.fromEntries(Object.entries(full.sources).filter(([id]) => used.has(id))), layers };
}

export function generateStyle({ dataUrl, only, lang = DEFAULT_LANG, interaction = false, places }: StyleOptions): StyleSpecification {
  const geojson = (path: string, extra: object = {}, data: string | FeatureCollection = dataUrl(path)) => ({ type: 'geojson' as const, data, ...extra });
  const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
  const ne = '<a href="https://www.naturalearthdata.com/">Made with Natural Earth</a>';
  const osm = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>';
  return {
    version: 8,
    name: 'Statement Atlas',
    'font-faces': fontFaces(dataUrl),
    sources: {
      ...Object.fromEntries(
        TILESETS.map((t) => [
          t.source,
          {
            type: 'vector' as const,
            // Braces appended after the URL is made: URL() would percent-encode them.
            tiles: [`${dataUrl(`tiles/${t.id}/`)}{z}/{x}/{y}.pbf`],
            maxzoom: t.maxzoom,
            bounds: t.bounds,
            attribution: t.id === 'focus' ? osm : ne,
            // Feature state (hover, selected) is keyed by region id.
            ...(t.layers.includes('regions') ? { promoteId: { regions: 'id' } } : {}),
          },
        ]),
      ),
      'sea-labels': geojson('basemap/sea-labels.geojson'),
      places: geojson('basemap/places.geojson'),
      'island-names': geojson('basemap/island-names.geojson'),
      regions: geojson('regions-lite.geojson', { promoteId: 'id', tolerance: 0.2 }, places?.regions),
      'region-labels': geojson('region-labels.geojson', { promoteId: 'id' }, places?.labels),
      // Empty until needed (ON_DEMAND).
      ...Object.fromEntries(ON_DEMAND.map((d) => [d.source, empty])),
      // The measure tool's line and ends, set at run time.
      measure: empty,
    },
    // Labels are switched at run time (layerVisibility), not by a second style.
    // Labels last: every name is drawn over the outlines, halos and rings of a selection.
    layers: [
      ...basemapGround(),
      ...contextLayers(),
      ...interactionShown(onlyRegions(regionLayers(only), only), interaction),
      ...contextLines(),
      ...measureLayers(),
      ...basemapLabels(only, lang),
      ...onlyRegions(regionLabels(lang, only), only),
      ...contextLabels(lang),
      MARKS,
    ],
  };
}
