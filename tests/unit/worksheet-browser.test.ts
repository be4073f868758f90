// The worksheets the browser makes for any text (src/lib/worksheet): the
// land they draw survives its compact file, and a user's text, its gazetteer
// points included, gets a sheet from the same code as the flagship's, its
// words quoted verbatim and escaped.
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import type { Geography, RegionCollection, RegionFeature, Statement } from '../../src/lib/model/types';
import { decodeLand, encodeTier, type LandFile } from '../../src/lib/worksheet/land';
import type { StaticBasemap } from '../../src/lib/worksheet/picture';
import { worksheet } from '../../src/lib/worksheet/sheet';
import { readJson, readText } from './helpers';

describe('the worksheet land file', () => {
  test('a polygon comes back as it went in, each ring closed', () => {
    const rings = [
      [[120.5, 24.25], [121.75, 24.25], [121.75, 25.5], [120.5, 24.25]],
      [[121, 24.5], [121.25, 24.5], [121.25, 24.75], [121, 24.5]],
    ];
    const file: LandFile = { $comment: '', tiers: [encodeTier('osm', 2, [rings])] };
    expect(decodeLand(file).features.map((f) => f.geometry.coordinates)).toEqual([rings]);
  });

  test('the built file holds every tier, on the globe, and stays small', () => {
    const text = readText('public/data/worksheet-land.json');
    const land = decodeLand(JSON.parse(text) as LandFile);
    expect(new Set(land.features.map((f) => f.properties!.source))).toEqual(new Set(['osm', 'ne10m', 'ne50m']));
    for (const f of land.features) for (const [x, y] of f.geometry.coordinates.flat()) expect(Math.abs(x!) <= 180 && Math.abs(y!) <= 90).toBe(true);
    expect(gzipSync(text).length).toBeLessThan(200_000);
  });
});

describe('a worksheet for a user’s text', () => {
  const land = decodeLand(readJson<LandFile>('public/data/worksheet-land.json'));
  const base: StaticBasemap = {
    land: land as FeatureCollection<Polygon> as StaticBasemap['land'],
    islands: readJson<StaticBasemap['islands']>('public/data/basemap/island-names.geojson'),
    places: readJson<FeatureCollection<Point>>('public/data/basemap/places.geojson'),
  };
  const verified = readJson<RegionCollection>('public/data/regions-lite.geojson').features;
  const geography = readJson<Geography>('public/data/geography.json');
  // Words a reader typed, markup among them: printed as text, never as markup.
  const words = 'Trade between Osaka & Kobe <img src=x onerror=alert(1)> grew "fast".';
  const statement: Statement = {
    title: 'My <b>notes</b>',
    date: '',
    dateText: '',
    source: { publisher: '', url: '', licence: '', official: false },
    sections: [{ id: 's1', heading: null as unknown as string, paragraphs: [{ id: 'p1', text: words, mentions: [{ region: 'osaka', start: 14, end: 19, text: 'Osaka' }] }] }],
  };
  const osaka: RegionFeature = {
    type: 'Feature',
    id: 'osaka',
    geometry: { type: 'Point', coordinates: [135.5, 34.69] },
    properties: {
      ...verified[0]!.properties,
      id: 'osaka',
      name: 'Osaka',
      kind: 'site',
      featured: false,
      summary: '',
      names: {},
      card: { sources: [], cite: { summary: [] } },
      passages: ['p1'],
      bbox: [135.5, 34.69, 135.5, 34.69],
      focus: [134, 33.19, 137, 36.19],
      anchor: [135.5, 34.69],
      labelAnchor: 'left',
    },
  };
  const { html, svg } = worksheet(osaka, verified, base, new Map(), statement, [], geography, {
    page: { stylesheet: 'https://atlas.example/data/static/static.css', atlas: 'https://atlas.example/?view=atlas', view: 'printable worksheet' },
    map: () => 'data:image/svg+xml,',
    place: 'https://atlas.example/?view=atlas',
  });

  test('a point gets a map around it, widened until it letters three places, its own among them', () => {
    const marks = [...svg.matchAll(/data-mark="([A-Z])" data-kind="([^"]+)"/g)].map((m) => m[2]);
    expect(marks.length).toBeGreaterThanOrEqual(3);
    expect(marks).toContain('region:osaka');
    expect(html).toContain('Osaka marked by a dot in colour');
  });

  test('its passage is quoted verbatim, escaped, and nothing of the text is markup', () => {
    expect(html).toContain('Trade between Osaka &#38; Kobe &#60;img src=x onerror=alert(1)&#62; grew &#34;fast&#34;.');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>notes');
    // No date, no publisher: neither is printed empty.
    expect(html).toContain('<p class="from">My &#60;b&#62;notes&#60;/b&#62;</p>');
    expect(html).not.toContain('()');
    // No tour step, no card: the question asks what the text says, the key leaves the answer open.
    expect(html).toContain('What does the text say about “Osaka”?');
    // A user's text is not called a statement: only an official text is.
    expect(html).not.toContain('the statement');
    expect(html).toContain('<li>Answers will vary.</li>');
  });
});
