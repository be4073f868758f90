import { expect, test } from 'vitest';
import { stepFirst } from '../../src/lib/model/passage-order';
import type { Paragraph } from '../../src/lib/model/types';

const p = (id: string): Paragraph => ({ id, text: id, mentions: [] });
const ids = (ps: Paragraph[]) => ps.map((x) => x.id);

test("a tour step's card opens at the step's own passage, the others after it in reading order", () => {
  const all = ['p1', 'p2', 'p4', 'p16'].map(p);
  expect(ids(stepFirst(all, 'p4'))).toEqual(['p4', 'p1', 'p2', 'p16']);
  expect(ids(stepFirst(all, 'p16'))).toEqual(['p16', 'p1', 'p2', 'p4']);
  expect(ids(stepFirst(all, 'p1'))).toEqual(['p1', 'p2', 'p4', 'p16']);
  // Outside a step, or a paragraph that does not name the place: reading order.
  expect(ids(stepFirst(all, null))).toEqual(['p1', 'p2', 'p4', 'p16']);
  expect(ids(stepFirst(all, 'p9'))).toEqual(['p1', 'p2', 'p4', 'p16']);
});
