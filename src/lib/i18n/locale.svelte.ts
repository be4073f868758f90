// The interface language: ?lang=ja or ?lang=en, else the browser's first
// language we have, else English. The statement is always the official English.
import { getContext, setContext } from 'svelte';
import { LANGS, type Lang } from '../content/languages';
import { format, loadMessages, type MessageKey, type Notice, type Params } from './messages';

/** The language from a URL query and the browser's languages; a bad ?lang= becomes a notice. */
export function chooseLang(search: string, languages: readonly string[]): { lang: Lang; notice: Notice | null } {
  const asked = new URLSearchParams(search).get('lang');
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
    if (base === 'ja') return 'ja';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export class Locale {
  lang = $state<Lang>('en');

  constructor(lang: Lang) {
    this.lang = lang;
  }

  t = (key: MessageKey, params?: Params): string => format(this.lang, key, params);

  /** A notice, in the current language. */
  notice = (n: Notice): string => format(this.lang, n.key, n.params);

  /** A place's name in the interface language (the statement's term in English). */
  name = (p: { name: string; names: { ja?: string } }): string => (this.lang === 'ja' && p.names.ja) || p.name;

  /** A number for display: thousands separators, up to `digits` decimals. */
  number = (v: number, digits = 0): string => v.toLocaleString(this.lang === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: digits });
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
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
}
