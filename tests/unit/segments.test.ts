import { describe, expect, test } from 'vitest';
import { excerptSegments, excerpts, segments, sentences } from '../../src/lib/model/segments';
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
