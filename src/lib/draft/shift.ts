// A text edit, applied to the user's decisions: each decision moves with the
// edit itself (what changed between the old and the new paragraphs), never by
// looking for its words elsewhere. A decision whose words the edit deleted or
// changed becomes stale (kept, to list); one whose words were only moved by
// typing elsewhere follows them; a stale one comes back when an edit puts its
// very words back where they were (an undo, a retyped name).
import type { Decision } from './review';

const WORD = /[\p{L}\p{N}]/u;
const isWord = (c: string | undefined) => c !== undefined && WORD.test(c);

/** Where two texts differ: the common prefix and suffix (`p`, `s`), the rest changed. */
export function textDiff(a: string, b: string): { p: number; s: number } {
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < n - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { p, s };
}

interface Chunk {
  /** First paragraph of the chunk, before and after the edit. */
  from: number;
  to: number;
  before: string[];
  after: string[];
}

/** The paragraphs as chunks that changed: one per edited paragraph when the count is kept, else one for the run that was split or joined. */
function changedChunks(before: readonly string[], after: readonly string[]): Chunk[] {
  const n = Math.min(before.length, after.length);
  let a = 0;
  while (a < n && before[a] === after[a]) a++;
  let b = 0;
  while (b < n - a && before[before.length - 1 - b] === after[after.length - 1 - b]) b++;
  const oldMid = before.slice(a, before.length - b);
  const newMid = after.slice(a, after.length - b);
  if (oldMid.length === newMid.length) {
    return oldMid.flatMap((t, i) => (t === newMid[i] ? [] : [{ from: a + i, to: a + i, before: [t], after: [newMid[i]!] }]));
  }
  return [{ from: a, to: a, before: oldMid, after: newMid }];
}

/** Offsets of each paragraph in a chunk's texts joined by "\n". */
const offsets = (texts: readonly string[]) => {
  const out: number[] = [];
  let at = 0;
  for (const t of texts) {
    out.push(at);
    at += t.length + 1;
  }
  return out;
};

function locate(offs: readonly number[], abs: number): { i: number; at: number } {
  let i = 0;
  while (i + 1 < offs.length && offs[i + 1]! <= abs) i++;
  return { i, at: abs - (offs[i] ?? 0) };
}

/** Whether `span` (of `text` at `at`) sits in `s` with the same word edges it had in `was` (at `wasAt`). */
const sameEdges = (s: string, at: number, was: string, wasAt: number, len: number) =>
  isWord(s[at - 1]) === isWord(was[wasAt - 1]) && isWord(s[at + len]) === isWord(was[wasAt + len]);

const fits = (s: string, at: number, text: string) =>
  s.slice(at, at + text.length) === text && !(isWord(s[at - 1]) && isWord(text[0])) && !(isWord(s[at + text.length]) && isWord(text.at(-1)));

/**
 * The decisions after the paragraphs `before` became `after` (the paragraph
 * texts the linker reads). Unchanged decisions are returned as the same objects.
 */
export function shiftDecisions(before: readonly string[], after: readonly string[], decisions: readonly Decision[]): Decision[] {
  if (!decisions.length || (before.length === after.length && before.every((t, i) => t === after[i]))) return [...decisions];
  const chunks = changedChunks(before, after);
  const countShift = after.length - before.length;
  return decisions.map((d) => {
    const chunk = chunks.find((c) => d.paragraph >= c.from && d.paragraph < c.from + c.before.length);
    if (!chunk) {
      // A paragraph the edit did not touch: only its number may change (paragraphs added or removed before it).
      const last = chunks.at(-1);
      const moved = last && d.paragraph >= last.from + last.before.length ? countShift : 0;
      return moved ? { ...d, paragraph: d.paragraph + moved } : d;
    }
    const was = chunk.before.join('\n');
    const now = chunk.after.join('\n');
    const oldOffs = offsets(chunk.before);
    const newOffs = offsets(chunk.after);
    const x = oldOffs[d.paragraph - chunk.from]! + d.start;
    const len = d.end - d.start;
    const { p, s } = textDiff(was, now);
    const oldEnd = was.length - s;
    const newEnd = now.length - s;
    const delta = now.length - was.length;
    const place = (abs: number, stale: boolean): Decision => {
      const { i, at } = locate(newOffs, abs);
      if (chunk.to + i === d.paragraph && at === d.start && stale === !!d.stale) return d;
      const { stale: _, ...rest } = d;
      return { ...rest, paragraph: chunk.to + i, start: at, end: at + len, ...(stale ? { stale: true as const } : {}) };
    };
    if (d.stale) {
      // Its words typed back where they were: it applies again.
      if (x >= p && x + len <= newEnd && fits(now, x, d.text)) return place(x, false);
      return place(x + len <= p ? x : x >= oldEnd ? x + delta : Math.min(x, p), true);
    }
    if (x + len <= p && sameEdges(now, x, was, x, len)) return place(x, false);
    if (x >= oldEnd && sameEdges(now, x + delta, was, x, len)) return place(x + delta, false);
    // The edit changed its words (or joined a word to them): listed as stale, where its words were.
    return place(x >= oldEnd ? x + delta : Math.min(x, p), true);
  });
}
