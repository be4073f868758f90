// The atlas's own Japanese and Chinese font: the built files hold a glyph for
// every CJK character the atlas writes, the map's labels need only the Japanese
// file, and every font stack of the interface puts the family first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, test } from 'vitest';
import { atlasTexts, cjkCharacters, menuCharacters } from '../../geodata/build/steps/font';
import { CJK_FAMILY, CJK_FONTS, CJK_RANGE } from '../../src/lib/content/fonts';
import { generateStyle } from '../../src/lib/map/style';
import { filesUnder, readText, root } from './helpers';

const font = (path: string) => fontkit.create(readFileSync(join(root, 'public/data', path))) as fontkit.Font;
const covered = (f: fontkit.Font, chars: string[]) => chars.filter((c) => !f.hasGlyphForCodePoint(c.codePointAt(0)!));

/** The data files the app shows, as the build reads them (not the gazetteer, which only the linker reads). */
function dataFiles(): Map<string, string> {
  const files = filesUnder('public/data').filter((f) => /\.(geo)?json$/.test(f) && !f.includes('/tiles/'));
  return new Map(files.map((f) => [f.replace('public/data/', ''), readText(f)]));
}

describe('the CJK fonts', () => {
  const jp = font(CJK_FONTS.jp.path);
  const sc = font(CJK_FONTS.sc.path);

  test('hold a glyph for every Japanese and Chinese character the atlas writes: its interface, names, tour, measures and labels', () => {
    const chars = cjkCharacters(atlasTexts(root, dataFiles()));
    // An independent floor: the Japanese interface alone has hundreds of characters.
    expect(chars.length).toBeGreaterThan(400);
    for (const c of ['尖', '閣', '諸', '島', '沖', '縄', '日', '本', '語', '東', '京', '钓', '鱼']) expect(chars, c).toContain(c);
    expect(covered(jp, chars).filter((c) => covered(sc, [c]).length)).toEqual([]);
  });

  test('are cut to those characters: no more glyphs than the atlas uses, and each file only what it alone gives', () => {
    const chars = cjkCharacters(atlasTexts(root, dataFiles()));
    const inJp = chars.filter((c) => jp.hasGlyphForCodePoint(c.codePointAt(0)!));
    // Glyph 0 (.notdef) and a few the subsetter keeps beside the characters (the space).
    expect(jp.numGlyphs).toBeLessThanOrEqual(inJp.length + 3);
    expect(jp.numGlyphs).toBeGreaterThanOrEqual(inJp.length);
    expect(sc.numGlyphs).toBeLessThanOrEqual(chars.length - inJp.length + 3);
    expect(sc.numGlyphs).toBeGreaterThan(1);
  });

  test('the Japanese file alone covers every label the map draws in Japanese', () => {
    const labelled = ['basemap/places.geojson', 'basemap/sea-labels.geojson', 'basemap/island-names.geojson', 'region-labels.geojson', 'context/island-groups.geojson'];
    const names = labelled.flatMap((f) => (JSON.parse(readText(`public/data/${f}`)) as { features: { properties: Record<string, unknown> }[] }).features.map((x) => String(x.properties.name_ja ?? '')));
    const chars = cjkCharacters(names);
    expect(chars.length).toBeGreaterThan(100);
    expect(covered(jp, chars)).toEqual([]);
  });
});

describe('where the fonts are used', () => {
  test('the stylesheet declares the files in the order they are tried (last first): the menu\'s names, Japanese, then simplified Chinese', () => {
    const css = readText('src/app.css');
    const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!);
    expect(faces.map((f) => /url\('\/data\/([^']+)'\)/.exec(f)?.[1])).toEqual([CJK_FONTS.sc.path, CJK_FONTS.jp.path, CJK_FONTS.names.path]);
    const range = (f: string) => /unicode-range:\s*([^;]+);/.exec(f)?.[1]!.split(/,\s*/);
    for (const f of faces) expect(f).toContain(`font-family: '${CJK_FAMILY}'`);
    expect(range(faces[0]!)).toEqual([...CJK_RANGE]);
    expect(range(faces[1]!)).toEqual([...CJK_RANGE]);
    // The menu's file covers exactly its names' characters, so only those come from it.
    const menu = menuCharacters();
    expect(menu).toEqual(['日', '本', '語']);
    expect(range(faces[2]!)).toEqual(menu.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`));
    expect(covered(font(CJK_FONTS.names.path), menu)).toEqual([]);
    expect(font(CJK_FONTS.names.path).numGlyphs).toBeLessThanOrEqual(menu.length + 2);
  });

  test('every font stack of the interface starts with the atlas\'s CJK family', () => {
    const stacks = filesUnder('src')
      .filter((f) => /\.(css|svelte)$/.test(f))
      .flatMap((f) => [...readText(f).matchAll(/\bfont(?:-family)?:\s*([^;]+);/g)].map((m) => ({ f, value: m[1]!.trim() })))
      // Not the @font-face rules' own names.
      .filter(({ value }) => value !== 'inherit' && value !== `'${CJK_FAMILY}'`);
    expect(stacks.length).toBeGreaterThan(15);
    const without = stacks.filter(({ value }) => !value.includes(`'${CJK_FAMILY}', `) || !/^(?:\d00 )?(?:[\d.]+(?:rem|pt|px)(?:\/[\d.]+)? )?'Atlas CJK'/.test(value));
    expect(without).toEqual([]);
  });

  test('the map draws its Japanese with the Japanese file, for every font its labels name first', () => {
    const style = generateStyle({ dataUrl: (p) => `http://127.0.0.1:4173/data/${p}` });
    const firstFonts = new Set(style.layers.flatMap((l) => (l.type === 'symbol' ? [((l.layout as { 'text-font': string[] })['text-font'])[0]!] : [])));
    expect(firstFonts.size).toBeGreaterThan(1);
    const faces = style['font-faces'] as Record<string, { url: string; 'unicode-range': string[] }[]>;
    for (const name of firstFonts) expect(faces[name], name).toEqual([{ url: `http://127.0.0.1:4173/data/${CJK_FONTS.jp.path}`, 'unicode-range': [...CJK_RANGE] }]);
  });
});
