// Translated strings in the data (tour titles, measure labels, the method
// note) are maps by language code; the build refuses one that misses an
// interface language, so a new language cannot ship half-translated.
import { DEFAULT_LANG, LANGS, type Translated } from '../../../src/lib/content/languages';

/** `value`, checked to hold a non-empty string for every interface language. */
export function checkTranslated(value: unknown, where: string, langs: readonly string[] = LANGS): Translated {
  const t = (value ?? {}) as Record<string, unknown>;
  const missing = langs.filter((l) => typeof t[l] !== 'string' || !(t[l] as string).trim());
  if (typeof value !== 'object' || missing.length) throw new Error(`${where}: needs a string in every interface language (missing: ${missing.join(', ') || 'all'})`);
  return value as Translated;
}

/** A label point's names: `name_<lang>` for each language but the default, the statement's term where the data has none. */
export function labelNames(name: string, names: object, langs: readonly string[] = LANGS): Record<string, string> {
  const named = names as Record<string, unknown>;
  return Object.fromEntries(langs.filter((l) => l !== DEFAULT_LANG).map((l) => [`name_${l}`, typeof named[l] === 'string' ? named[l] : name]));
}
