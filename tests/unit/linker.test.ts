// The one linker (src/lib/linker/link.ts): offsets, overlaps, possessives,
// hyphenated compounds, ambiguity, Japanese and Chinese names, and how well it
// reproduces the flagship's curated links from the world gazetteer.
import { describe, expect, test } from 'vitest';
import type { GazetteerFile, GazetteerPlace } from '../../src/lib/linker/gazetteer';
import { Linker } from '../../src/lib/linker/link';
import { paragraphs, readJson } from './helpers';

const place = (id: string, names: string[], extra: Partial<GazetteerPlace> = {}): GazetteerPlace => ({
  id, name: names[0]!, names, kind: 'country', lon: 0, lat: 0, bbox: [0, 0, 0, 0], verified: false, source: 'test', ...extra,
});
const small = new Linker([
  place('japan', ['Japan'], { verified: true, ja: '日本', zh: '日本' }),
  place('united-states', ['United States', 'U.S.'], { verified: true }),
  place('australia', ['Australia'], { verified: true }),
  place('india', ['India'], { verified: true }),
  place('taiwan', ['Taiwan'], { verified: true, ja: '台湾' }),
  place('taiwan-strait', ['Taiwan Strait', 'cross-Strait'], { verified: true, ja: '台湾海峡' }),
  place('republic-of-korea', ['Republic of Korea', 'ROK'], { verified: true }),
  place('north-korea', ["Democratic People's Republic of Korea", 'DPRK'], { verified: true }),
  place('senkaku-islands', ['Senkaku Islands'], { verified: true, ja: '尖閣諸島', zh: '钓鱼岛及其附属岛屿 / 釣魚臺列嶼' }),
  place('spratly-islands', ['reclaimed features'], { verified: true }),
  place('paracel-islands', ['reclaimed features'], { verified: true }),
  place('santiago-chile', ['Santiago'], { kind: 'capital' }),
  place('santiago-dominican-republic', ['Santiago'], { kind: 'city' }),
]);
const spans = (text: string) => small.link(text).mentions.map((m) => [m.text, m.place]);

describe('the linker', () => {
  test('offsets are exact UTF-16 positions, after astral characters too', () => {
    const text = '🌏 Japan 🗾 and 台湾 and Japan.';
    const { mentions } = small.link(text);
    expect(mentions.map((m) => [m.start, m.end, m.place])).toEqual([
      [3, 8, 'japan'],
      [16, 18, 'taiwan'],
      [23, 28, 'japan'],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test('the longest match wins where names overlap', () => {
    expect(spans('the Taiwan Strait and Taiwan')).toEqual([['Taiwan Strait', 'taiwan-strait'], ['Taiwan', 'taiwan']]);
    expect(spans("the Democratic People's Republic of Korea and the Republic of Korea")).toEqual([
      ["Democratic People's Republic of Korea", 'north-korea'],
      ['Republic of Korea', 'republic-of-korea'],
    ]);
  });

  test('whole words only: possessives and punctuation stop a name, letters do not', () => {
    expect(spans("Japan's security, Japanese firms, Japanization, (Japan)")).toEqual([['Japan', 'japan'], ['Japan', 'japan']]);
    expect(spans('DPRKs and ROK.')).toEqual([['ROK', 'republic-of-korea']]);
  });

  test('hyphenated compounds name each part', () => {
    expect(spans('U.S.-Japan')).toEqual([['U.S.', 'united-states'], ['Japan', 'japan']]);
    expect(spans('Japan-Australia-India-U.S. (Quad)').map(([, p]) => p)).toEqual(['japan', 'australia', 'india', 'united-states']);
    expect(spans('peace and stability across the Taiwan Strait and cross-Strait issues').map(([t]) => t)).toEqual(['Taiwan Strait', 'cross-Strait']);
  });

  test('a curated term may name two regions; a name two unverified places share is reported, not guessed', () => {
    expect(spans('the reclaimed features')).toEqual([['reclaimed features', 'paracel-islands'], ['reclaimed features', 'spratly-islands']]);
    const r = small.link('flights to Santiago');
    expect(r.mentions).toEqual([]);
    expect(r.ambiguous).toEqual([{ start: 11, end: 19, text: 'Santiago', candidates: ['santiago-chile', 'santiago-dominican-republic'] }]);
  });

  test('Japanese and Chinese names link, inside unspaced text too', () => {
    expect(spans('日本と台湾海峡、尖閣諸島について')).toEqual([['日本', 'japan'], ['台湾海峡', 'taiwan-strait'], ['尖閣諸島', 'senkaku-islands']]);
    expect(spans('钓鱼岛及其附属岛屿和釣魚臺列嶼')).toEqual([['钓鱼岛及其附属岛屿', 'senkaku-islands'], ['釣魚臺列嶼', 'senkaku-islands']]);
  });
});

describe('the world gazetteer on the flagship', () => {
  const gazetteer = readJson<GazetteerFile>('public/data/gazetteer.json');

  test('has countries with Japanese and Chinese names, seas and straits, cities, each sourced and licensed', () => {
    const kinds = new Set(gazetteer.places.map((p) => p.kind));
    for (const k of ['country', 'sea', 'strait', 'gulf', 'ocean', 'capital', 'city', 'disputed']) expect(kinds, k).toContain(k);
    expect(gazetteer.places.filter((p) => p.kind === 'country').length).toBeGreaterThan(190);
    const sources = new Set(gazetteer.sources.map((s) => s.id));
    for (const p of gazetteer.places) expect(sources, p.id).toContain(p.source);
    for (const s of gazetteer.sources) expect(s.licence, s.id).toBeTruthy();
    const france = gazetteer.places.find((p) => p.id === 'france')!;
    expect([france.ja, france.zh, france.verified]).toEqual(['フランス', '法国', false]);
    // The verified regions come first and gain the world's names for them.
    expect(gazetteer.places.slice(0, 22).every((p) => p.verified)).toBe(true);
    expect(gazetteer.places.find((p) => p.id === 'republic-of-korea')!.names).toEqual(expect.arrayContaining(['ROK', 'South Korea']));
    expect(gazetteer.places.find((p) => p.id === 'north-korea')!.names).toContain('North Korea');
  });

  // The published figures (README, "The linker"): measured here on every paragraph.
  test('reproduces the curated links at precision and recall ≥ 0.98', () => {
    const linker = new Linker(gazetteer.places);
    let hit = 0;
    let extra = 0;
    let missed = 0;
    for (const p of paragraphs()) {
      const key = (m: { start: number; end: number; place?: string; region?: string }) => `${m.start}:${m.end}:${m.place ?? m.region}`;
      const curated = new Set(p.mentions.map(key));
      const linked = new Set(linker.link(p.text).mentions.map(key));
      for (const k of linked) curated.has(k) ? hit++ : extra++;
      for (const k of curated) if (!linked.has(k)) missed++;
    }
    const precision = hit / (hit + extra);
    const recall = hit / (hit + missed);
    expect(hit).toBeGreaterThan(90);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });
});
