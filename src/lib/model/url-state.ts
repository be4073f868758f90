import type { Notice } from '../i18n/messages';

// The selection as it appears in the URL: ?region=<id>&p=<paragraph id>.
// Parsing never trusts its input: ids must match a strict pattern and exist,
// and anything else becomes a plain-text notice (never markup).

export interface ViewState {
  region: string | null;
  paragraph: string | null;
  /** Guided-tour step, 1-based; when set, it decides region and paragraph. */
  tour?: number | null;
}

export interface Known {
  hasRegion(id: string): boolean;
  hasParagraph(id: string): boolean;
  /** Number of tour steps (0 when there is no tour). */
  tourLength?: number;
}

export interface ParsedUrl {
  state: ViewState;
  /** Notices for the reader (plain text once formatted), e.g. an unknown region id. */
  notices: Notice[];
}

/** What a region or paragraph id may look like, wherever one arrives from outside (a link, a host message). */
export const REGION_ID = /^[a-z]+(?:-[a-z]+){0,5}$/;
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
  let region = pick(params, 'region', notices);
  let paragraph = pick(params, 'p', notices);
  if (region !== null && !(REGION_ID.test(region) && known.hasRegion(region))) {
    notices.push({ key: 'notice.unknownRegion', params: { value: quote(region) } });
    region = null;
  }
  if (paragraph !== null && !(PARAGRAPH_ID.test(paragraph) && known.hasParagraph(paragraph))) {
    notices.push({ key: 'notice.unknownParagraph', params: { value: quote(paragraph) } });
    paragraph = null;
  }
  const tourValue = pick(params, 'tour', notices);
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
  params.delete('region');
  params.delete('p');
  params.delete('tour');
  if (state.tour) params.set('tour', String(state.tour));
  else {
    if (state.region) params.set('region', state.region);
    if (state.paragraph) params.set('p', state.paragraph);
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
