// The shapes of the open data in public/data. The data build writes them,
// the app reads them: one definition serves both sides.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Lang, Translated } from '../content/languages';

/** Region kinds, in the order the map draws them (bottom first). */
export const REGION_KINDS = ['region', 'country', 'sea', 'strait', 'island-group', 'island', 'site'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

/** Words of a paragraph: `text === paragraph.text.slice(start, end)` (UTF-16 offsets, as JavaScript counts). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Words naming a place: the one shape of a mention. `P` is the place as each stage holds it: its id (the
 * linker's output) or the place itself (`PlaceRef`: a linked document, a draft's links, a shared atlas).
 */
export interface Mention<P = string> extends Span {
  place: P;
  /** "check": the linker chose among close candidates; `alternatives` are the others, best first. */
  confidence?: 'check';
  alternatives?: P[];
}

/**
 * A mention in the reading model (statement.json, the collection's texts, a user's atlas as read): the
 * region it names, by id, under `region`, the key the open data publishes.
 */
export interface RegionMention extends Span {
  region: string;
}

/** A curated correction (geodata/statements/<id>/corrections.json): a mention in the paragraph it names by id. */
export interface Correction extends RegionMention {
  paragraph: string;
}

export interface Paragraph {
  /** Stable id (`p1` … `p16`) used in URLs and exports. */
  id: string;
  /** Verbatim text of the official statement. */
  text: string;
  mentions: RegionMention[];
}

export interface Section {
  id: string;
  /** The statement's own heading; null for the untitled opening paragraph. */
  heading: string | null;
  paragraphs: Paragraph[];
}

/** Where a text comes from: any publisher, not only the Daily Compilation of Presidential Documents. */
export interface StatementSource {
  publisher: string;
  /** The series it was published in, if any. */
  collection?: string;
  /** The publisher's own number for it (a DCPD number), if it has one. */
  reference?: string;
  /** Where it was published; '' when not given. */
  url: string;
  licence: string;
  /** Issued by a government in its own name: only such a text is called official. */
  official: boolean;
  /** Of the source file the text was built from (texts of the collection). */
  sha256?: string;
}

/** The closing fields of a DCPD page (only such a source has them). */
export interface StatementMetadata {
  note: string;
  categories: string;
  names: string;
  subjects: string[];
  dcpd: string;
}

export interface Statement {
  title: string;
  /** ISO date of the statement. */
  date: string;
  /** The date as the statement prints it. */
  dateText: string;
  source: StatementSource;
  metadata?: StatementMetadata;
  sections: Section[];
}

/** Another name of a region, and who uses it (see the naming policy). */
export interface OtherName {
  name: string;
  /** Who uses the name, e.g. "the People's Republic of China", "English, historical". */
  usedBy: string;
}

/**
 * Names of a region in other languages and by other parties (see the naming
 * policy). A name under an interface language's code labels the map in that
 * language; `zh` and `jaRomaji` are shown on the card.
 */
export type RegionNames = Partial<Record<Lang, string>> & {
  /** Other names, each attributed, e.g. "Diaoyu Dao" (the People's Republic of China). */
  alternatives?: OtherName[];
  ja?: string;
  jaRomaji?: string;
  zh?: string;
};

/** A cited source on a region's card. */
export interface Citation {
  title: string;
  url: string;
}

/** Which sources support each fact: numbers into `sources`, counted from 1 as the card shows them. */
export interface CardCitations {
  summary: number[];
  names?: number[];
  administeredBy?: number[];
  claimedBy?: number[];
  parts?: number[];
  note?: number[];
}

/**
 * A part the card names (an island, a rock, a territory, a held or claimed
 * feature), with a published position that the tests check lies inside the
 * region's shape.
 */
export interface RegionPart {
  name: string;
  /** How the card groups its parts, e.g. "Islands", "Held by the Philippines". */
  group: string;
  lon: number;
  lat: number;
  /** Where the position comes from. */
  source: string;
  /** For a position published only to the minute beside a small shape: how far off the shape it may lie. */
  withinKm?: number;
  /** A name for the map at this position, shown from `minzoom` (the islands the cards and tools talk about). */
  label?: string;
  minzoom?: number;
}

/**
 * A number the card's text states, and what holds it: a measure computed from
 * the map data, the count of the card's parts in a group, or a published
 * figure quoted from one of the card's sources.
 */
export type CardFigure =
  | { text: string; measure: string }
  | { text: string; parts: string }
  | { text: string; value: number; quote: string; cite: number[] };

/** The card's facts beyond the summary: who administers the place, who else claims it, and the sources. */
export interface RegionCard {
  administeredBy?: string;
  claimedBy?: string[];
  /** The parts the card names, each with a cited position inside the shape. */
  parts?: RegionPart[];
  /** What a reader should know about how the map draws the place. */
  note?: string;
  /** Every number the card's text states, and what holds it. */
  figures?: CardFigure[];
  sources: Citation[];
  cite: CardCitations;
}

export type LabelAnchor = 'center' | 'top' | 'bottom' | 'left' | 'right';

export interface RegionProperties {
  id: string;
  /** The statement's own term first. */
  name: string;
  kind: RegionKind;
  /** Whether the region is one of the atlas's featured places (shown first). */
  featured: boolean;
  /** One neutral, factual line. */
  summary: string;
  names: RegionNames;
  card: RegionCard;
  /** Paragraph ids that name this region, in reading order. */
  passages: string[];
  source: string;
  licence: string;
  /** [west, south, east, north] of the geometry. */
  bbox: [number, number, number, number];
  /** [west, south, east, north] to show the region; east may exceed 180 to cross the antimeridian. */
  focus: [number, number, number, number];
  /** [lon, lat] for the region's label: on its shape (the data build checks it). */
  anchor: [number, number];
  /** Where the label's text sits from that point (MapLibre's text-anchor): centred on it, or beside it for small places. */
  labelAnchor: LabelAnchor;
  /** For a site inside another place the text names (Futenma on Okinawa): that place, the smallest that holds it. */
  within?: string;
  /** The whole zoom from which such a site is drawn, labelled and picked apart from `within`; below it a click there means `within`. */
  apartFrom?: number;
  /**
   * A place of a user's text that is not one of the verified regions: a gazetteer entry, drawn as a point whose
   * position is approximate and unchecked (`name` is then the text's own words for it). Its gazetteer name and
   * kind (city, prefecture…), country (ISO code) and source (gazetteer-sources.json).
   */
  approximate?: { name: string; kind: string; country?: string; source?: string };
}

export type RegionFeature = Feature<Geometry, RegionProperties>;
export type RegionCollection = FeatureCollection<Geometry, RegionProperties>;

/** A figure from a cited source: the source's words and where they are. */
export interface PublishedFigure {
  km: number;
  source: string;
  url: string;
}

/** A published area, for a region whose coastline data is too coarse to measure it well. */
export interface PublishedArea {
  km2: number;
  source: string;
  url: string;
}

/** A distance computed from the map data (geography.json). */
export interface Measure {
  id: string;
  label: Translated;
  regions: string[];
  km: number;
  nmi: number;
  /** The two ends of the measured line, [lon, lat]. */
  line: [[number, number], [number, number]];
  /** The regions the line joins, in the line's order (absent for a chain's length). */
  ends?: [string, string];
  published?: PublishedFigure;
}

/**
 * The distance between two places as the measure tool gives it (distances.json): the shortest
 * great-circle distance between their shapes, coast to coast, a site's position standing for its shape.
 */
export interface PairDistance {
  ends: [string, string];
  km: number;
  nmi: number;
  /** The nearest point of each, [lon, lat], in the order of `ends` (one point twice where they meet). */
  line: [[number, number], [number, number]];
  /** What was measured: both shapes, a position (the first or second end's) and a shape, two positions, or 0 km where the shapes meet. */
  how: 'shapes' | 'position-shape' | 'shape-position' | 'positions' | 'meet';
}

export interface Distances {
  $comment: string;
  pairs: PairDistance[];
}

export interface RegionGeography {
  /** Land area for island shapes (before widening), else the shape's area; absent for sites. */
  areaKm2?: number;
  /** The area as published, where the card gives one beside the computed area. */
  publishedArea?: PublishedArea;
  extentKm?: { northSouth: number; eastWest: number };
}

export interface Geography {
  method: Translated;
  measures: Measure[];
  regions: Record<string, RegionGeography>;
}

/** One step of the guided tour (tour.json): a paragraph that names a place. */
export interface TourStep {
  paragraph: string;
  title: Translated;
  /** Places the step shows and highlights: the first is selected and framed large, the others around it as context. */
  regions: string[];
  /**
   * The box the step's camera shows instead, [west, south, east, north] (east may pass 180°): where
   * steps about the same places need telling apart (the build checks the first place is in it, large).
   */
  focus?: [number, number, number, number];
  /** One sentence on why the place matters to the paragraph, with its source (a tour made from a user's text has none). */
  why?: string;
  source?: Citation;
}
