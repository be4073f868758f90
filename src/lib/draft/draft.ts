// A draft atlas: what the user typed (the text and its title, date, source
// and licence) and what they decided about its links. It is the unit that is
// stored on this device, shared in a link and opened from a file, so it is
// checked field by field wherever it comes from: nothing in it is trusted.
import { MAX_TEXT_BYTES } from '../linker/input';
import type { PlaceRef } from '../linker/document';
import type { Decision, DraftLink } from './review';

export const DRAFT_VERSION = 1;

export interface Draft {
  version: typeof DRAFT_VERSION;
  id: string;
  title: string;
  /** yyyy-mm-dd, or '' when not given. */
  date: string;
  /** Where the text was published (a URL), or ''. */
  source: string;
  /** Its licence or terms of use, or ''. */
  licence: string;
  text: string;
  decisions: Decision[];
  /**
   * The guided tour as the author made it: the steps kept, in their order, each retitled or not. Absent,
   * the tour is the one made from the text (a step per paragraph that names places).
   */
  tour?: TourChoice[];
  /** ms since the epoch, when last changed. */
  updated: number;
}

/** A step the author kept: its paragraph (`p3`), and its title ('' keeps the one made from the text). */
export interface TourChoice {
  paragraph: string;
  title: string;
}

export const newDraft = (now = Date.now(), id = `d${now.toString(36)}${Math.random().toString(36).slice(2, 6)}`): Draft => ({
  version: DRAFT_VERSION,
  id,
  title: '',
  date: '',
  source: '',
  licence: '',
  text: '',
  decisions: [],
  updated: now,
});

/** Draft ids are short and plain: they become storage keys and file names. */
const DRAFT_ID = /^[a-z0-9]{1,24}$/;
const DATE = /^(\d{4}-\d{2}-\d{2})?$/;
const FIELD_MAX = 2000;

type Check<T> = { ok: true; value: T } | { ok: false; error: string };
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isStr = (v: unknown, max = FIELD_MAX): v is string => typeof v === 'string' && v.length <= max;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isSpan(v: Record<string, unknown>): boolean {
  return isInt(v.paragraph) && isInt(v.start) && isInt(v.end) && (v.end as number) > (v.start as number) && isStr(v.text, 500);
}

export function isPlaceRef(v: unknown): v is PlaceRef {
  if (!isObject(v)) return false;
  const b = v.bbox;
  return (
    isStr(v.id, 200) && isStr(v.name, 500) && isStr(v.kind, 100) && isNum(v.lon) && isNum(v.lat) && Math.abs(v.lon) <= 180 && Math.abs(v.lat) <= 90 &&
    Array.isArray(b) && b.length === 4 && b.every(isNum) && typeof v.verified === 'boolean' &&
    (v.cc === undefined || isStr(v.cc, 3)) && (v.source === undefined || isStr(v.source, 100))
  );
}

/** Steps a tour may have: one per paragraph of the longest text is far more than any tour needs. */
const TOUR_MAX = 1000;
const isTourChoice = (v: unknown): v is TourChoice => isObject(v) && isStr(v.paragraph, 12) && /^p\d+$/.test(v.paragraph) && isStr(v.title, 200);

function checkDecision(v: unknown): v is Decision {
  if (!isObject(v) || !isSpan(v) || (v.stale !== undefined && v.stale !== true)) return false;
  if (v.action === 'accept' || v.action === 'unlink') return true;
  return v.action === 'link' && isPlaceRef(v.place);
}

/** A draft from anywhere (storage, a link, a file), or what is wrong with it. */
export function parseDraft(v: unknown): Check<Draft> {
  if (!isObject(v)) return { ok: false, error: 'not a draft (expected an object)' };
  if (v.version !== DRAFT_VERSION) return { ok: false, error: `draft version ${String(v.version).slice(0, 10)} is not one this atlas reads (${DRAFT_VERSION})` };
  if (!isStr(v.id) || !DRAFT_ID.test(v.id)) return { ok: false, error: 'the draft has no usable id' };
  for (const key of ['title', 'source', 'licence'] as const) if (!isStr(v[key])) return { ok: false, error: `the draft's ${key} is not a short text` };
  if (!isStr(v.date) || !DATE.test(v.date)) return { ok: false, error: 'the draft’s date is not yyyy-mm-dd' };
  if (typeof v.text !== 'string' || v.text.length > MAX_TEXT_BYTES) return { ok: false, error: 'the draft’s text is missing or too long' };
  if (!Array.isArray(v.decisions) || !v.decisions.every(checkDecision)) return { ok: false, error: 'the draft’s link decisions are damaged' };
  if (!isNum(v.updated)) return { ok: false, error: 'the draft has no time of change' };
  if (v.tour !== undefined && !(Array.isArray(v.tour) && v.tour.length <= TOUR_MAX && v.tour.every(isTourChoice))) return { ok: false, error: 'the draft’s tour is damaged' };
  const { version, id, title, date, source, licence, text, decisions, tour, updated } = v as unknown as Draft;
  return { ok: true, value: { version, id, title, date, source, licence, text, decisions, ...(tour && { tour }), updated } };
}

/** A shared atlas: the draft, and the links it made when shared (so it reads the same whatever the gazetteer becomes). */
export interface SharedAtlas {
  draft: Draft;
  links: DraftLink[];
}

export function parseShared(v: unknown): Check<SharedAtlas> {
  if (!isObject(v)) return { ok: false, error: 'not an atlas (expected an object)' };
  const draft = parseDraft(v.draft);
  if (!draft.ok) return draft;
  if (!Array.isArray(v.links)) return { ok: false, error: 'the atlas has no links' };
  for (const l of v.links) if (!isObject(l) || !isSpan(l) || !isPlaceRef(l.place)) return { ok: false, error: 'one of the atlas’s links is damaged' };
  return { ok: true, value: { draft: draft.value, links: v.links as SharedAtlas['links'] } };
}
