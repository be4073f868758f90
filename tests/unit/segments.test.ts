import { describe, expect, test } from 'vitest';
import { clipExcerpt, excerptSegments, excerpts, segments, sentences } from '../../src/lib/model/segments';
import { paragraphs } from './helpers';

describe('segments', () => {
  test('cover every paragraph exactly, mentions included', () => {
    for (const p of paragraphs()) {
      const s = segments(p);
      expect(s.map((x) => x.text).join(''), p.id).toBe(p.text);
      expect(s.filter((x) => x.regions.length).length, p.id).toBe(new Set(p.mentions.map((m) => m.start)).size);
    }
  });

  test('one span naming two regions is one segment with both', () => {
    const p13 = paragraphs().find((p) => p.id === 'p13')!;
    const rf = segments(p13).find((s) => s.text === 'reclaimed features')!;
    expect(rf.regions.sort()).toEqual(['paracel-islands', 'spratly-islands']);
  });
});

describe('sentences and excerpts', () => {
  test('do not split after U.S. or D.C.', () => {
    const text = 'Talks in Washington, D.C. Today. The U.S. Government agreed. Done.';
    expect(sentences(text).map(([s, e]) => text.slice(s, e))).toEqual(['Talks in Washington, D.C. Today.', 'The U.S. Government agreed.', 'Done.']);
  });

  test('an excerpt is a verbatim slice around the mention, marked where text is left out', () => {
    const p3 = paragraphs().find((p) => p.id === 'p3')!;
    const mentions = p3.mentions.filter((m) => m.region === 'senkaku-islands');
    const [x] = excerpts(p3, mentions);
    expect(x!.before).toBe(true);
    expect(x!.after).toBe(false);
    const text = p3.text.slice(x!.start, x!.end);
    expect(text.startsWith('The two leaders reaffirmed that Article V')).toBe(true);
    expect(excerptSegments(x!).map((s) => s.text).join('')).toBe(text);
  });
});

describe('clipped excerpts (embeds)', () => {
  test('a long sentence is cut to whole clauses around the name, verbatim, within the limit', () => {
    let clipped = 0;
    for (const p of paragraphs()) {
      for (const region of new Set(p.mentions.map((m) => m.region))) {
        const ms = p.mentions.filter((m) => m.region === region);
        for (const x of excerpts(p, ms)) {
          const c = clipExcerpt(x, ms, 240);
          const shown = p.text.slice(c.start, c.end);
          // Verbatim, inside the sentence, and still naming the place.
          expect(c.start).toBeGreaterThanOrEqual(x.start);
          expect(c.end).toBeLessThanOrEqual(x.end);
          expect(ms.some((m) => m.start >= c.start && m.end <= c.end), `${p.id} ${region}`).toBe(true);
          if (c === x) continue;
          clipped++;
          // A clause may be longer than the limit on its own; otherwise the cut fits.
          expect(shown.length <= 240 || !/[,;] /.test(shown), `${p.id} ${region}: ${shown.length}`).toBe(true);
          // Cut at a clause boundary, never mid-word, never on the separator.
          expect(c.start === x.start || /[,;] $/.test(p.text.slice(0, c.start)), `${p.id} start`).toBe(true);
          expect(shown).not.toMatch(/[,; ]$/);
          expect(c.before || c.after).toBe(true);
        }
      }
    }
    expect(clipped).toBeGreaterThan(0);
  });

  test('the Southwest Islands passage is cut to the clauses that name them', () => {
    const p5 = paragraphs().find((p) => p.id === 'p5')!;
    const ms = p5.mentions.filter((m) => m.region === 'southwest-islands');
    const [x] = excerpts(p5, ms);
    const c = clipExcerpt(x!, ms, 240);
    expect(p5.text.slice(c.start, c.end)).toContain("Japan's Southwest Islands");
    expect(c.end - c.start).toBeLessThanOrEqual(240);
    expect(c.end - c.start).toBeLessThan(x!.end - x!.start);
  });
});
