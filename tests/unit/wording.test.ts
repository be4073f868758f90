// The word-level difference a place's card shows between two texts, on
// sentence pairs written by hand with their changes worked out by hand.
import { describe, expect, test } from 'vitest';
import { countWords, WORDED_ANEW, wording } from '../../src/lib/model/wording';

const added = (older: string, newer: string) =>
  wording(older, newer)
    .parts.filter((p) => p.kind === 'added')
    .map((p) => p.text.trim());
const dropped = (older: string, newer: string) =>
  wording(older, newer)
    .parts.filter((p) => p.kind === 'dropped')
    .map((p) => p.text.trim());

describe('wording', () => {
  test('a word put in: added, nothing dropped, the rest the same', () => {
    const w = wording('The strait links two seas.', 'The narrow strait links two seas.');
    expect(w.changes).toEqual([{ kind: 'added', to: 'narrow' }]);
    expect(dropped('The strait links two seas.', 'The narrow strait links two seas.')).toEqual([]);
    expect(w.kept).toBe(1);
  });

  test('words taken out: dropped', () => {
    const w = wording('They reaffirmed their long and steady support.', 'They reaffirmed their support.');
    expect(w.changes).toEqual([{ kind: 'dropped', from: 'long and steady' }]);
  });

  test('a word replaced: one rewording, from the old word to the new', () => {
    const w = wording('The leaders emphasized the importance of peace.', 'The leaders stressed the importance of peace.');
    expect(w.changes).toEqual([{ kind: 'reworded', from: 'emphasized', to: 'stressed' }]);
  });

  test('several changes, in reading order', () => {
    const older = 'They reiterated their strong opposition to any action that undermines the peaceful administration of the islands.';
    const newer = 'They reiterated their firm opposition to any unilateral action that undermines the administration of the islands.';
    expect(wording(older, newer).changes).toEqual([
      { kind: 'reworded', from: 'strong', to: 'firm' },
      { kind: 'added', to: 'unilateral' },
      { kind: 'dropped', from: 'peaceful' },
    ]);
    expect(added(older, newer)).toEqual(['firm', 'unilateral']);
    expect(dropped(older, newer)).toEqual(['strong', 'peaceful']);
  });

  test('punctuation is a unit of its own', () => {
    expect(wording('Peace, and stability.', 'Peace and stability.').changes).toEqual([{ kind: 'dropped', from: ',' }]);
  });

  test('verbatim: the same and dropped parts give the older text, the same and added parts the newer', () => {
    const older = "Japan's longstanding and peaceful administration of the Senkaku Islands.";
    const newer = "Japan's peaceful and lawful administration of the Senkaku Islands, as before.";
    const { parts } = wording(older, newer);
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(older);
    expect(parts.filter((p) => p.kind !== 'dropped').map((p) => p.text).join('')).toBe(newer);
  });

  test('verbatim too where words are put in before a full stop or a comma', () => {
    const older = 'Prosperity for the community. They met, and spoke.';
    const newer = 'Prosperity for the community and the region. They met in Tokyo, and spoke.';
    const w = wording(older, newer);
    expect(w.parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(older);
    expect(w.parts.filter((p) => p.kind !== 'dropped').map((p) => p.text).join('')).toBe(newer);
    expect(w.changes).toEqual([
      { kind: 'added', to: 'and the region' },
      { kind: 'added', to: 'in Tokyo' },
    ]);
  });

  test('the same sentence twice: no change, everything kept', () => {
    const s = 'The Taiwan Strait links the East China Sea and the South China Sea.';
    expect(wording(s, s)).toEqual({ parts: [{ kind: 'same', text: s }], changes: [], kept: 1, anew: false });
  });

  test('two sentences with little in common are worded anew', () => {
    const w = wording('The Senkaku Islands lie in the East China Sea.', 'Okinawa is the largest of the Southwest Islands, and Japan administers the chain.');
    // At most "the" and "Islands" in common: 2 of the shorter text's 9 words.
    expect(w.kept).toBeLessThanOrEqual(2 / 9);
    expect(w.kept).toBeLessThan(WORDED_ANEW);
    expect(w.anew).toBe(true);
  });

  test('a sentence kept whole inside a longer one is not worded anew', () => {
    const w = wording('The islands lie east of Taiwan.', 'Today, as before, the islands lie east of Taiwan and west of Okinawa.');
    expect(w.kept).toBeGreaterThanOrEqual(WORDED_ANEW);
    expect(w.anew).toBe(false);
  });

  test('words are counted as a reader counts them', () => {
    expect(countWords('the U.S.-Japan Treaty, in 1960.')).toBe(7);
    expect(countWords(' , . ')).toBe(0);
  });
});
