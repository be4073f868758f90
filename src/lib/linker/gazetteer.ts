// The gazetteer's shape (public/data/gazetteer.json, built by
// geodata/build/steps/gazetteer.ts): the places the linker can name.

export interface GazetteerPlace {
  id: string;
  /** The name shown: for a verified region, the statement's own term. */
  name: string;
  /** Every exact, case-sensitive form that links to the place. */
  names: string[];
  ja?: string;
  zh?: string;
  /** A region kind for verified regions; else the source's class (country, sea, strait, gulf, city, capital, disputed…). */
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
}

export interface GazetteerSource {
  id: string;
  title: string;
  url: string;
  licence: string;
}

export interface GazetteerFile {
  $comment: string;
  sources: GazetteerSource[];
  places: GazetteerPlace[];
}
