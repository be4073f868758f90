// The interface in two languages: every message in both, with the same placeholders.
import { describe, expect, test } from 'vitest';
import { chooseLang } from '../../src/lib/i18n/locale.svelte';
import { readPage } from '../../src/lib/model/url-state';

const choose = (search: string, languages: string[]) => chooseLang(readPage(search).lang, languages);
import { LATER } from '../../src/lib/i18n/en-later';
import { EMBED } from '../../src/lib/i18n/en-embed';
import { APP } from '../../src/lib/i18n/en-app';
import { EN_FIRST, format, loadLaterMessages, loadMessages, type MessageKey } from '../../src/lib/i18n/messages';

/** All of the English: the first view's and the later parts'. */
const EN = { ...EN_FIRST, ...APP, ...EMBED, ...LATER };
import { MESSAGES as JA } from '../../src/lib/i18n/messages-ja';
import { filesUnder, reach, readJson, readText } from './helpers';
import type { Geography, TourStep } from '../../src/lib/model/types';

const MESSAGES = { en: EN, ja: JA };

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(MESSAGES.en) as MessageKey[];
/** Messages that exist only in some languages (the note that the statement stays in English). */
const ONE_SIDED: MessageKey[] = ['reader.englishNote'];

describe('messages', () => {
  test('Japanese has every message, with the same placeholders as English', () => {
    expect(Object.keys(MESSAGES.ja).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      expect(placeholders(MESSAGES.ja[k]), k).toEqual(placeholders(MESSAGES.en[k]));
      if (!ONE_SIDED.includes(k)) {
        expect(MESSAGES.en[k], k).not.toBe('');
        expect(MESSAGES.ja[k], k).not.toBe('');
      }
    }
  });

  test('the Japanese interface is Japanese, and says the statement stays in English', () => {
    const kana = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const untranslated = keys.filter((k) => !ONE_SIDED.includes(k) && !kana.test(MESSAGES.ja[k]) && !/^[\d\s{}\w.:,()·→-]*$/.test(MESSAGES.ja[k]));
    expect(untranslated).toEqual([]);
    expect(MESSAGES.ja['reader.englishNote']).toContain('英語原文');
  });

  test('placeholders are filled as text', async () => {
    expect(format('en', 'map.summarySelected', { name: '<b>x</b>', count: 2 })).toContain('<b>x</b>');
    await loadLaterMessages();
    expect(format('en', 'quiz.right', { name: '<b>x</b>' })).toBe('Right: that is <b>x</b>.');
    // Japanese is a pack loaded on demand: English until it is in.
    expect(format('ja', 'app.retry')).toBe('Try again');
    await loadMessages('ja');
    expect(format('ja', 'notice.unknownStep', { value: '99', count: 15 })).toBe('ガイドツアーにステップ「99」はありません（全15ステップ）。');
  });

  test('the data carries Japanese for what the interface shows: tour titles and measure labels', () => {
    for (const s of readJson<{ steps: TourStep[] }>('public/data/tour.json').steps) expect(s.title.ja, s.paragraph).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    const g = readJson<Geography>('public/data/geography.json');
    for (const m of g.measures) expect(m.label.ja, m.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(g.method.ja).toContain('1海里');
  });
});

describe('choosing the language', () => {
  test('?lang= wins, then the browser, then English', () => {
    expect(choose('?lang=ja', ['en-US'])).toEqual({ lang: 'ja', notice: null });
    expect(choose('?lang=en', ['ja-JP'])).toEqual({ lang: 'en', notice: null });
    expect(choose('', ['ja-JP', 'en'])).toEqual({ lang: 'ja', notice: null });
    expect(choose('', ['fr-FR', 'en-GB'])).toEqual({ lang: 'en', notice: null });
    expect(choose('', ['fr-FR'])).toEqual({ lang: 'en', notice: null });
  });

  test('an unknown ?lang= is a notice, quoted short', () => {
    const r = choose(`?lang=${encodeURIComponent('<script>' + 'x'.repeat(100))}`, ['en']);
    expect(r.lang).toBe('en');
    expect(r.notice?.key).toBe('notice.badLang');
    expect(String(r.notice?.params?.value).length).toBeLessThanOrEqual(21);
  });
});

test('no code outside the language table and the i18n folder names a language', () => {
  const naming = [...filesUnder('src'), ...filesUnder('geodata/build')]
    .filter((f) => /\.(ts|svelte)$/.test(f) && !/src\/lib\/(i18n|content)\//.test(f))
    // lang="en" marks content written in English (the statement, the cards): a fact about the text, not a branch.
    .filter((f) => /['"](en|ja)['"]|\b(title|label|method)Ja\b|name_ja/.test(readText(f).replaceAll('lang="en"', '')));
  expect(naming).toEqual([]);
});

describe("the later parts' English", () => {
  test('the first view carries none of them; once loaded, each is its string', async () => {
    expect(Object.keys(LATER).length).toBeGreaterThan(20);
    for (const key of Object.keys(LATER)) expect(EN_FIRST, key).not.toHaveProperty(key);
    // The embed's strings come with the embed: the full atlas's first view carries none of them either.
    for (const key of Object.keys(EMBED)) expect(EN_FIRST, key).not.toHaveProperty(key);
    // Nor does the embed carry the reading view's.
    for (const key of Object.keys(APP)) expect({ ...EN_FIRST, ...EMBED }, key).not.toHaveProperty(key);
    await loadLaterMessages();
    expect(format('en', 'share.title')).toBe(LATER['share.title']);
    expect(format('en', 'compare.title')).toBe(LATER['compare.title']);
  });

  test('only parts that load on use ask for later keys: none of them is in the first view', () => {
    const prefixes = [...new Set(Object.keys(LATER).map((k) => k.split('.')[0]))];
    // A file that formats a later key (naming one, as a link's notice does, is not showing it),
    // unless its template waits for them before it shows them (Notices).
    const asking = filesUnder('src')
      .filter((f) => /\.(ts|svelte)$/.test(f) && !/src\/lib\/i18n\//.test(f))
      .filter((f) => {
        const text = readText(f);
        return prefixes.some((p) => new RegExp(`\\bt\\('${p}\\.`).test(text)) && !/\{#await[^}]*loadLaterMessages\(\)/.test(text);
      });
    expect(asking.length).toBeGreaterThanOrEqual(5);
    // The first view: what the two views import statically (dynamic imports load on use, beside loadLaterMessages).
    const firstView = new Set([...reach('src/App.svelte'), ...reach('src/Embed.svelte'), ...reach('src/main.ts')]);
    expect(firstView.has('src/lib/text/Reader.svelte')).toBe(true);
    expect(asking.filter((f) => firstView.has(f))).toEqual([]);
  });
});
