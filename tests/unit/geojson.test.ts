// Every GeoJSON file we publish is valid: a real validator, turf's checks, RFC 7946 winding.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import * as turf from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { buildBasemap } from '../../geodata/build/steps/basemap';
import { checkCard } from '../../geodata/build/steps/cards';
import { checkLabelPoint, checkLabelsApart } from '../../geodata/build/steps/export';
import { loadSources } from '../../geodata/build/steps/sources';
import { TILED_KINDS } from '../../src/lib/content/tilesets';
import { REGION_KINDS } from '../../src/lib/model/types';
import { readJson, readText, regions, root } from './helpers';

const files = [
  'regions.geojson',
  'regions-lite.geojson',
  ...readdirSync(join(root, 'public/data/basemap')).map((f) => `basemap/${f}`),
];

/** Signed ring area (shoelace on lon/lat): > 0 is counter-clockwise. */
const signedArea = (ring: Position[]) =>
  ring.reduce((a, [x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    return a + (x1! * y2! - x2! * y1!);
  }, 0) / 2;

const polygonsOf = (g: Geometry): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];

describe.each(files)('%s', (file) => {
  const text = readText(`public/data/${file}`);

  test('passes @placemarkio/check-geojson', () => {
    expect(() => check(text)).not.toThrow();
  });

  test('follows the RFC 7946 right-hand rule (exterior rings counter-clockwise, holes clockwise)', () => {
    const fc = JSON.parse(text) as { features: Feature[] };
    for (const f of fc.features)
      for (const poly of f.geometry ? polygonsOf(f.geometry) : [])
        poly.forEach((ring, i) => expect(Math.sign(signedArea(ring)), `${file} ring ${i}`).toBe(i === 0 ? 1 : -1));
  });
});

describe('regions.geojson', () => {
  const fc = regions();

  test.each(fc.features.map((f) => [f.properties.id, f] as const))('%s is valid for turf, without kinks', (_, f) => {
    if (f.geometry.type === 'Point') return expect(turf.booleanValid(f)).toBe(true);
    expect(turf.booleanValid(f), 'booleanValid').toBe(true);
    expect(turf.kinks(f as Feature<Polygon | MultiPolygon>).features, 'kinks').toHaveLength(0);
  });

  test('regions-lite.geojson (what the app loads) has every feature and property, and geometry only where nothing is tiled', () => {
    const lite = JSON.parse(readText('public/data/regions-lite.geojson')) as typeof fc;
    expect(lite.features.map((f) => f.properties)).toEqual(fc.features.map((f) => f.properties));
    lite.features.forEach((f, i) => {
      if (TILED_KINDS.includes(f.properties.kind)) expect(f.geometry, f.properties.id).toBeNull();
      else expect(f.geometry, f.properties.id).toEqual(fc.features[i]!.geometry);
    });
  });

  test('every feature carries id, name, kind, passages, source and licence', () => {
    for (const f of fc.features) {
      const p = f.properties;
      expect(f.id).toBe(p.id);
      expect(p.name.length).toBeGreaterThan(1);
      expect(REGION_KINDS).toContain(p.kind);
      expect(p.passages.length).toBeGreaterThan(0);
      expect(p.source.length, p.id).toBeGreaterThan(10);
      expect(p.licence.length, p.id).toBeGreaterThan(3);
      expect(p.summary.length, p.id).toBeGreaterThan(20);
    }
  });

  test('island shapes come from OSM and credit it; seas from Natural Earth', () => {
    const byId = (id: string) => fc.features.find((f) => f.properties.id === id)!.properties;
    expect(byId('southwest-islands').licence).toMatch(/ODbL/);
    expect(byId('southwest-islands').source).toMatch(/OpenStreetMap/);
    expect(byId('east-china-sea').source).toMatch(/Natural Earth/);
  });
});

describe('basemap land (cut into tiles/)', () => {
  const land = buildBasemap(loadSources(join(root, 'geodata'))).land as unknown as { features: Feature<Polygon | MultiPolygon, { source: string }>[] };

  test('keeps every OSM island of the focus area, repaired: valid for turf, without kinks', () => {
    const osm = land.features.filter((f) => f.properties.source === 'osm');
    // The source has invalid polygons, Taiwan's main island among them; none may be dropped or left invalid.
    expect(osm.length).toBeGreaterThan(500);
    const invalid = osm.filter((f) => !turf.booleanValid(f) || turf.kinks(f).features.length > 0);
    expect(invalid.map((f) => turf.bbox(f))).toEqual([]);
  });

  test('no polygon crosses the antimeridian as a planar edge across the map', () => {
    for (const f of land.features) {
      const [west, , east] = turf.bbox(f);
      if (east - west > 180) expect(turf.area(f), 'only Antarctica may span the globe').toBeGreaterThan(1e13);
    }
  });
});

describe('region cards', () => {
  const fc = regions();
  test('every card cites at least one source by https link', () => {
    for (const f of fc.features) {
      expect(f.properties.card.sources.length, f.properties.id).toBeGreaterThan(0);
      for (const c of f.properties.card.sources) expect(c.url, f.properties.id).toMatch(/^https:\/\//);
    }
  });

  test('every stated fact on every card cites a source that is on the card', () => {
    for (const f of fc.features) {
      const { card, names, id } = f.properties;
      const stated = { summary: true, names: Boolean(names.alternatives?.length || names.ja || names.zh), administeredBy: Boolean(card.administeredBy), claimedBy: Boolean(card.claimedBy?.length) };
      for (const [fact, isStated] of Object.entries(stated)) {
        const cites = card.cite[fact as keyof typeof stated];
        if (!isStated) continue;
        expect(cites?.length, `${id} ${fact}`).toBeGreaterThan(0);
        for (const n of cites!) expect(card.sources[n - 1], `${id} ${fact} cites ${n}`).toBeDefined();
      }
    }
  });

  test('the data build refuses an uncited fact and a citation of a source the card lacks', () => {
    const sources = [{ title: 'A', url: 'https://example.org/a' }];
    const names = { ja: '日本' };
    expect(() => checkCard({ id: 'x', names, card: { sources, administeredBy: 'Someone', cite: { summary: [1], names: [1] } } })).toThrow(/administeredBy" cites no source/);
    expect(() => checkCard({ id: 'x', names, card: { sources, cite: { summary: [2], names: [1] } } })).toThrow(/cites source 2/);
    expect(() => checkCard({ id: 'x', names: {}, card: { sources, cite: { summary: [1], names: [1] } } })).toThrow(/does not state/);
    expect(checkCard({ id: 'x', names, card: { sources, cite: { summary: [1], names: [1] } } }).cite.summary).toEqual([1]);
  });

  test('disputed places name who administers them and who else claims them, neutrally', () => {
    const card = (id: string) => fc.features.find((f) => f.properties.id === id)!.properties.card;
    expect(card('senkaku-islands').administeredBy).toMatch(/Japan/);
    expect(card('senkaku-islands').claimedBy).toEqual(["People's Republic of China (as Diaoyu Dao)", 'Taiwan (as Diaoyutai)']);
    expect(card('paracel-islands').administeredBy).toMatch(/People's Republic of China/);
    expect(card('taiwan').claimedBy).toContain("People's Republic of China");
    expect(card('spratly-islands').claimedBy!.length).toBeGreaterThanOrEqual(5);
  });

  test('the statement\'s term comes first in every name, with Japanese and Chinese names where relevant', () => {
    const p = (id: string) => fc.features.find((f) => f.properties.id === id)!.properties;
    expect(p('senkaku-islands').name).toBe('Senkaku Islands');
    expect(p('senkaku-islands').names.alternatives!.map((a) => a.name)).toContain('Diaoyu Dao');
    for (const f of fc.features) expect(f.properties.names.ja, f.properties.id).toBeTruthy();
  });
});

describe('labels and views', () => {
  const fc = regions();
  const labels = readJson<{ features: { properties: { id: string; anchor: string; ring: boolean }; geometry: { coordinates: [number, number] } }[] }>('public/data/region-labels.geojson').features;

  test('every label point lies on its region, and featured labels are apart (the build refuses otherwise)', () => {
    for (const f of fc.features) expect(() => checkLabelPoint(f.properties.id, f.properties.anchor, f.geometry), f.properties.id).not.toThrow();
    const senkaku = fc.features.find((f) => f.properties.id === 'senkaku-islands')!;
    // Natural Earth's "Pinnacle Is.", 3–4 km east of the islands, is not on the atlas's shape.
    expect(() => checkLabelPoint('senkaku-islands', [123.62, 25.88], senkaku.geometry)).toThrow(/not on its shape/);
    expect(() => checkLabelsApart(fc.features)).not.toThrow();
    const moved = fc.features.map((f) => (f.properties.id === 'southwest-islands' ? { ...f, properties: { ...f.properties, anchor: fc.features.find((g) => g.properties.id === 'okinawa')!.properties.anchor } } : f));
    expect(() => checkLabelsApart(moved)).toThrow(/under 25 km apart/);
  });

  test('the label file carries each text anchor, and rings only small places', () => {
    const by = new Map(labels.map((l) => [l.properties.id, l.properties]));
    expect(by.get('senkaku-islands')).toMatchObject({ anchor: 'bottom', ring: true });
    expect(by.get('southwest-islands')).toMatchObject({ anchor: 'center', ring: false });
    expect(by.get('futenma')!.anchor).toBe('right');
  });

  test('a small place is shown with its surroundings: the Senkaku view holds Keelung and Ishigaki', () => {
    const focus = fc.features.find((f) => f.properties.id === 'senkaku-islands')!.properties.focus;
    const holds = ([lon, lat]: [number, number]) => lon >= focus[0] && lon <= focus[2] && lat >= focus[1] && lat <= focus[3];
    expect(holds([121.7333, 25.1333])).toBe(true); // Keelung
    expect(holds([124.1556, 24.3406])).toBe(true); // Ishigaki
  });

  test('the islands the cards and the measure tool name are named on the map', () => {
    const names = readJson<{ features: { properties: { name: string; minzoom: number } }[] }>('public/data/basemap/island-names.geojson').features.map((f) => f.properties.name);
    for (const n of ['Uotsuri-jima', 'Ishigaki-jima', 'Miyako-jima', 'Yonaguni-jima', 'Penghu']) expect(names).toContain(n);
  });
});
