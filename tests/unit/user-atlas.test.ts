// A user's atlas as the document model every text is read in (model/user-atlas.ts).
import { describe, expect, test } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { newDraft, type TourChoice } from '../../src/lib/draft/draft';
import type { PlaceRef } from '../../src/lib/linker/document';
import { OVERVIEW_BOX } from '../../src/lib/content/boxes';
import { readUserAtlas } from '../../src/lib/model/user-atlas';
import type { RegionCollection } from '../../src/lib/model/types';
import { atlasFileUrl } from '../../src/lib/state/user-atlas';
import { readJson } from './helpers';

const verified = readJson<RegionCollection>('public/data/regions-lite.geojson');
const labels = readJson<FeatureCollection>('public/data/region-labels.geojson');
const ref = (id: string): PlaceRef => {
  const r = verified.features.find((f) => f.properties.id === id)!.properties;
  return { id, name: r.name, kind: r.kind, lon: r.anchor[0], lat: r.anchor[1], bbox: r.bbox, verified: true };
};
const kyiv: PlaceRef = { id: 'kyiv-ukraine', name: 'Kiev', kind: 'city', lon: 30.52, lat: 50.45, bbox: [30.52, 50.45, 30.52, 50.45], verified: false, cc: 'UA', source: 'geonames' };

const TEXT = 'Opening words\n\nThe leaders discussed Japan and the Senkaku Islands.\n\nThey also spoke of Kyiv.';
const link = (paragraph: number, words: string, place: PlaceRef) => {
  const text = TEXT.split('\n\n')[paragraph]!;
  const start = text.indexOf(words);
  return { paragraph, start, end: start + words.length, text: words, place };
};
const atlas = (links: ReturnType<typeof link>[], date = '2026-01-02') => ({ draft: { ...newDraft(1, 'a'), title: 'A text', date, licence: 'CC BY 4.0', text: TEXT }, links });

describe('a user’s atlas as the document model', () => {
  const read = readUserAtlas(atlas([link(1, 'Japan', ref('japan')), link(1, 'Senkaku Islands', ref('senkaku-islands')), link(2, 'Kyiv', kyiv)]), verified, labels, 'Untitled');

  test('paragraphs get ids and mentions name places; the source is the user’s, never official', () => {
    const ps = read.statement.sections.flatMap((s) => s.paragraphs);
    expect(ps.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(ps[1]!.mentions.map((m) => [m.region, m.text])).toEqual([['japan', 'Japan'], ['senkaku-islands', 'Senkaku Islands']]);
    expect(read.statement.source).toEqual({ publisher: '', url: '', licence: 'CC BY 4.0', official: false });
    expect(read.statement.metadata).toBeUndefined();
    expect(read.statement.dateText).toBe('January 2, 2026');
  });

  test('a verified region keeps its shape and card; a gazetteer place is a point named by the text, marked approximate', () => {
    const senkaku = read.regions.features.find((f) => f.properties.id === 'senkaku-islands')!;
    expect(senkaku.geometry?.type).toBe('MultiPolygon');
    expect(senkaku.properties.card.administeredBy).toMatch(/Japan/);
    expect(senkaku.properties.passages).toEqual(['p2']);
    const point = read.regions.features.find((f) => f.properties.id === 'kyiv-ukraine')!;
    expect(point.geometry).toEqual({ type: 'Point', coordinates: [30.52, 50.45] });
    expect(point.properties.name).toBe('Kyiv');
    expect(point.properties.approximate).toEqual({ kind: 'city', name: 'Kiev', country: 'UA', source: 'geonames' });
    expect(read.labels.features.some((f) => f.properties?.id === 'kyiv-ukraine' && f.properties.name === 'Kyiv')).toBe(true);
  });

  test('the tour: a step per paragraph that names places, the place it is about framed first', () => {
    expect(read.tour.map((s) => [s.paragraph, s.regions])).toEqual([
      ['p2', ['senkaku-islands', 'japan']],
      ['p3', ['kyiv-ukraine']],
    ]);
    expect(read.tour[0]!.title.en).toBe('Senkaku Islands, Japan');
  });

  test('the tour as its author shaped it: steps kept in their order, retitled; one whose paragraph names nothing now, or listed twice, is left out', () => {
    const links = [link(1, 'Japan', ref('japan')), link(1, 'Senkaku Islands', ref('senkaku-islands')), link(2, 'Kyiv', kyiv)];
    const shaped = (tour: TourChoice[]) => readUserAtlas({ ...atlas(links), draft: { ...atlas(links).draft, tour } }, verified, labels, 'Untitled').tour;
    const steps = shaped([{ paragraph: 'p3', title: '  Kyiv talks ' }, { paragraph: 'p1', title: 'None' }, { paragraph: 'p2', title: '' }, { paragraph: 'p3', title: 'again' }]);
    expect(steps.map((s) => [s.paragraph, s.title.en, s.title.ja])).toEqual([
      ['p3', 'Kyiv talks', 'Kyiv talks'],
      ['p2', 'Senkaku Islands, Japan', read.tour[0]!.title.ja],
    ]);
    expect(shaped([])).toEqual([]);
  });

  test('the map opens on every place named: the atlas’s overview when they lie in it, else around them', () => {
    expect(read.overview).not.toEqual(OVERVIEW_BOX);
    const [w, s, e, n] = read.overview;
    for (const [lon, lat] of [[30.52, 50.45], [123.48, 25.74]] as const) expect(lon > w && lon < e && lat > s && lat < n).toBe(true);
    const near = readUserAtlas(atlas([link(1, 'Senkaku Islands', ref('senkaku-islands'))]), verified, labels, 'Untitled');
    expect(near.overview).toEqual(OVERVIEW_BOX);
  });

  test('a link whose words are not in the text is left out, and counted', () => {
    const bad = { ...link(1, 'Japan', ref('japan')), start: 0, end: 5 };
    expect(readUserAtlas(atlas([bad]), verified, labels, 'Untitled').dropped).toBe(1);
  });
});

test('?atlas= names only a .json file on the atlas’s own site', () => {
  const base = 'https://atlas.example/app/?view=atlas';
  expect(atlasFileUrl('mine.json', base)?.href).toBe('https://atlas.example/app/mine.json');
  expect(atlasFileUrl('/files/a.json', base)?.href).toBe('https://atlas.example/files/a.json');
  for (const bad of ['https://evil.example/a.json', '//evil.example/a.json', 'mine.txt', 'javascript:alert(1)//.json', 'data:application/json,{}']) expect(atlasFileUrl(bad, base), bad).toBeNull();
});
