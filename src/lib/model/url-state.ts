import type { Notice } from '../i18n/messages';

// The one place the atlas's URL is read and written. The selection:
// ?region=<id>&p=<paragraph id> or ?tour=<step>; the page: ?embed=1, ?lang=,
// ?labels=0, ?height=, ?hosts=, ?quiz=; the map view: #map=zoom/lat/lon.
// Parsing never trusts its input: ids must match a strict pattern and exist,
// and anything else becomes a plain-text notice (never markup).

/** Every query parameter, named once. */
export const PARAM = {
  region: 'region',
  paragraph: 'p',
  tour: 'tour',
  lang: 'lang',
  embed: 'embed',
  labels: 'labels',
  height: 'height',
  hosts: 'hosts',
  quiz: 'quiz',
  statement: 'statement',
  view: 'view',
  atlas: 'atlas',
} as const;

/** ?view=new: make an atlas of a text the user brings; ?view=atlas: read one shared in a link (#atlas=…). */
export const VIEWS = ['new', 'atlas'] as const;
export type View = (typeof VIEWS)[number];

/** The embed's map height (px): what a link or a snippet may ask for. */
export const EMBED_HEIGHT = { min: 240, max: 1200, default: 460 } as const;
const QUIZ_SEED = /^[0-9]{1,9}$/;

/** How the page is asked to run, as raw-but-typed values; each consumer checks what it needs. */
export interface PageOptions {
  /** ?embed=1: the compact view for articles. */
  embed: boolean;
  /** ?lang= as given (checked against the interface languages by i18n/locale). */
  lang: string | null;
  /** ?labels=0 hides the map's labels. */
  labels: boolean;
  /** ?height= when it is a usable map height, else null. */
  height: number | null;
  /** ?hosts= as given (parsed into origins by embed/messages). */
  hosts: string | null;
  /** ?quiz=<seed>: a seed, 'bad' when one was given but is not a seed, null when none. */
  quiz: number | 'bad' | null;
  /** Whether the link names a region (its panel's code loads beside the data). */
  namesRegion: boolean;
  /** Whether the link selects something (a region, a passage or a tour step): the map, built before the data, draws selections from its first frame. */
  selects: boolean;
  /** ?statement= as given (checked against the collection by state/startup); null means the flagship. */
  statement: string | null;
  /** ?view= when it is one of VIEWS, else null (the reading view). */
  view: View | null;
  /** ?atlas= as given: an atlas file beside the app, for ?view=atlas (checked by state/user-atlas). */
  atlas: string | null;
}

export function readPage(search: string): PageOptions {
  const params = new URLSearchParams(search);
  const height = Number(params.get(PARAM.height));
  const quiz = params.get(PARAM.quiz);
  return {
    embed: params.get(PARAM.embed) === '1',
    lang: params.get(PARAM.lang),
    labels: params.get(PARAM.labels) !== '0',
    height: params.has(PARAM.height) && height >= EMBED_HEIGHT.min && height <= EMBED_HEIGHT.max ? Math.round(height) : null,
    hosts: params.get(PARAM.hosts),
    quiz: quiz === null ? null : QUIZ_SEED.test(quiz) ? Number(quiz) : 'bad',
    namesRegion: params.has(PARAM.region),
    selects: params.has(PARAM.region) || params.has(PARAM.paragraph) || params.has(PARAM.tour),
    statement: params.get(PARAM.statement),
    view: (VIEWS as readonly string[]).find((v) => v === params.get(PARAM.view)) as View | undefined ?? null,
    atlas: params.get(PARAM.atlas),
  };
}

/** `search` with ?lang= set (the rest kept). */
export function withLang(search: string, lang: string): string {
  const params = new URLSearchParams(search);
  params.set(PARAM.lang, lang);
  return `?${params}`;
}

/** Only what names the text (?statement=, or a user's atlas: ?view=atlas and its ?atlas= file) and ?lang= of `search`: the base of a link to the same text in the same language. */
export function langOnly(search: string): string {
  const from = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of [PARAM.lang, PARAM.statement, PARAM.view, PARAM.atlas]) if (from.has(key)) kept.set(key, from.get(key)!);
  const s = kept.toString();
  return s ? `?${s}` : '';
}

/** The query of a link to a text of the collection, at a place (the flagship needs no ?statement=): the overview's and the comparison's links. */
export function statementQuery(statement: string | null, region: string | null): string {
  const params = new URLSearchParams();
  if (statement) params.set(PARAM.statement, statement);
  if (region) params.set(PARAM.region, region);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export interface ViewState {
  region: string | null;
  paragraph: string | null;
  /** Guided-tour step, 1-based; when set, it decides region and paragraph. */
  tour?: number | null;
}

export interface Known {
  hasRegion(id: string): boolean;
  hasParagraph(id: string): boolean;
  /** Whether a passage names a place (where it can tell; a link pairing the two is checked with it). */
  names?(paragraph: string, region: string): boolean;
  /** Number of tour steps (0 when there is no tour). */
  tourLength?: number;
}

export interface ParsedUrl {
  state: ViewState;
  /** Notices for the reader (plain text once formatted), e.g. an unknown region id. */
  notices: Notice[];
}

/** What a region or paragraph id may look like, wherever one arrives from outside (a link, a host message). */
export const REGION_ID = /^[a-z0-9]+(?:--?[a-z0-9]+){0,11}$/;
export const PARAGRAPH_ID = /^p[1-9][0-9]{0,2}$/;
const TOUR_STEP = /^[1-9][0-9]{0,2}$/;
/** Longest piece of a bad value quoted back in a notice. */
const QUOTE_MAX = 40;

/** A short, printable quotation of an untrusted value. */
export function quote(value: string): string {
  const printable = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return printable.length > QUOTE_MAX ? `${printable.slice(0, QUOTE_MAX)}…` : printable;
}

function pick(params: URLSearchParams, key: string, notices: Notice[]): string | null {
  const values = params.getAll(key);
  if (values.length > 1) notices.push({ key: 'notice.repeated', params: { key, count: values.length } });
  return values[0] ?? null;
}

export function parseUrl(search: string, known: Known): ParsedUrl {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  let region = pick(params, PARAM.region, notices);
  let paragraph = pick(params, PARAM.paragraph, notices);
  if (region !== null && !(REGION_ID.test(region) && known.hasRegion(region))) {
    notices.push({ key: 'notice.unknownRegion', params: { value: quote(region) } });
    region = null;
  }
  if (paragraph !== null && !(PARAGRAPH_ID.test(paragraph) && known.hasParagraph(paragraph))) {
    notices.push({ key: 'notice.unknownParagraph', params: { value: quote(paragraph) } });
    paragraph = null;
  }
  // Both known, but the passage does not name the place: both are shown (the link is kept), and the reader told.
  if (region !== null && paragraph !== null && known.names && !known.names(paragraph, region))
    notices.push({ key: 'notice.passageNotOfPlace', params: { value: paragraph.slice(1) } });
  const tourValue = pick(params, PARAM.tour, notices);
  let tour: number | null = null;
  if (tourValue !== null) {
    const n = TOUR_STEP.test(tourValue) ? Number(tourValue) : NaN;
    if (n >= 1 && n <= (known.tourLength ?? 0)) tour = n;
    else notices.push({ key: 'notice.unknownStep', params: { value: quote(tourValue), count: known.tourLength ?? 0 } });
  }
  return { state: { region, paragraph, tour }, notices };
}

/** The query string for a state, keeping unrelated parameters of `base`. */
export function formatUrl(state: ViewState, base = ''): string {
  const params = new URLSearchParams(base);
  params.delete(PARAM.region);
  params.delete(PARAM.paragraph);
  params.delete(PARAM.tour);
  if (state.tour) params.set(PARAM.tour, String(state.tour));
  else {
    if (state.region) params.set(PARAM.region, state.region);
    if (state.paragraph) params.set(PARAM.paragraph, state.paragraph);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const sameState = (a: ViewState, b: ViewState) =>
  (a.tour ?? null) === (b.tour ?? null) && (a.tour ? true : a.region === b.region && a.paragraph === b.paragraph);

/**
 * Whether a URL hash carries a usable map view (`#map=zoom/lat/lon`, as
 * MapLibre writes it). A garbled one (`#map=abc/def/ghi`) is not a view: the
 * selection in the query then decides what the map shows.
 */
export function hasMapView(hash: string): boolean {
  const m = /(?:^#|&)map=([^&]*)/.exec(hash);
  if (!m) return false;
  const parts = m[1]!.split('/').map(Number);
  if (parts.length < 3 || parts.slice(0, 3).some((v) => !Number.isFinite(v))) return false;
  const [zoom, lat, lon] = parts as [number, number, number];
  return zoom >= 0 && zoom <= 24 && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}
