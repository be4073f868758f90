// The measure tool between two places: the atlas's own measure where it has one.
import { describe, expect, test } from 'vitest';
import { measureBetween } from '../../src/lib/state/measure.svelte';
import type { Geography } from '../../src/lib/model/types';
import { readJson } from './helpers';

const { measures } = readJson<Geography>('public/data/geography.json');

describe('measureBetween', () => {
  test('Senkaku Islands → Taiwan is the nearest coast, the distance the card quotes, not 337 km between label points', () => {
    const found = measureBetween(measures, 'senkaku-islands', 'taiwan')!;
    expect(found.measure.id).toBe('uotsuri-taiwan');
    expect(found.reversed).toBe(false);
    expect(found.measure.km).toBeGreaterThan(160);
    expect(found.measure.km).toBeLessThan(180);
  });

  test('either way round, and none where the atlas has no measure', () => {
    expect(measureBetween(measures, 'taiwan', 'senkaku-islands')!.reversed).toBe(true);
    expect(measureBetween(measures, 'futenma', 'henoko')!.measure.id).toBe('henoko-futenma');
    expect(measureBetween(measures, 'australia', 'india')).toBeNull();
    // Okinawa contains Henoko: no measure joins them, and the strait's width joins Taiwan and the PRC, not the strait.
    expect(measureBetween(measures, 'okinawa', 'henoko')).toBeNull();
    expect(measureBetween(measures, 'taiwan-strait', 'taiwan')).toBeNull();
    expect(measureBetween(measures, 'china', 'taiwan')!.measure.id).toBe('taiwan-strait-narrowest');
  });
});
