// The embed draws its map and nothing else: no quiz and no measure tool are
// built or even imported for it. Walks the static imports from Embed.svelte.
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reach, readText } from './helpers';

describe('what the embed imports', () => {
  const embed = [...reach('src/Embed.svelte')].map((f) => relative('src', f));
  const atlas = [...reach('src/App.svelte')].map((f) => relative('src', f));

  test('the walk finds the map and the state modules (so an empty walk cannot pass)', () => {
    expect(embed).toContain('lib/map/MapView.svelte');
    expect(atlas).toEqual(expect.arrayContaining(['lib/map/LayerControl.svelte', 'lib/map/MeasurePanel.svelte']));
  });

  test('the full atlas loads the quiz and the measure tool on use: its first view imports neither', () => {
    expect(atlas.filter((f) => /state\/(quiz|measure)/.test(f))).toEqual([]);
    expect(readText('src/App.svelte')).toMatch(/import\('\.\/lib\/state\/quiz\.svelte'\)/);
    expect(readText('src/App.svelte')).toMatch(/import\('\.\/lib\/state\/measure\.svelte'\)/);
  });

  test('no quiz, no measure tool and no layer control in the embed', () => {
    expect(embed.filter((f) => /quiz|measure|LayerControl/i.test(f))).toEqual([]);
  });
});

test('the map knows no mode: MapView reaches no selection, quiz, measure or layer state', () => {
  const map = [...reach('src/lib/map/MapView.svelte')].map((f) => relative('src', f));
  expect(map).toContain('lib/map/style.ts');
  expect(map.filter((f) => /state\/(selection|quiz|measure|layers)|getSelectionContext/.test(f))).toEqual([]);
  expect(readText('src/lib/map/MapView.svelte')).not.toMatch(/getSelectionContext|\bQuiz\b|MeasureTool|MapLayers/);
});

