// The atlas's own Japanese and Chinese glyphs, cut by the data build
// (geodata/build/steps/font.ts) from Noto Sans JP and SC (SIL OFL 1.1) to the
// characters the atlas writes. The stylesheets declare them in src/app.css and
// put the family first in every font stack; the map's style declares the
// Japanese file for its labels (font-faces). Both ask for a file only when a
// character in its range is drawn, so the English first view loads neither.

/** The family name the stylesheets use. */
export const CJK_FAMILY = 'Atlas CJK';

/** Han, kana, CJK punctuation and full-width forms: what the fonts are for. */
export const CJK_RANGE = ['U+2E80-9FFF', 'U+F900-FAFF', 'U+FE30-FE4F', 'U+FF00-FFEF', 'U+20000-3134F'] as const;

/**
 * The files, under public/data: Japanese forms, the simplified Chinese
 * characters Japanese does not use, and the few characters of the language
 * menu's names (日本語), which every view shows: a file of a few glyphs, so the
 * English first view fetches neither of the others.
 */
export const CJK_FONTS = {
  jp: { path: 'fonts/atlas-cjk-jp.woff2' },
  sc: { path: 'fonts/atlas-cjk-sc.woff2' },
  names: { path: 'fonts/atlas-cjk-names.woff2' },
} as const;
