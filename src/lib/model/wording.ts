// How the wording about a place moved from one text to the next: a word-level
// difference between the sentences each text gives the place. The diff is
// jsdiff's diffWordsWithSpace: words, punctuation marks and runs of spaces
// are its units, so both texts come back verbatim (diffWords, which ignores
// spacing, keeps only the newer text's: words put in before a full stop
// leave a stray space in the older). Loaded with the comparison only.
import { diffWordsWithSpace } from 'diff';

/** A run of the two texts: in both, only in the newer (added) or only in the older (dropped). */
export interface WordingPart {
  kind: 'same' | 'added' | 'dropped';
  /** Verbatim: the same parts and the dropped ones give the older text, the same and the added the newer. */
  text: string;
}

/** One change, in reading order: words dropped and put in their place are one rewording. */
export type WordingChange = { kind: 'added'; to: string } | { kind: 'dropped'; from: string } | { kind: 'reworded'; from: string; to: string };

export interface Wording {
  parts: WordingPart[];
  changes: WordingChange[];
  /** The words both texts have, over the words of the shorter: below WORDED_ANEW the two have little in common. */
  kept: number;
  /** Little in common (kept below WORDED_ANEW): the newer text is worded anew, and a diff would only be noise. */
  anew: boolean;
}

/** Below this share of the shorter text's words kept, the newer text is worded anew. */
export const WORDED_ANEW = 0.5;

const WORD = /[\p{L}\p{N}]+/gu;
/** Words (letters and digits), as a reader counts them: "U.S.-Japan" is three, punctuation none. */
export const countWords = (text: string): number => text.match(WORD)?.length ?? 0;

/** The word-level difference from `older` to `newer`. */
export function wording(older: string, newer: string): Wording {
  const parts: WordingPart[] = diffWordsWithSpace(older, newer).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'dropped' : 'same', text: c.value }));
  const changes: WordingChange[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const next = parts[i + 1];
    if (p.kind === 'same') continue;
    // A run dropped beside a run added (either order) is the one replaced by the other.
    if (next && next.kind !== 'same' && next.kind !== p.kind) {
      const [from, to] = p.kind === 'dropped' ? [p, next] : [next, p];
      changes.push({ kind: 'reworded', from: from.text.trim(), to: to.text.trim() });
      i++;
    } else if (p.kind === 'added') changes.push({ kind: 'added', to: p.text.trim() });
    else changes.push({ kind: 'dropped', from: p.text.trim() });
  }
  const same = parts.filter((p) => p.kind === 'same').reduce((n, p) => n + countWords(p.text), 0);
  const shorter = Math.min(countWords(older), countWords(newer));
  const kept = shorter === 0 ? 0 : same / shorter;
  return { parts, changes, kept, anew: kept < WORDED_ANEW };
}
