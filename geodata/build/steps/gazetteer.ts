// The world gazetteer the linker reads (public/data/gazetteer.json): the
// atlas's own verified regions first, then every country (world-countries:
// English, Japanese and Chinese names and common short forms), the named
// seas, gulfs, straits and oceans and the disputed areas (Natural Earth), and
// cities and capitals (Natural Earth populated places). Where an entry names
// a verified region (its name or one of its terms), it adds its names to that
// region instead of standing beside it. Every other entry is marked coarse:
// its point and box are the source's, unchecked.
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { RegionCollection } from '../../../src/lib/model/types';
import type { GazetteerFile, GazetteerPlace } from '../../../src/lib/linker/gazetteer';
import type { Sources } from './sources';

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  translations: Record<string, { official: string; common: string } | undefined>;
  latlng: [number, number];
  ccn3: string;
  cca3: string;
  capital?: string[];
}

/** Short forms the sources leave out, by ISO 3166-1 alpha-3 (the statement's "ROK", "PRC" and "DPRK" are the curated regions' own terms). */
export const SHORT_FORMS: Record<string, string[]> = {
  USA: ['United States of America', 'USA', 'America'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  ARE: ['UAE', 'U.A.E.'],
  RUS: ['Russian Federation'],
  KOR: ['ROK', 'South Korea'],
  PRK: ['DPRK', 'North Korea'],
  CHN: ['PRC', 'China'],
  COD: ['DRC', 'DR Congo'],
  NZL: ['NZ'],
};

const WORLD_COUNTRIES = {
  id: 'world-countries',
  title: 'world-countries 5.1.0 (mledoze/countries): country names, translations, positions',
  url: 'https://github.com/mledoze/countries',
  licence: 'ODbL 1.0',
};
const NATURAL_EARTH = {
  id: 'natural-earth',
  title: 'Natural Earth 10m marine areas and disputed areas, 50m populated places',
  url: 'https://www.naturalearthdata.com/',
  licence: 'Public domain',
};
const CURATED = {
  id: 'statement-atlas',
  title: "Statement Atlas's verified regions (geodata/regions/regions.json)",
  url: 'regions.geojson',
  licence: "Each region names its shape's source and licence in regions.geojson",
};

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
const box = (b: number[]): [number, number, number, number] => [round(b[0]!, 2), round(b[1]!, 2), round(b[2]!, 2), round(b[3]!, 2)];
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const SMALL_WORDS = new Set(['of', 'the', 'and', 'de', 'la', 'du']);
/** "NORTH PACIFIC OCEAN" → "North Pacific Ocean"; names already in mixed case stay as they are. */
function titleCase(name: string): string {
  const s = squash(name);
  if (s !== s.toUpperCase()) return s;
  return s
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}
const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** Disputed-area names abbreviate: "Spratly Is." is "Spratly Islands". */
const expand = (s: string) => squash(s.replace(/\bIs\.$/, 'Islands').replace(/\bI\.$/, 'Island'));

export function buildGazetteer(s: Sources, regions: RegionCollection): GazetteerFile {
  const places: GazetteerPlace[] = regions.features.map((f) => {
    const p = f.properties;
    return {
      id: p.id,
      name: p.name,
      // The statement's terms, then the other names the card gives (each attributed there).
      names: [...new Set([p.name, ...(s.regionDefs.find((d) => d.id === p.id)?.terms ?? []), ...(p.names.alternatives ?? []).map((a) => a.name)])],
      ...(p.names.ja ? { ja: p.names.ja } : {}),
      ...(p.names.zh ? { zh: p.names.zh } : {}),
      kind: p.kind,
      lon: p.anchor[0],
      lat: p.anchor[1],
      bbox: p.bbox,
      verified: true,
      source: CURATED.id,
      // What the data build links (its curated terms): an exported draft's corrections are made against these.
      terms: s.regionDefs.find((d) => d.id === p.id)?.terms ?? [],
    };
  });
  const verified = places.slice();
  /** The verified region an entry names, if any: its name or one of its terms. */
  const curatedFor = (names: string[]) => verified.find((v) => names.some((n) => v.names.includes(n) || v.name === n));
  const taken = new Set(places.map((p) => p.id));
  const byName = new Map<string, GazetteerPlace>();
  const add = (p: GazetteerPlace) => {
    const curated = curatedFor(p.names);
    if (curated) {
      // The verified region keeps its shape, point and statement term; it gains the names.
      curated.names = [...new Set([...curated.names, ...p.names])];
      curated.ja ??= p.ja;
      curated.zh ??= p.zh;
      return;
    }
    const same = byName.get(`${p.kind}:${p.name}`);
    if (same) {
      // One place in several pieces (Natural Earth draws some seas twice): one entry, the boxes joined.
      same.bbox = [Math.min(same.bbox[0], p.bbox[0]), Math.min(same.bbox[1], p.bbox[1]), Math.max(same.bbox[2], p.bbox[2]), Math.max(same.bbox[3], p.bbox[3])];
      return;
    }
    let id = p.id;
    for (let n = 2; taken.has(id); n++) id = `${p.id}-${n}`;
    taken.add(id);
    const entry = { ...p, id };
    byName.set(`${p.kind}:${p.name}`, entry);
    places.push(entry);
  };

  // Countries: the shape's box from world-atlas (the same countries the basemap draws), by ISO numeric code.
  const shapes = new Map((s.countries50m.features as Feature<Geometry>[]).map((f) => [String(f.id), f]));
  const countries = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-countries/countries.json'), 'utf8')) as WorldCountry[];
  for (const c of countries) {
    const shape = shapes.get(c.ccn3);
    const [lat, lon] = c.latlng;
    const alt = c.altSpellings.filter((a) => a.length > 3 && /^[A-Za-z]/.test(a) && !/,/.test(a));
    add({
      id: slug(c.name.common),
      name: c.name.common,
      names: [...new Set([c.name.common, c.name.official, ...alt, ...(SHORT_FORMS[c.cca3] ?? [])])],
      ...(c.translations.jpn ? { ja: c.translations.jpn.common } : {}),
      ...(c.translations.zho ? { zh: c.translations.zho.common } : {}),
      kind: 'country',
      lon: round(lon, 3),
      lat: round(lat, 3),
      bbox: shape ? box(turf.bbox(shape)) : [lon, lat, lon, lat].map((v) => round(v, 2)) as [number, number, number, number],
      verified: false,
      source: WORLD_COUNTRIES.id,
    });
  }
  const countryNames = new Set(places.filter((p) => p.kind === 'country').flatMap((p) => p.names));

  // Seas, gulfs, straits, oceans: their label point on the water.
  for (const f of s.marine.features as Feature<Geometry, { name: string; featurecla: string }>[]) {
    if (!f.properties.name || !f.geometry) continue;
    const name = titleCase(f.properties.name);
    const at = turf.pointOnFeature(f as never).geometry.coordinates;
    add({ id: slug(name), name, names: [name], kind: f.properties.featurecla, lon: round(at[0]!, 3), lat: round(at[1]!, 3), bbox: box(turf.bbox(f)), verified: false, source: NATURAL_EARTH.id });
  }

  // Disputed areas, as Natural Earth names them (the verified ones gain the name).
  for (const f of s.disputed.features as Feature<Geometry, { BRK_NAME: string; NOTE_BRK: string | null }>[]) {
    const name = expand(f.properties.BRK_NAME ?? '');
    // A disputed territory that is also a country entry (Gibraltar, the Falkland Islands) is that entry.
    if (!name || !f.geometry || countryNames.has(name)) continue;
    const at = turf.pointOnFeature(f as never).geometry.coordinates;
    add({ id: slug(name), name, names: [name], kind: 'disputed', lon: round(at[0]!, 3), lat: round(at[1]!, 3), bbox: box(turf.bbox(f)), verified: false, source: NATURAL_EARTH.id });
  }

  // Cities and capitals; a city-state's city is its country (Singapore, Kuwait), not a second "Singapore".
  for (const f of (s.places as FeatureCollection<Point, { name: string; featurecla: string; adm0name: string }>).features) {
    const name = squash(f.properties.name ?? '');
    if (!name || countryNames.has(name)) continue;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const kind = /capital/i.test(f.properties.featurecla) && /Admin-0/.test(f.properties.featurecla) ? 'capital' : 'city';
    add({ id: slug(`${name}-${f.properties.adm0name}`), name, names: [name], kind, lon: round(lon, 3), lat: round(lat, 3), bbox: [lon, lat, lon, lat].map((v) => round(v, 3)) as [number, number, number, number], verified: false, source: NATURAL_EARTH.id });
  }

  return {
    $comment:
      'The linker reads this: the verified regions first (verified: true; shapes checked against published coordinates), then coarser entries from the sources below, whose points and boxes are unchecked. `names` are the exact, case-sensitive forms that link to the place.',
    sources: [CURATED, WORLD_COUNTRIES, NATURAL_EARTH],
    places,
  };
}
