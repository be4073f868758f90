// Split a paragraph into plain text and mention spans, for rendering links
// inside the verbatim text, and cut excerpts around a region's mentions.
import type { Paragraph, Span } from './types';

export interface Segment {
  text: string;
  start: number;
  /** Regions named by this span (several when one phrase names several places). */
  regions: string[];
}

/** Consecutive segments covering the whole paragraph text, in order. */
export function segments(p: Paragraph): Segment[] {
  const spans = new Map<string, Segment>();
  for (const m of p.mentions) {
    const key = `${m.start}:${m.end}`;
    const s = spans.get(key);
    if (s) s.regions.push(m.region);
    else spans.set(key, { text: m.text, start: m.start, regions: [m.region] });
  }
  const out: Segment[] = [];
  let at = 0;
  for (const s of [...spans.values()].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue; // overlapping spans are resolved by the data build; keep the first
    if (s.start > at) out.push({ text: p.text.slice(at, s.start), start: at, regions: [] });
    out.push(s);
    at = s.start + s.text.length;
  }
  if (at < p.text.length) out.push({ text: p.text.slice(at), start: at, regions: [] });
  return out;
}

/** Sentence boundaries: end punctuation, space, capital — but not after "U.S." or "D.C.". */
const SENTENCE_END = /(?<!\b[A-Z]\.[A-Z]\.)(?<=[.!?])\s+(?=[A-Z(])/g;

/** [start, end) of each sentence of a text. */
export function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, text.length]);
  return out;
}

export interface Excerpt {
  /** Verbatim slice of the paragraph. */
  paragraph: Paragraph;
  start: number;
  end: number;
  /** Whether text was left out before / after. */
  before: boolean;
  after: boolean;
}

/** The sentences of a paragraph that contain the given mentions, as verbatim excerpts. */
export function excerpts(p: Paragraph, mentions: readonly Span[]): Excerpt[] {
  const picked = sentences(p.text).filter(([s, e]) => mentions.some((m) => m.start >= s && m.start < e));
  const merged: [number, number][] = [];
  for (const [s, e] of picked) {
    const last = merged.at(-1);
    if (last && p.text.slice(last[1], s).trim() === '') last[1] = e;
    else merged.push([s, e]);
  }
  return merged.map(([start, end]) => ({ paragraph: p, start, end, before: start > 0, after: end < p.text.length }));
}

/**
 * An excerpt no longer than about `max` characters: a long sentence is cut to
 * the clauses (split after a comma or semicolon) around its first mention, the
 * cuts marked by ellipses. Still verbatim: every character shown is the text's.
 */
export function clipExcerpt(x: Excerpt, mentions: readonly Span[], max: number): Excerpt {
  if (x.end - x.start <= max) return x;
  const text = x.paragraph.text;
  const cuts = [x.start];
  for (const m of text.slice(x.start, x.end).matchAll(/[,;] /g)) cuts.push(x.start + m.index + 2);
  cuts.push(x.end);
  const first = mentions.find((m) => m.start >= x.start && m.start < x.end) ?? mentions[0];
  if (!first) return x;
  // The clause holding the mention, then its neighbours while they fit, the following one first.
  let i = cuts.findLastIndex((c) => c <= first.start);
  let j = cuts.findIndex((c) => c >= first.end);
  if (j < 0) j = cuts.length - 1;
  for (let grew = true; grew; ) {
    grew = false;
    if (j < cuts.length - 1 && cuts[j + 1]! - cuts[i]! <= max) (j++, (grew = true));
    else if (i > 0 && cuts[j]! - cuts[i - 1]! <= max) (i--, (grew = true));
  }
  // A cut never ends on the separator: "…, and" reads as "… and".
  const start = cuts[i]!;
  let end = cuts[j]!;
  while (end > start && /[,; ]/.test(text[end - 1]!)) end--;
  return { ...x, start, end, before: start > 0, after: end < text.length };
}

/** The segments of an excerpt, clipped to it. */
export function excerptSegments(x: Excerpt): Segment[] {
  return segments(x.paragraph)
    .filter((s) => s.start < x.end && s.start + s.text.length > x.start)
    .map((s) => {
      const from = Math.max(s.start, x.start);
      const to = Math.min(s.start + s.text.length, x.end);
      return { ...s, start: from, text: x.paragraph.text.slice(from, to) };
    });
}
