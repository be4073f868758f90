// The atlas's own font for Japanese and Chinese: on a machine without one, the
// Japanese interface, the names on the cards and the map's Japanese labels
// would be empty boxes. Cut to exactly the glyphs the atlas writes (its
// interface strings in every language but English, and the names in its data),
// from Noto Sans JP and, for the simplified Chinese characters Japanese does
// not use, Noto Sans SC (both SIL Open Font License 1.1, via @fontsource).
// The stylesheet and the map ask for a file only when a character it covers is
// drawn (unicode-range), so the English first view loads none of it.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import { CJK_FONTS } from '../../../src/lib/content/fonts';
import { LANGUAGES } from '../../../src/lib/content/languages';

const require = createRequire(import.meta.url);

/** Where each font comes from: the package's whole set for its script, weight 400. */
const FROM = {
  jp: '@fontsource/noto-sans-jp/files/noto-sans-jp-japanese-400-normal.woff2',
  sc: '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2',
} as const;

/** The characters the fonts are for: Han, kana, CJK punctuation and full-width forms. */
export const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3134f}]/gu;

/** Every CJK character in the texts, sorted by code point. */
export function cjkCharacters(texts: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const t of texts) for (const c of t.match(CJK) ?? []) found.add(c);
  return [...found].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

/**
 * What the atlas writes in CJK: the interface's other languages (their
 * message files, read as text) and every data file the app shows (not the
 * gazetteer, which only the linker reads, nor the static pages).
 */
export function atlasTexts(root: string, files: Map<string, string | Uint8Array>): string[] {
  const i18n = join(root, 'src/lib/i18n');
  const messages = readdirSync(i18n)
    .filter((f) => /^messages-[\w-]+\.ts$/.test(f))
    .map((f) => readFileSync(join(i18n, f), 'utf8'));
  const content = join(root, 'src/lib/content');
  const tables = readdirSync(content).map((f) => readFileSync(join(content, f), 'utf8'));
  const data = [...files].filter(([name, c]) => typeof c === 'string' && /\.(geo)?json$/.test(name) && name !== 'gazetteer.json' && !name.startsWith('static/')).map(([, c]) => c as string);
  return [...messages, ...tables, ...data];
}

/** The CJK characters of the language menu's names, which every view shows. */
export const menuCharacters = () => cjkCharacters(Object.values(LANGUAGES).map((l) => l.name));

/** The subset fonts and their licence, by path under public/data. */
export async function buildFonts(texts: string[]): Promise<[string, Uint8Array][]> {
  const chars = cjkCharacters(texts);
  const source = (which: keyof typeof FROM) => readFileSync(require.resolve(FROM[which]));
  const jp = fontkit.create(source('jp')) as fontkit.Font;
  // Japanese forms wherever Noto Sans JP has the character; the simplified Chinese ones it lacks from Noto Sans SC.
  const inJp = chars.filter((c) => jp.hasGlyphForCodePoint(c.codePointAt(0)!));
  const rest = chars.filter((c) => !inJp.includes(c));
  const sc = fontkit.create(source('sc')) as fontkit.Font;
  const missing = rest.filter((c) => !sc.hasGlyphForCodePoint(c.codePointAt(0)!));
  if (missing.length) throw new Error(`Fonts: no glyph in Noto Sans JP or SC for ${missing.join('')}`);
  // Only the characters' own glyphs: no alternates their layout features could reach (vertical forms and the like).
  const cut = async (which: keyof typeof FROM, text: string[]) => new Uint8Array(await subsetFont(source(which), text.join(''), { targetFormat: 'woff2', noLayoutClosure: true }));
  const menu = menuCharacters();
  if (menu.some((c) => !inJp.includes(c))) throw new Error(`Fonts: the language menu's ${menu.join('')} must all be in Noto Sans JP`);
  const licence = readFileSync(require.resolve('@fontsource/noto-sans-jp/LICENSE'), 'utf8');
  return [
    [CJK_FONTS.jp.path, await cut('jp', inJp)],
    [CJK_FONTS.sc.path, await cut('sc', rest)],
    [CJK_FONTS.names.path, await cut('jp', menu)],
    [
      'fonts/LICENSE.txt',
      new TextEncoder().encode(
        `${CJK_FONTS.jp.path.replace('fonts/', '')} and ${CJK_FONTS.names.path.replace('fonts/', '')}: subsets of Noto Sans JP; ${CJK_FONTS.sc.path.replace('fonts/', '')}: a subset of Noto Sans SC (both from @fontsource, weight 400), cut to the characters the atlas uses by geodata/build/steps/font.ts.\n\n${licence}`,
      ),
    ],
  ];
}
