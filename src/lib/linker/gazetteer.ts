// The gazetteer's shape (public/data/gazetteer.json, built by
// geodata/build/steps/gazetteer.ts): the places the linker can name. The file
// leaves out what it can: a field at its default, a point's box; readGazetteer
// fills them in, for the command line and the browser alike.

export interface GazetteerPlace {
  id: string;
  /** The name shown: for a verified region, the statement's own term. */
  name: string;
  /** Every exact, case-sensitive form that links to the place (Japanese and Chinese forms too). */
  names: string[];
  ja?: string;
  zh?: string;
  /** A region kind for verified regions; else the source's class (country, state, province, prefecture, city, capital, sea, strait, region…). */
  kind: string;
  /** The label point. */
  lon: number;
  lat: number;
  bbox: [number, number, number, number];
  /** One of the atlas's verified regions (shape checked against published coordinates); else coarser, unchecked geometry. */
  verified: boolean;
  /** Which of the file's sources the entry comes from. */
  source: string;
  /** A verified region's curated terms: all the data build links for it (a subset of `names`). */
  terms?: string[];
  /** Population (cities: GeoNames or Natural Earth's largest figure). */
  pop?: number;
  /** ISO 3166-1 alpha-2 code of the country it is in (or is). */
  cc?: string;
  /** Its first-level division, as "CC.code" (GeoNames' admin1 code), where known. */
  a1?: string;
  /** Natural Earth's scale rank (0 = shown first) for divisions and physical regions. */
  sr?: number;
  /** Its name is also a common English word ("Reading", "Mobile"): linked only where the text reads as a place. */
  common?: boolean;
  /** Its name is also a given name or surname ("Jordan", "Sydney"): not linked beside another name. */
  person?: boolean;
  /** One-character forms that name it only inside a compound of such forms (日米, 日中韓). */
  compound?: string[];
}

/** An entry as the file stores it: defaults left out. */
export type StoredPlace = Omit<GazetteerPlace, 'id' | 'kind' | 'source' | 'names' | 'bbox' | 'verified'> & {
  id?: string;
  kind?: string;
  source?: string;
  names?: string[];
  bbox?: [number, number, number, number];
  verified?: boolean;
};

export interface GazetteerSource {
  id: string;
  title: string;
  url: string;
  licence: string;
}

export interface GazetteerFile {
  $comment: string;
  sources: GazetteerSource[];
  /** Given names (from a part-of-speech lexicon): a place name after one is part of a person's name. */
  givenNames?: string[];
  /** The kind and source of an entry that names neither. */
  defaults: { kind: string; source: string };
  places: StoredPlace[];
}

/** An id made from a name and a country code: "Kurobe-shi", JP → "kurobe-shi-jp". */
export const placeId = (name: string, cc: string) =>
  `${name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-${cc.toLowerCase()}`;

/** The places of a gazetteer file, every field filled in. */
export function readGazetteer(file: GazetteerFile): GazetteerPlace[] {
  return file.places.map((p) => ({
    ...p,
    id: p.id ?? placeId(p.name, p.cc ?? ''),
    kind: p.kind ?? file.defaults.kind,
    source: p.source ?? file.defaults.source,
    names: p.names ?? [p.name],
    bbox: p.bbox ?? [p.lon, p.lat, p.lon, p.lat],
    verified: p.verified ?? false,
  }));
}

/** An entry as the file stores it: what readGazetteer would fill in left out. */
export function storedPlace(p: GazetteerPlace, defaults: GazetteerFile['defaults']): StoredPlace {
  const { id, kind, source, names, bbox, verified, ...rest } = p;
  const point = bbox[0] === p.lon && bbox[2] === p.lon && bbox[1] === p.lat && bbox[3] === p.lat;
  return {
    ...(p.cc && id === placeId(p.name, p.cc) ? {} : { id }),
    ...rest,
    ...(kind === defaults.kind ? {} : { kind }),
    ...(source === defaults.source ? {} : { source }),
    ...(names.length === 1 && names[0] === p.name ? {} : { names }),
    ...(point ? {} : { bbox }),
    ...(verified ? { verified } : {}),
  };
}
