// The map style is valid MapLibre style and keeps its promises: no glyph server, local data only.
import { type FilterSpecification, type StylePropertySpecification, featureFilter, latest, normalizePropertyExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dueOnDemand } from '../../src/lib/map/on-demand';
import { CONTEXT_LAYERS, INTERACTIVE_LAYERS, ON_DEMAND, REGION_STATE_SOURCES, drawnOnInteraction, generateBasemapStyle, generateStyle, layerVisibility } from '../../src/lib/map/style';
import { filesUnder, readJson, readText, regions, root } from './helpers';

const style = generateStyle({ dataUrl: (p) => `http://127.0.0.1:4173/data/${p}` });

describe('map style', () => {
  test('passes the MapLibre style-spec validator', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  test('a text that names fewer regions draws only those; the basemap alone draws none', () => {
    const only = ['okinawa', 'taiwan-strait'];
    const some = generateStyle({ dataUrl: (p) => `http://127.0.0.1:4173/data/${p}`, only });
    expect(validateStyleMin(some)).toEqual([]);
    const regionSources = ['regions', 'regions-wide', 'region-labels'];
    const drawing = some.layers.filter((l) => 'source' in l && regionSources.includes(l.source as string));
    expect(drawing.length).toBeGreaterThan(10);
    for (const l of drawing) expect(JSON.stringify((l as { filter: unknown }).filter), l.id).toContain(JSON.stringify(['in', ['get', 'id'], ['literal', only]]));
    // Every other layer is the full style's own.
    const others = some.layers.filter((l) => !drawing.includes(l)).map((l) => l.id);
    expect(others.length).toBeGreaterThan(5);
    for (const id of others) if (!id.startsWith('sea-labels')) expect(some.layers.find((l) => l.id === id)).toEqual(style.layers.find((l) => l.id === id));
    const basemap = generateBasemapStyle({ dataUrl: (p) => `http://127.0.0.1:4173/data/${p}` });
    expect(validateStyleMin(basemap)).toEqual([]);
    expect(basemap.layers.some((l) => 'source' in l && regionSources.includes(l.source as string))).toBe(false);
    expect(Object.keys(basemap.sources).sort()).toEqual(['basemap-east-asia', 'basemap-focus', 'basemap-world', 'places', 'sea-labels']);
  });

  test('the basemap labels no sea that is drawn as a region: every region drawn, the text\'s, or none', () => {
    const labels = readJson<{ features: { properties: { name: string; rank: number; region?: string } }[] }>('public/data/basemap/sea-labels.geojson').features;
    // The data build marks each label that names a region with its id, so the style needs no names.
    const byName = new Map(regions().features.map((f) => [f.properties.name, f.properties.id]));
    for (const l of labels) expect(l.properties.region, l.properties.name).toBe(byName.get(l.properties.name));
    const hidden = (s: typeof style) => {
      const layer = s.layers.find((l) => l.id === 'sea-labels') as { filter: FilterSpecification };
      const shown = featureFilter(layer.filter, 'filter');
      return labels.filter((l) => !shown.filter({ zoom: 12 }, { type: 1, properties: l.properties, geometry: [] } as never)).map((l) => l.properties.name).sort();
    };
    expect(hidden(style)).toEqual(['East China Sea', 'South China Sea', 'Taiwan Strait']);
    expect(hidden(generateStyle({ dataUrl: (p) => p, only: ['okinawa', 'taiwan-strait'] }))).toEqual(['Taiwan Strait']);
    expect(hidden(generateBasemapStyle({ dataUrl: (p) => p }))).toEqual([]);
  });

  test('has no glyphs or sprite: labels use local fonts, nothing is fetched from a font server', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });

  test('reads every source from the app\'s own data: tiles, files, or nothing until needed', () => {
    const later = new Set([...ON_DEMAND.map((d) => d.source), 'measure']);
    for (const [id, source] of Object.entries(style.sources)) {
      if (source.type === 'vector') {
        expect(source.tiles, id).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:4173\/data\/tiles\/[\w-]+\/\{z\}\/\{x\}\/\{y\}\.pbf$/)]);
        continue;
      }
      expect(source.type, id).toBe('geojson');
      const data = (source as { data: unknown }).data;
      if (typeof data === 'string') expect(data, id).toMatch(/^http:\/\/127\.0\.0\.1:4173\/data\//);
      else expect(later.has(id), `${id} starts empty`).toBe(true);
    }
  });

  test('on-demand data: each source exists, each file is built, and each is fetched once when due', () => {
    for (const d of ON_DEMAND) {
      expect(style.sources[d.source], d.source).toBeDefined();
      expect(existsSync(join(root, 'public/data', d.path)), d.path).toBe(true);
    }
    expect(dueOnDemand(ON_DEMAND, () => false, new Set())).toEqual([]);
    const shelf = (l: string) => l === 'context-shelf';
    expect(dueOnDemand(ON_DEMAND, shelf, new Set()).map((d) => d.source)).toEqual(['shelf-deep']);
    expect(dueOnDemand(ON_DEMAND, shelf, new Set(['shelf-deep']))).toEqual([]);
    // Every context layer is covered: turning any on fetches its data.
    for (const ids of Object.values(CONTEXT_LAYERS)) expect(dueOnDemand(ON_DEMAND, (l) => l === ids[0], new Set()), ids[0]).toHaveLength(1);
  });

  test('credits Natural Earth and OpenStreetMap', () => {
    const attribution = Object.values(style.sources).map((s) => (s as { attribution?: string }).attribution ?? '').join(' ');
    expect(attribution).toMatch(/Natural Earth/);
    expect(attribution).toMatch(/OpenStreetMap/);
  });

  test('every interactive layer exists and draws regions, from the GeoJSON or the regions tiles', () => {
    for (const id of INTERACTIVE_LAYERS) {
      const layer = style.layers.find((l) => l.id === id) as { source?: string; 'source-layer'?: string } | undefined;
      expect(layer, id).toBeDefined();
      if (layer!.source === 'regions-wide') expect(layer!['source-layer'], id).toBe('regions');
      else expect(layer!.source, id).toBe('regions');
    }
  });

  test('feature state reaches every source that draws regions', () => {
    const drawing = new Set(style.layers.filter((l) => l.id.startsWith('region-')).map((l) => (l as { source: string }).source));
    expect(new Set(REGION_STATE_SOURCES.map((t) => t.source))).toEqual(drawing);
  });

  test('label layers are symbol layers; turning labels off hides all of them', () => {
    for (const l of style.layers) if (l.id.includes('label')) expect(l.type, l.id).toBe('symbol');
    const allOn = { shelf: true, 'island-groups': true, 'sea-features': true, maritime: true };
    const visible = layerVisibility(style, allOn, false);
    const symbols = style.layers.filter((l) => l.type === 'symbol').map((l) => l.id);
    expect(symbols.length).toBeGreaterThan(3);
    for (const id of symbols) expect(visible.get(id), id).toBe(false);
  });
});

test('what only a hover or a selection draws starts hidden, unless a place is selected as the map opens', () => {
  const selection = style.layers.filter(drawnOnInteraction);
  expect(selection.map((l) => l.id).sort()).toEqual(['region-land-line', 'region-selected-halo-islands', 'region-selected-halo-wide', 'region-selected-line-islands', 'region-selected-line-wide', 'region-selected-ring']);
  for (const l of selection) expect((l as { layout?: { visibility?: string } }).layout?.visibility, l.id).toBe('none');
  const selected = generateStyle({ dataUrl: (p) => `http://127.0.0.1:4173/data/${p}`, interaction: true });
  for (const l of selected.layers.filter(drawnOnInteraction)) expect((l as { layout?: { visibility?: string } }).layout?.visibility, l.id).toBeUndefined();
  const off = { shelf: false, 'island-groups': false, 'sea-features': false, maritime: false };
  for (const l of selection) {
    expect(layerVisibility(style, off, true).get(l.id), l.id).toBe(false);
    expect(layerVisibility(style, off, true, true).get(l.id), l.id).toBe(true);
  }
});

describe('layer toggles', () => {
  const off = { shelf: false, 'island-groups': false, 'sea-features': false, maritime: false };
  test('context layers start hidden and exist in the style', () => {
    for (const ids of Object.values(CONTEXT_LAYERS))
      for (const id of ids) {
        const layer = style.layers.find((l) => l.id === id);
        expect(layer, id).toBeDefined();
        expect((layer as { layout?: { visibility?: string } }).layout?.visibility, id).toBe('none');
      }
  });

  test('a context label shows only with its group and labels on', () => {
    const v = (ctx: typeof off, labels: boolean) => layerVisibility(style, ctx, labels);
    expect(v(off, true).get('context-island-groups-label')).toBe(false);
    expect(v({ ...off, 'island-groups': true }, true).get('context-island-groups-label')).toBe(true);
    expect(v({ ...off, 'island-groups': true }, false).get('context-island-groups-label')).toBe(false);
    expect(v(off, false).get('region-labels')).toBe(false);
    expect(v(off, true).get('region-labels')).toBe(true);
    expect(v({ ...off, shelf: true }, true).get('context-shelf')).toBe(true);
  });
});

test('the selection colours live in the palette only: no stylesheet or layer repeats one', async () => {
  const { INK, SELECTION } = await import('../../src/lib/content/palette');
  // White and the ink have other roles too; the rest are the selection's alone.
  const literals = Object.values(SELECTION).filter((c) => c !== '#ffffff' && c !== INK);
  expect(literals.length).toBeGreaterThanOrEqual(3);
  const repeating = filesUnder('src')
    .filter((f) => /\.(ts|svelte|css)$/.test(f) && !f.endsWith('content/palette.ts'))
    .filter((f) => literals.some((c) => readText(f).toLowerCase().includes(c)));
  expect(repeating).toEqual([]);
});

test('no component writes a selection colour by hand, and each --selection-* it reads is one main.ts sets', async () => {
  const { cssColours, INK, SELECTION } = await import('../../src/lib/content/palette');
  // The draft view, the editor and the embed once wrote the picked place's orange and its tint themselves.
  const literals = ['#d55e00', '#fde3cf', ...Object.values(SELECTION).filter((c) => c !== '#ffffff' && c !== INK)];
  const components = filesUnder('src').filter((f) => f.endsWith('.svelte'));
  expect(components.length).toBeGreaterThan(20);
  const written = components.flatMap((f) => literals.filter((c) => readText(f).toLowerCase().includes(c)).map((c) => `${f}: ${c}`));
  expect(written).toEqual([]);
  const set = Object.keys(cssColours());
  const unknown = components.flatMap((f) => [...readText(f).matchAll(/var\((--selection-[a-z-]+)/g)].map((m) => m[1]!).filter((v) => !set.includes(v)).map((v) => `${f}: ${v}`));
  expect(unknown).toEqual([]);
});

describe('drawing order and weights', () => {
  const index = (id: string) => style.layers.findIndex((l) => l.id === id);
  test('every label is drawn above every outline, halo, ring and fill: no selection runs over a name', () => {
    const symbols = style.layers.filter((l) => l.type === 'symbol');
    const marks = style.layers.filter((l) => l.type === 'line' || l.type === 'fill');
    const regionCircles = style.layers.filter((l) => l.type === 'circle' && 'source' in l && ['regions', 'region-labels', 'measure'].includes(l.source as string));
    const firstLabel = Math.min(...symbols.map((l) => index(l.id)));
    const below = [...marks, ...regionCircles].filter((l) => index(l.id) > firstLabel).map((l) => l.id);
    expect(below).toEqual([]);
    // Among the labels, the regions' own come after the basemap's, so they win where labels collide;
    // a context layer's names come last: the reader turned it on to see them.
    const last = (ids: string[]) => Math.max(...ids.map(index));
    expect(index('region-labels')).toBeGreaterThan(last(['sea-labels', 'place-labels', 'island-names']));
    expect(Math.min(...symbols.filter((l) => l.id.startsWith('context-')).map((l) => index(l.id)))).toBeGreaterThan(index('region-labels'));
  });

  /** A paint property's value for a feature of a kind at a zoom, in a state. */
  function paint(layerId: string, property: string, zoom: number, kind: string, featureState: Record<string, boolean> = {}): unknown {
    const layer = style.layers.find((l) => l.id === layerId) as { type: string; paint?: Record<string, unknown> };
    const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${layer.type}`]![property]!;
    const value = layer.paint?.[property] ?? (spec as { default?: unknown }).default;
    return normalizePropertyExpression(value as never, `layers.${layerId}.paint.${property}`, spec).evaluate({ zoom } as never, { type: 'Polygon', properties: { kind }, geometry: [] } as never, featureState);
  }
  const number = (v: unknown) => (typeof v === 'number' ? v : Number.NaN);

  test('a line wider than 3 px is opaque wherever it is drawn (a translucent one darkens where it overlaps itself, in spikes along a detailed coast)', () => {
    const wide: string[] = [];
    for (const l of style.layers.filter((x) => x.type === 'line'))
      for (let zoom = 0; zoom <= 13; zoom += 0.5)
        for (const kind of ['island', 'island-group', 'country', 'sea'])
          for (const s of [{}, { hover: true }, { selected: true }] as Record<string, boolean>[]) {
            const width = number(paint(l.id, 'line-width', zoom, kind, s));
            const opacity = number(paint(l.id, 'line-opacity', zoom, kind, s));
            if (width > 3 && opacity > 0 && opacity < 1) wide.push(`${l.id} at z${zoom} ${kind} ${JSON.stringify(s)}: ${width} px at ${opacity}`);
          }
    expect(wide.slice(0, 5)).toEqual([]);
  });

  test('an unselected island is never drawn in its kind\'s own colour at full strength: that colour and weight are the selection\'s', () => {
    const kind = 'island';
    const full = (c: unknown) => (c as { toString(): string }).toString();
    const own = full(paint('region-selected-line-islands', 'line-color', 6, kind, { selected: true }));
    for (let zoom = 3; zoom <= 9; zoom += 0.5) {
      // The halo: a pale tint, clearly paler than the selected one's.
      const halo = paint('region-island-halo', 'line-color', zoom, kind) as { r: number; g: number; b: number };
      const chosen = paint('region-island-halo', 'line-color', zoom, kind, { selected: true }) as { r: number; g: number; b: number };
      expect(full(halo)).not.toBe(own);
      const lightness = (c: { r: number; g: number; b: number }) => 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
      expect(lightness(halo) - lightness(chosen), `z${zoom}`).toBeGreaterThan(0.1);
      // The dashed outline: at most half strength unless selected, and thinner than the selection's line.
      expect(number(paint('region-island-line', 'line-opacity', zoom, kind)), `z${zoom}`).toBeLessThanOrEqual(0.5);
      expect(number(paint('region-selected-line-islands', 'line-width', zoom, kind, { selected: true }))).toBeGreaterThanOrEqual(3 * number(paint('region-island-line', 'line-width', zoom, kind)));
    }
  });
});
