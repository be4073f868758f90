// The interface languages: one table, read by the i18n module, the language
// menu, the URL parser, the embed snippets and the data build. Adding one is
// an entry here, its messages file (i18n/messages-<code>.ts) and its strings
// in the data (every translated field is a map by language code).

export interface Language {
  /** The language in its own name, for the menu. */
  name: string;
  /** The BCP 47 tag its numbers are written in. */
  tag: string;
  /** Between the items of a list written inline. */
  listSeparator: string;
}

export const LANGUAGES = {
  en: { name: 'English', tag: 'en-US', listSeparator: ', ' },
  ja: { name: '日本語', tag: 'ja-JP', listSeparator: '、' },
} as const satisfies Record<string, Language>;

export type Lang = keyof typeof LANGUAGES;
export const LANGS = Object.keys(LANGUAGES) as Lang[];
/** The language a link leaves unsaid, and the one the statement is in. */
export const DEFAULT_LANG: Lang = 'en';

/** A string in every interface language. */
export type Translated = Record<Lang, string>;

/** A translated string in a language, falling back to the default language. */
export const inLang = (t: Translated, lang: Lang): string => t[lang] || t[DEFAULT_LANG];
