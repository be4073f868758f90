import { describe, expect, test } from 'vitest';
import { makeQuiz, random } from '../../src/lib/model/quiz';

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

describe('makeQuiz', () => {
  test('is the same for the same seed and differs for another', () => {
    expect(makeQuiz(ids, 7)).toEqual(makeQuiz(ids, 7));
    expect(makeQuiz(ids, 7)).not.toEqual(makeQuiz(ids, 8));
  });

  test('asks about distinct places, alternating find and name, with the answer among four options', () => {
    const q = makeQuiz(ids, 3);
    expect(q).toHaveLength(6);
    expect(new Set(q.map((x) => x.region)).size).toBe(6);
    q.forEach((x, i) => {
      expect(x.kind).toBe(i % 2 === 0 ? 'find' : 'name');
      if (x.kind === 'name') {
        expect(x.options).toHaveLength(4);
        expect(new Set(x.options).size).toBe(4);
        expect(x.options).toContain(x.region);
      }
    });
  });

  test('random() is in [0, 1)', () => {
    const r = random(1);
    for (let i = 0; i < 1000; i++) {
      const v = r();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });
});
