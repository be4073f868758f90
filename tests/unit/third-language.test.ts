// A third interface language that exists only in this test ("xx"): adding it
// is an entry in the language table, its messages and its strings in the
// data. Nothing else in the engine needs to know it.
import { beforeAll, describe, expect, test, vi } from 'vitest';
import type * as Languages from '../../src/lib/content/languages';

vi.mock('../../src/lib/content/languages', async (importOriginal) => {
  const real = await importOriginal<typeof Languages>();
  const LANGUAGES = { ...real.LANGUAGES, xx: { name: 'Xish', tag: 'en-GB', listSeparator: ' · ' } };
  return { ...real, LANGUAGES, LANGS: Object.keys(LANGUAGES) };
});

// Imported after the mock, so each module sees the three-language table.
const { chooseLang, Locale } = await import('../../src/lib/i18n/locale.svelte');
const { addMessages, EN_FIRST, format } = await import('../../src/lib/i18n/messages');
const { LATER } = await import('../../src/lib/i18n/en-later');
const { EMBED } = await import('../../src/lib/i18n/en-embed');
const { APP } = await import('../../src/lib/i18n/en-app');
const EN = { ...EN_FIRST, ...APP, ...EMBED, ...LATER };
const { linkQuery } = await import('../../src/lib/model/url-links');
const { labelText } = await import('../../src/lib/map/style');
const { checkTranslated, labelNames } = await import('../../geodata/build/steps/translations');

const xx = 'xx' as Languages.Lang;

describe('a stub third language', () => {
  beforeAll(() => addMessages('xx', { ...EN, 'app.title': 'Xtlas', 'list.item': 'X {name} ({count})' }));

  test('the URL and the browser can choose it; anything else is still refused', () => {
    expect(chooseLang('xx', ['en'])).toEqual({ lang: 'xx', notice: null });
    expect(chooseLang(null, ['xx-YY', 'en'])).toEqual({ lang: 'xx', notice: null });
    expect(chooseLang('yy', ['en']).notice?.key).toBe('notice.badLang');
  });

  test('its messages format like any other', () => {
    expect(format('xx', 'app.title')).toBe('Xtlas');
    expect(format('xx', 'list.item', { name: 'Okinawa', count: 3 })).toBe('X Okinawa (3)');
    expect(format('xx', 'app.retry')).toBe(EN['app.retry']);
  });

  test('names, data strings, lists and numbers come from its data and its table entry', () => {
    const locale = new Locale(xx);
    expect(locale.name({ name: 'Okinawa', names: { xx: 'Okinawa-xx' } as never })).toBe('Okinawa-xx');
    expect(locale.name({ name: 'Taiwan Strait', names: { ja: '台湾海峡' } })).toBe('Taiwan Strait');
    expect(locale.text({ en: 'A tour step', ja: 'ツアー', xx: 'X step' } as never)).toBe('X step');
    expect(locale.list(['a', 'b'])).toBe('a · b');
    expect(locale.number(1234.5, 1)).toBe('1,234.5');
  });

  test('links carry it, and the map labels read its names', () => {
    expect(linkQuery({ region: 'okinawa', paragraph: null, lang: 'xx', labels: true }, { embed: true })).toBe('?embed=1&region=okinawa&lang=xx');
    expect(labelText(xx)).toEqual(['coalesce', ['get', 'name_xx'], ['get', 'name']]);
    expect(labelNames('Okinawa', { ja: '沖縄', xx: 'Okinawa-xx' })).toEqual({ name_ja: '沖縄', name_xx: 'Okinawa-xx' });
  });

  test('the data build refuses a translated string that lacks it', () => {
    expect(() => checkTranslated({ en: 'A meeting in Washington', ja: 'ワシントンでの会談' }, 'Tour step p1: title')).toThrow(/missing: xx/);
    expect(checkTranslated({ en: 'a', ja: 'b', xx: 'c' }, 'ok')).toEqual({ en: 'a', ja: 'b', xx: 'c' });
  });
});
