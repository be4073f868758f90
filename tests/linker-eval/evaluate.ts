// An honest measure of the linker: texts written for it (tests/linker-eval/texts),
// every place annotated by hand with a gazetteer-independent gold (a stable
// key, and a point taken from a cited page in places.tsv), scored the way
// geoparsers are scored: precision, recall, F1, and accuracy within 161 km.
//
// Markup in the texts: [[words|key]] a place (key in places.tsv);
// [[words|~]] words a reader may or may not count as a place (a demonym, an
// organisation named after a place): what the linker does there is not
// counted; [[words|!person]] or [[words|!org]] words that are not a place, so
// a link there is a false positive of that kind (the traps: "Michael Jordan").
// Texts named dev-* were used to tune the linker; heldout-* were written at
// the same time and never looked at error by error. A line "---" separates
// the stories of a wire file: each is linked as a document of its own, as a
// news corpus gives its articles one by one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LinkedDocument } from '../../src/lib/linker/document';

export const EVAL_DIR = import.meta.dirname;

export interface GoldPlace {
  key: string;
  lat: number;
  lon: number;
  source: string;
}

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
  /** A places.tsv key, '~' (not counted) or '!person' / '!org' (not a place). */
  key: string;
}

export interface EvalText {
  /** The file and, for a wire file's stories, the story's number. */
  id: string;
  set: 'dev' | 'heldout';
  lang: 'en' | 'ja';
  text: string;
  gold: GoldSpan[];
}

export function goldPlaces(): Map<string, GoldPlace> {
  const [, ...rows] = readFileSync(join(EVAL_DIR, 'places.tsv'), 'utf8').trim().split('\n');
  return new Map(
    rows.map((r) => {
      const [key, lat, lon, page] = r.split('\t') as [string, string, string, string];
      return [key, { key, lat: Number(lat), lon: Number(lon), source: `https://en.wikipedia.org/wiki/${page}` }];
    }),
  );
}

const MARK = /\[\[([^|\]]+)\|([^\]]+)\]\]/g;

/** The plain text and its gold spans (UTF-16 offsets into the plain text). */
export function parseAnnotated(marked: string): { text: string; gold: GoldSpan[] } {
  let text = '';
  const gold: GoldSpan[] = [];
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    gold.push({ start: text.length, end: text.length + m[1]!.length, text: m[1]!, key: m[2]! });
    text += m[1]!;
    last = m.index! + m[0].length;
  }
  return { text: text + marked.slice(last), gold };
}

export function evalTexts(): EvalText[] {
  return readdirSync(join(EVAL_DIR, 'texts'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      const stories = readFileSync(join(EVAL_DIR, 'texts', f), 'utf8').split(/\n---\n/);
      return stories.map((story, i): EvalText => ({ id: stories.length > 1 ? `${id}#${i + 1}` : id, set: id.startsWith('dev') ? 'dev' : 'heldout', lang: id.endsWith('-ja') ? 'ja' : 'en', ...parseAnnotated(story) }));
    })
    .flat();
}

export interface Found {
  start: number;
  end: number;
  text: string;
  id: string;
  name: string;
  kind: string;
  lat: number;
  lon: number;
  bbox: [number, number, number, number];
  /** The linker flagged it "check this". */
  flagged: boolean;
}

/**
 * The linker's mentions as offsets into the whole text: each paragraph is
 * found in the text with its whitespace collapsed (the paragraph splitter
 * turns every line break inside a paragraph into a space).
 */
export function foundIn(text: string, doc: LinkedDocument): Found[] {
  let norm = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) {
      if (norm.endsWith(' ')) continue;
      norm += ' ';
    } else norm += text[i];
    at.push(i);
  }
  at.push(text.length);
  const out: Found[] = [];
  let cursor = 0;
  for (const p of doc.paragraphs) {
    const i = norm.indexOf(p.text, cursor);
    if (i < 0) throw new Error(`paragraph not found in the text: ${p.text.slice(0, 60)}`);
    cursor = i + p.text.length;
    const seen = new Set<string>();
    for (const m of p.mentions) {
      const key = `${m.start}:${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const flagged = 'confidence' in m && (m as { confidence?: string }).confidence === 'check';
      out.push({ start: at[i + m.start]!, end: at[i + m.end - 1]! + 1, text: m.text, id: m.place.id, name: m.place.name, kind: m.place.kind, lat: m.place.lat, lon: m.place.lon, bbox: m.place.bbox, flagged });
    }
  }
  return out;
}

const RADIUS_KM = 6371.0088;
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type ErrorKind =
  | 'missed'
  | 'not a place: person'
  | 'not a place: organisation'
  | 'not a place: other'
  | 'wrong place, confident'
  | 'wrong place, flagged'
  | 'right area, its point over 161 km from the gold point'
  | 'span too short or long';

export interface Score {
  gold: number;
  found: number;
  matched: number;
  /** Matched and within 161 km of the gold point. */
  within161: number;
  /** Matched and within 161 km, or an area whose box holds the gold point. */
  placed: number;
  flagged: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy161: number;
  /** Matched places within 161 km or, for an area, with the gold point in its box. */
  accuracyPlaced: number;
  errors: { kind: ErrorKind; text: string; id: string; detail: string }[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Scores one text's mentions against its gold. */
export function score(t: EvalText, found: Found[], places: Map<string, GoldPlace>): Score {
  const gold = t.gold.filter((g) => !g.key.startsWith('~') && !g.key.startsWith('!'));
  const ignore = t.gold.filter((g) => g.key === '~');
  const traps = t.gold.filter((g) => g.key.startsWith('!'));
  const errors: Score['errors'] = [];
  const used = new Set<GoldSpan>();
  let matched = 0;
  let within = 0;
  let placed = 0;
  let counted = 0;
  let flagged = 0;
  for (const f of found) {
    const g = gold.find((x) => !used.has(x) && overlaps(x, f));
    if (!g) {
      if (ignore.some((x) => overlaps(x, f))) continue;
      counted++;
      const trap = traps.find((x) => overlaps(x, f));
      const kind: ErrorKind = trap?.key === '!person' ? 'not a place: person' : trap?.key === '!org' ? 'not a place: organisation' : 'not a place: other';
      errors.push({ kind, text: f.text, id: t.id, detail: `linked to ${f.id}` });
      continue;
    }
    used.add(g);
    counted++;
    matched++;
    if (f.flagged) flagged++;
    const place = places.get(g.key);
    if (!place) throw new Error(`${t.id}: no gold point for ${g.key}`);
    const km = distanceKm(place, f);
    const inBox = f.bbox[0] < f.bbox[2] && place.lon >= f.bbox[0] && place.lon <= f.bbox[2] && place.lat >= f.bbox[1] && place.lat <= f.bbox[3];
    if (km <= 161) within++;
    if (km <= 161 || inBox) placed++;
    else {
      // The same area by name (a state, a sea), whose label point lies far from the gold's: not a wrong place, but a point the measure cannot credit.
      const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
      const sameArea = !['city', 'capital', 'site'].includes(f.kind) && fold(f.name) === fold(g.text);
      errors.push({ kind: sameArea ? 'right area, its point over 161 km from the gold point' : f.flagged ? 'wrong place, flagged' : 'wrong place, confident', text: g.text, id: t.id, detail: `${f.id} is ${Math.round(km)} km from ${g.key}` });
    }
    if (f.start !== g.start || f.end !== g.end) errors.push({ kind: 'span too short or long', text: g.text, id: t.id, detail: `found “${f.text}”` });
  }
  for (const g of gold) if (!used.has(g)) errors.push({ kind: 'missed', text: g.text, id: t.id, detail: g.key });
  const precision = counted ? matched / counted : 1;
  const recall = gold.length ? matched / gold.length : 1;
  return {
    gold: gold.length,
    found: counted,
    matched,
    within161: within,
    placed,
    flagged,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy161: matched ? within / matched : 1,
    accuracyPlaced: matched ? placed / matched : 1,
    errors,
  };
}

/** Several texts' scores summed (micro-averaged). */
export function total(scores: Score[]): Score {
  const sum = (k: 'gold' | 'found' | 'matched' | 'within161' | 'placed' | 'flagged') => scores.reduce((n, s) => n + s[k], 0);
  const gold = sum('gold');
  const found = sum('found');
  const matched = sum('matched');
  const within161 = sum('within161');
  const placed = sum('placed');
  const precision = found ? matched / found : 1;
  const recall = gold ? matched / gold : 1;
  return {
    gold,
    found,
    matched,
    within161,
    placed,
    flagged: sum('flagged'),
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy161: matched ? within161 / matched : 1,
    accuracyPlaced: matched ? placed / matched : 1,
    errors: scores.flatMap((s) => s.errors),
  };
}
