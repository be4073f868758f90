// The interface language: ?lang=ja or ?lang=en, else the browser's first
// language we have, else English. The statement is always the official English.
import { getContext, setContext } from 'svelte';
import { DEFAULT_LANG, LANGS, LANGUAGES, type Lang, type Translated, inLang } from '../content/languages';
import { withLang } from '../model/url-state';
import { format, loadMessages, type MessageKey, type Notice, type Params } from './messages';

/** The language from the URL's ?lang= (null when absent) and the browser's languages; a bad ?lang= becomes a notice. */
export function chooseLang(asked: string | null, languages: readonly string[]): { lang: Lang; notice: Notice | null } {
  if (asked !== null) {
    if ((LANGS as readonly string[]).includes(asked)) return { lang: asked as Lang, notice: null };
    const value = asked.length > 20 ? `${asked.slice(0, 20)}…` : asked;
    return { lang: fromBrowser(languages), notice: { key: 'notice.badLang', params: { value } } };
  }
  return { lang: fromBrowser(languages), notice: null };
}

function fromBrowser(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    const known = LANGS.find((lang) => lang === base);
    if (known) return known;
  }
  return DEFAULT_LANG;
}

export class Locale {
  lang = $state<Lang>(DEFAULT_LANG);

  constructor(lang: Lang) {
    this.lang = lang;
  }

  t = (key: MessageKey, params?: Params): string => format(this.lang, key, params);

  /** A notice, in the current language. */
  notice = (n: Notice): string => format(this.lang, n.key, n.params);

  /** A place's name in the interface language (the statement's term in English). */
  name = (p: { name: string; names: Partial<Record<Lang, string>> }): string => p.names[this.lang] || p.name;

  /** A translated string of the data (a tour title, a measure label) in the interface language. */
  text = (t: Translated): string => inLang(t, this.lang);

  /** Items written inline, with the language's separator. */
  list = (items: string[]): string => items.join(LANGUAGES[this.lang].listSeparator);

  /** A number for display: thousands separators, up to `digits` decimals. */
  number = (v: number, digits = 0): string => v.toLocaleString(LANGUAGES[this.lang].tag, { maximumFractionDigits: digits });
}

const KEY = Symbol('locale');
export const setLocaleContext = (l: Locale) => setContext(KEY, l);
export const getLocale = () => getContext<Locale>(KEY);

/** Keeps <html lang> and the URL's ?lang= in step with the choice (call inside a component). */
export function syncLang(locale: Locale): void {
  $effect(() => {
    document.documentElement.lang = locale.lang;
  });
}

/** Switches the language (once its messages are in) and records it in the URL without a history entry. */
export async function switchLang(locale: Locale, lang: Lang): Promise<void> {
  await loadMessages(lang);
  locale.lang = lang;
  history.replaceState(history.state, '', `${location.pathname}${withLang(location.search, lang)}${location.hash}`);
}
