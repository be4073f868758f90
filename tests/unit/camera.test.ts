import { expect, test } from 'vitest';
import { unionBounds } from '../../src/lib/model/bounds';

test('unionBounds joins Japan and the United States across the Pacific', () => {
  const japan: [number, number, number, number] = [122.9, 24.2, 154, 45.5];
  const us: [number, number, number, number] = [-125, 24, -66.9, 49.5];
  const u = unionBounds([japan, us])!;
  expect(u[0]).toBeCloseTo(122.9);
  expect(u[2]).toBeCloseTo(293.1);
  expect(u[2] - u[0]).toBeLessThan(180);
});

test('unionBounds of one box is that box; of none is null', () => {
  expect(unionBounds([[1, 2, 3, 4]])).toEqual([1, 2, 3, 4]);
  expect(unionBounds([])).toBeNull();
});
