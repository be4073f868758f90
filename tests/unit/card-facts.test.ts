// The cards against their shapes and their sources (issue: "geographic truth").
// Every part a card names lies inside its region's shape at a cited position;
// every number a card states agrees with what holds it, within tolerances
// stated here, not read from the data they check.
import * as turf from '@turf/turf';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { cardTexts, checkCard, numberValue, statedNumbers } from '../../geodata/build/steps/cards';
import type { CardFigure, Geography, RegionFeature } from '../../src/lib/model/types';
import { readJson, regions } from './helpers';

const features = regions().features;
const byId = new Map(features.map((f) => [f.properties.id, f]));
const geo = readJson<Geography>('public/data/geography.json');

/** Sites are points: a part of a site lies within this distance of it. */
const SITE_KM = 2;

/** A position published to the minute is good to about a kilometre: never allow more. */
const MAX_WITHIN_KM = 1;

function holds(f: RegionFeature, lon: number, lat: number, withinKm = 0): boolean {
  const g = f.geometry;
  if (g.type === 'Point') return turf.distance(g.coordinates, [lon, lat], { units: 'kilometers' }) <= SITE_KM;
  if (turf.booleanPointInPolygon([lon, lat], g as Polygon | MultiPolygon)) return true;
  return withinKm > 0 && turf.pointToPolygonDistance([lon, lat], turf.feature(g as Polygon | MultiPolygon), { units: 'kilometers' }) <= withinKm;
}

/**
 * How far a stated number may be from what holds it, by its wording: "about
 * 130 km" is a rounded figure, "five islands" is a count.
 */
function tolerance(text: string): number {
  return /\b(about|some|approximately|roughly|nearly|around)\b/i.test(text) ? 0.05 : 0;
}

const parted = features.filter((f) => f.properties.card.parts?.length);
const allParts = parted.flatMap((f) => f.properties.card.parts!.map((p) => [f.properties.id, p.name, f, p] as const));

describe('every part a card names lies inside its shape', () => {
  test('the cards that name parts', () => {
    // The disputed and composite places, whose cards list what they are made of.
    expect(parted.map((f) => f.properties.id).sort()).toEqual(
      ['china', 'paracel-islands', 'russia', 'senkaku-islands', 'southwest-islands', 'spratly-islands', 'taiwan', 'united-states'].sort(),
    );
  });

  test.each(allParts)('%s: %s', (_, __, f, p) => {
    expect(p.source.length).toBeGreaterThan(10);
    expect(p.withinKm ?? 0).toBeLessThanOrEqual(MAX_WITHIN_KM);
    expect(holds(f, p.lon, p.lat, p.withinKm), `${p.name} at ${p.lat}, ${p.lon}`).toBe(true);
  });

  test('the Senkaku card names all eight features: five islands and three rocks', () => {
    const parts = byId.get('senkaku-islands')!.properties.card.parts!;
    expect(parts.filter((p) => p.group === 'Islands').map((p) => p.name)).toHaveLength(5);
    expect(parts.filter((p) => p.group === 'Rocks').map((p) => p.name)).toHaveLength(3);
  });

  test('every claimant of the Spratly Islands has its features inside the shape', () => {
    const spratly = byId.get('spratly-islands')!.properties.card;
    const groups = new Set(spratly.parts!.map((p) => p.group));
    for (const who of ["People's Republic of China", 'Taiwan', 'Vietnam', 'the Philippines', 'Malaysia', 'Brunei'])
      expect([...groups].some((g) => g.includes(who)), who).toBe(true);
  });

  test("the Northern Territories lie in Russia's shape and outside Japan's, as the Japan card says", () => {
    const kurils = byId.get('russia')!.properties.card.parts!;
    expect(kurils.length).toBe(4);
    for (const p of kurils) expect(holds(byId.get('japan')!, p.lon, p.lat), p.name).toBe(false);
    expect(byId.get('japan')!.properties.card.note).toMatch(/Northern Territories/);
  });

  test('the Southwest Islands card says why the Daitō Islands are not drawn, and they are not', () => {
    expect(byId.get('southwest-islands')!.properties.card.note).toMatch(/Daitō/);
    // Kitadaitōjima, Wikipedia: 25°57′N 131°18′E.
    expect(holds(byId.get('southwest-islands')!, 131.3, 25.95)).toBe(false);
  });
});

describe('every number a card states agrees with what holds it', () => {
  const figures = features.flatMap((f) => (f.properties.card.figures ?? []).map((x) => [f.properties.id, x.text, f, x] as const));

  test('no number in a card is undeclared (the build refuses one)', () => {
    for (const f of features) {
      const def = { id: f.properties.id, summary: f.properties.summary, names: f.properties.names, card: f.properties.card };
      expect(() => checkCard(def), f.properties.id).not.toThrow();
      const declared = (f.properties.card.figures ?? []).map((x) => x.text);
      const numbers = cardTexts(def).flatMap((t) => statedNumbers(declared.reduce((rest, d) => rest.split(d).join(' '), t)));
      expect(numbers, f.properties.id).toEqual([]);
    }
  });

  test('the build refuses a stray number and a figure its quote does not give', () => {
    const base = { id: 'x', names: {}, card: { sources: [{ title: 'A', url: 'https://example.org/a' }], cite: { summary: [1] } } };
    expect(() => checkCard({ ...base, summary: 'About 1,200 km long.' })).toThrow(/"1,200".*no figure declares/);
    const quoted: CardFigure = { text: 'some 14,000 islands', value: 14125, quote: 'there are 12,000 islands', cite: [1] };
    expect(() => checkCard({ ...base, summary: 'A country of some 14,000 islands.', card: { ...base.card, figures: [quoted] } })).toThrow(/quote does not give/);
    const twice = { ...base, summary: 'A place.', card: { ...base.card, sources: [...base.card.sources, ...base.card.sources] } };
    expect(() => checkCard(twice)).toThrow(/source twice/);
    const unattributed = { ...base, names: { alternatives: [{ name: 'Elsewhere', usedBy: '' }] }, card: { ...base.card, cite: { summary: [1], names: [1] } } };
    expect(() => checkCard(unattributed)).toThrow(/who uses it/);
  });

  test.each(figures)('%s: "%s"', (id, text, f, x) => {
    const [written] = statedNumbers(text);
    const stated = numberValue(written!);
    const tol = tolerance(text);
    if ('measure' in x) {
      const m = geo.measures.find((g) => g.id === x.measure);
      expect(m, x.measure).toBeDefined();
      expect(m!.regions).toContain(id);
      expect(Math.abs(m!.km - stated) / m!.km, `${stated} vs computed ${m!.km} km`).toBeLessThanOrEqual(tol);
    } else if ('parts' in x) {
      expect(f.properties.card.parts!.filter((p) => p.group === x.parts).length).toBe(stated);
    } else {
      expect(x.quote.replace(/,/g, '')).toContain(String(x.value));
      expect(Math.abs(x.value - stated) / x.value, `${stated} vs quoted ${x.value}`).toBeLessThanOrEqual(tol);
    }
  });
});

describe('published figures beside the computed ones', () => {
  // Bounds chosen here from what each source says and how the atlas measures,
  // independent of the figures in geodata/regions/measures.json.
  const DISTANCE_BOUNDS: Record<string, { published: number; within: number; why: string }> = {
    'uotsuri-ishigaki': { published: 170, within: 0.05, why: 'MOFA: "approximately 170 km north of Ishigaki Island"' },
    'uotsuri-taiwan': { published: 170, within: 0.05, why: 'Japanese Wikipedia after MOFA: "台湾島から約170キロメートル"; the atlas measures to the nearest coast of the 10m outline' },
    'uotsuri-keelung': { published: 190, within: 0.05, why: 'People\'s Daily: "about 190 kilometers from Keelung"' },
    'uotsuri-wenzhou': { published: 356, within: 0.06, why: 'People\'s Daily: "about 356 kilometers" to Wenzhou; the atlas measures to the city centre, not the coast' },
    'taiwan-strait-narrowest': { published: 130, within: 0.05, why: 'Wikipedia: "The narrowest part is 130 km (81 mi) wide"' },
  };

  test('each measure with a published figure has a bound here, and agrees within it', () => {
    const published = geo.measures.filter((m) => m.published);
    expect(published.map((m) => m.id).sort()).toEqual(Object.keys(DISTANCE_BOUNDS).sort());
    for (const m of published) {
      const b = DISTANCE_BOUNDS[m.id]!;
      expect(m.published!.km, m.id).toBe(b.published);
      expect(Math.abs(m.km - b.published) / b.published, `${m.id}: ${b.why}`).toBeLessThanOrEqual(b.within);
    }
  });

  test('the chain length of the Southwest Islands is between its cited end points', () => {
    // Cape Irizaki, Yonaguni 24°26′58″N 122°56′01″E and Tanegashima 30°34′26″N 130°58′52″E
    // (Wikipedia; tanegashimajapan.com): the chain is at least that long, and its
    // north tip lies under 40 km beyond Tanegashima's centre.
    const floor = turf.distance([122.93361, 24.44944], [130.98111, 30.57389], { units: 'kilometers' });
    const km = geo.measures.find((m) => m.id === 'southwest-islands-length')!.km;
    expect(km).toBeGreaterThanOrEqual(floor);
    expect(km).toBeLessThanOrEqual(floor + 40);
    expect(geo.measures.find((m) => m.id === 'southwest-islands-length')!.published).toBeUndefined();
  });

  const AREA_BOUNDS: Record<string, { km2: number; within: number; why: string }> = {
    // The 100 m OSM coastline shrinks islands a kilometre or two across, and the
    // three rocks are discs sized from their published areas.
    'senkaku-islands': { km2: 5.53, within: 0.15, why: 'MOFA: total area 5.53 km² (GSI 2014 survey)' },
  };

  test('published areas are shown beside the computed ones and agree within a stated bound', () => {
    const shown = Object.entries(geo.regions).filter(([, r]) => r.publishedArea);
    expect(shown.map(([id]) => id).sort()).toEqual(Object.keys(AREA_BOUNDS).sort());
    for (const [id, r] of shown) {
      const b = AREA_BOUNDS[id]!;
      expect(r.publishedArea!.km2).toBe(b.km2);
      expect(Math.abs(r.areaKm2! - b.km2) / b.km2, `${id}: ${b.why}`).toBeLessThanOrEqual(b.within);
    }
  });
});

describe('naming: every other name says who uses it', () => {
  test.each(features.filter((f) => f.properties.names.alternatives?.length).map((f) => [f.properties.id, f] as const))('%s', (_, f) => {
    for (const a of f.properties.names.alternatives!) {
      expect(a.usedBy.trim().length, a.name).toBeGreaterThan(3);
      expect(a.usedBy, a.name).not.toBe(a.name);
    }
  });

  test('the disputed groups name each party with its own name', () => {
    const by = (id: string, name: string) => byId.get(id)!.properties.names.alternatives!.find((a) => a.name.startsWith(name))?.usedBy;
    expect(by('senkaku-islands', 'Diaoyu Dao')).toMatch(/People's Republic of China/);
    expect(by('senkaku-islands', 'Diaoyutai')).toMatch(/Taiwan/);
    expect(by('spratly-islands', 'Nansha')).toMatch(/People's Republic of China/);
    expect(by('spratly-islands', 'Truong Sa')).toMatch(/Vietnam/);
    expect(by('spratly-islands', 'Kalayaan')).toMatch(/Philippines.*part/);
    expect(by('paracel-islands', 'Xisha')).toMatch(/People's Republic of China/);
    expect(by('paracel-islands', 'Hoang Sa')).toMatch(/Vietnam/);
  });
});

describe('a shape missing a part fails', () => {
  // The tests above would catch a dropped part: here a shape without one is checked the same way.
  test('the Senkaku shape without its added rocks misses them', () => {
    const f = byId.get('senkaku-islands')!;
    const parts = f.properties.card.parts!;
    const bare = turf.featureCollection(
      turf
        .flatten(turf.feature(f.geometry as MultiPolygon))
        .features.filter((poly) => turf.area(poly) > 10e6), // the widened larger islands only
    );
    const missed = parts.filter((p) => !bare.features.some((poly) => turf.booleanPointInPolygon([p.lon, p.lat], poly)));
    expect(missed.length).toBeGreaterThan(0);
    for (const p of missed) expect(holds(f, p.lon, p.lat), p.name).toBe(true);
  });

  test('a site part far from its site is not held', () => {
    const site = features.find((f) => f.geometry.type === 'Point')!;
    const [lon, lat] = (site.geometry as Point).coordinates as [number, number];
    expect(holds(site, lon + 0.1, lat)).toBe(false);
  });
});
