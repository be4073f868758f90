// How many shader programs the map's first view needs. MapLibre compiles one per
// layer type and mix of paint properties that are constant or by zoom only
// (uniforms), by feature (attributes), or by zoom and feature: each costs a
// compile at first view (~60 ms on software WebGL). The style writes its
// constants so that the basemap's layers share the region layers' programs;
// this holds that, and tests/bench counts the programs the browser links.
import { createPropertyExpression, isExpression, latest, type LayerSpecification, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import { generateBasemapStyle, generateStyle } from '../../src/lib/map/style';
import { regions } from './helpers';

type Spec = Record<string, { 'property-type'?: string }>;
const PAINT: Record<string, Spec> = { fill: latest.paint_fill, line: latest.paint_line, circle: latest.paint_circle, symbol: latest.paint_symbol };

/** u: a uniform (constant or by zoom), a: an attribute (by feature), z: by zoom and feature. */
function binding(value: unknown, spec: Spec[string]): 'u' | 'a' | 'z' {
  if (value === undefined || !isExpression(value)) return 'u';
  const parsed = createPropertyExpression(value, 'paint', spec as never);
  if (parsed.result !== 'success') throw new Error(`not an expression MapLibre takes: ${JSON.stringify(value)}`);
  return parsed.value.kind === 'source' ? 'a' : parsed.value.kind === 'composite' ? 'z' : 'u';
}

/** The program a layer draws with, as MapLibre keys it (programs for icons and patterns aside: the atlas draws none). */
function program(layer: LayerSpecification): string {
  if (layer.type === 'background') return 'background';
  const paint = ('paint' in layer ? layer.paint : {}) as Record<string, unknown>;
  const spec = PAINT[layer.type];
  if (!spec) throw new Error(`no program model for ${layer.type} layers`);
  // The outline of a fill takes the fill's colour when it has none of its own.
  const value = (p: string) => (p === 'fill-outline-color' && paint[p] === undefined ? paint['fill-color'] : paint[p]);
  const props = Object.entries(spec)
    .filter(([p, s]) => /data-driven/.test(s['property-type'] ?? '') && (layer.type !== 'symbol' || p.startsWith('text-')))
    .map(([p, s]) => `${binding(value(p), s)}_${p}`);
  const name = layer.type === 'line' && paint['line-dasharray'] ? 'lineSDF' : layer.type === 'symbol' ? 'symbolSDF' : layer.type;
  return [name, ...props.sort()].join('/');
}

/** The layers the first view draws, by the program each needs. */
function firstViewPrograms(style: StyleSpecification) {
  // A layer draws nothing while it is hidden or its source is empty (the measure's, until one is taken).
  const empty = (l: LayerSpecification) => {
    const source = 'source' in l && typeof l.source === 'string' ? style.sources[l.source] : undefined;
    return source?.type === 'geojson' && typeof source.data === 'object' && 'features' in source.data && source.data.features.length === 0;
  };
  const shown = style.layers.filter((l) => (l.layout as { visibility?: string } | undefined)?.visibility !== 'none' && !empty(l));
  const by = new Map<string, string[]>();
  for (const l of shown) {
    const key = program(l);
    by.set(key, [...(by.get(key) ?? []), l.id]);
  }
  return by;
}

const dataUrl = (p: string) => `http://127.0.0.1:4173/data/${p}`;

describe('shader programs at first view', () => {
  test('the reading view draws with one program per layer type (and the dashed lines\' own)', () => {
    const programs = firstViewPrograms(generateStyle({ dataUrl }));
    expect([...programs.keys()].map((k) => k.split('/')[0]).sort(), JSON.stringify(Object.fromEntries(programs), null, 1)).toEqual(['background', 'circle', 'fill', 'line', 'lineSDF', 'symbolSDF']);
    // The basemap's land and coastlines are drawn with the region layers' programs.
    const sharing = (id: string) => [...programs.values()].find((ids) => ids.includes(id))!;
    expect(sharing('land-world')).toContain('region-wide-fill');
    expect(sharing('coastline-world')).toContain('region-island-halo');
    expect(sharing('borders')).toContain('region-island-halo');
    expect(sharing('places')).toContain('region-site');
  });

  test('the New atlas view\'s basemap needs no more programs than its layer types', () => {
    const programs = firstViewPrograms(generateBasemapStyle({ dataUrl }));
    expect([...programs.keys()].map((k) => k.split('/')[0]).sort()).toEqual(['background', 'circle', 'fill', 'line', 'symbolSDF']);
  });
});
