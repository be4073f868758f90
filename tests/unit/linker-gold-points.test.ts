// The linker's gold points (tests/linker-eval/places.tsv, each typed from its
// Wikipedia page) spot-checked against an independent source: Natural Earth's
// populated places (geodata/sources/natural-earth). A typo, a sign lost or
// two digits swapped would move a gold point hundreds of km and make the
// evaluation score a right link wrong (or a wrong one right).
import { distance } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, test } from 'vitest';
import { readJson, readText } from './helpers';

type Populated = FeatureCollection<Point, { NAME: string; NAMEASCII: string; ADM0NAME: string; ADM1NAME: string; POP_MAX: number }>;
const places = readJson<Populated>('geodata/sources/natural-earth/ne_10m_populated_places.json').features;
const gold = readText('tests/linker-eval/places.tsv')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [key, lat, lon, page] = line.split('\t') as [string, string, string, string];
    return { key, at: [Number(lon), Number(lat)] as [number, number], title: page.replace(/_/g, ' ') };
  });
/** A page titled as its city is (not the area of the same name: Wikipedia's "Quebec" is the province). */
const AREAS_NAMED_AS_A_CITY = new Set(['quebec']);
const CITY_POPULATION = 500_000;
const WITHIN_KM = 30;

/**
 * The populated places a gold page names: "Cambridge, Massachusetts" those named Cambridge in Massachusetts
 * (its state or country); a bare title, those of its name large enough to be what the title means.
 */
function sameCity(title: string) {
  const [name, where] = title.split(',').map((s) => s.trim()) as [string, string | undefined];
  return places.filter(({ properties: p }) => (p.NAME === name || p.NAMEASCII === name) && (where ? p.ADM1NAME === where || p.ADM0NAME === where : p.POP_MAX >= CITY_POPULATION));
}

describe("the linker evaluation's gold points", () => {
  const checked = gold.filter((g) => !AREAS_NAMED_AS_A_CITY.has(g.key)).map((g) => ({ ...g, cities: sameCity(g.title) })).filter((g) => g.cities.length);

  test('a third of them or more are cities Natural Earth has too (the check is not vacuous)', () => {
    expect(checked.length).toBeGreaterThanOrEqual(100);
  });

  test(`each such city's gold point is within ${WITHIN_KM} km of Natural Earth's`, () => {
    const far = checked
      .map((g) => ({ key: g.key, km: Math.min(...g.cities.map((c) => distance(g.at, c.geometry.coordinates, { units: 'kilometers' }))) }))
      .filter((g) => g.km > WITHIN_KM)
      .map((g) => `${g.key}: ${Math.round(g.km)} km`);
    expect(far).toEqual([]);
  });
});
