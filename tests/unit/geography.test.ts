// Computed geography against published figures, with bounds written here
// (the published distances are held in card-facts.test.ts).
import { describe, expect, test } from 'vitest';
import { KM_PER_NMI, longitudeSpan, type Geography } from '../../geodata/build/steps/geography';
import { readJson, regions } from './helpers';

const geo = readJson<Geography>('public/data/geography.json');
const ids = new Set(regions().features.map((f) => f.properties.id));

describe('computed distances', () => {
  test('every published figure quotes its source', () => {
    for (const m of geo.measures.filter((x) => x.published)) {
      expect(m.published!.source, m.id).toMatch(/".+"/);
      expect(m.published!.url, m.id).toMatch(/^https?:\/\//);
    }
  });

  test('the headline figures', () => {
    const km = (id: string) => geo.measures.find((m) => m.id === id)!.km;
    expect(km('uotsuri-ishigaki')).toBeCloseTo(170, -1); // MOFA: ~170 km
    expect(km('taiwan-strait-narrowest')).toBeGreaterThan(120); // Wikipedia: 130 km
    expect(km('taiwan-strait-narrowest')).toBeLessThan(140);
    expect(km('henoko-futenma')).toBeGreaterThan(35); // straight line across central Okinawa
    expect(km('henoko-futenma')).toBeLessThan(45);
  });

  test('nautical miles are kilometres / 1.852, and every measure names real regions', () => {
    for (const m of geo.measures) {
      expect(m.nmi).toBeCloseTo(m.km / KM_PER_NMI, 0);
      for (const r of m.regions) expect(ids.has(r), `${m.id}: ${r}`).toBe(true);
    }
  });
});

describe('areas and extents', () => {
  test('Okinawa Island is about 1,200 km² (published: 1,207 km², Okinawa Prefecture)', () => {
    expect(Math.abs(geo.regions.okinawa!.areaKm2! - 1207) / 1207).toBeLessThan(0.03);
  });

  test('Taiwan is about 36,000 km² (published: 36,197 km², Republic of China (Taiwan) Ministry of the Interior)', () => {
    expect(Math.abs(geo.regions.taiwan!.areaKm2! - 36197) / 36197).toBeLessThan(0.03);
  });

  test('extents are positive and antimeridian-safe', () => {
    expect(geo.regions.russia!.extentKm!.eastWest).toBeGreaterThan(4000);
    expect(geo.regions['united-states']!.extentKm!.eastWest).toBeGreaterThan(4000);
    for (const [id, g] of Object.entries(geo.regions))
      if (g.extentKm) expect(g.extentKm.eastWest, id).toBeGreaterThan(0);
  });

  test('longitudeSpan takes the short way round', () => {
    expect(longitudeSpan([[170, 0], [-170, 0]])).toBeCloseTo(20);
    expect(longitudeSpan([[10, 0], [20, 0], [30, 0]])).toBeCloseTo(20);
  });
});
