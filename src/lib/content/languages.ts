// The interface languages: one list, read by the i18n module, the language
// menu, the URL parser and the embed snippets. Adding one is its messages file
// and an entry here.
export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language in its own name, for the menu. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', ja: '日本語' };
