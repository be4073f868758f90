import { beforeAll, describe, expect, test } from 'vitest';
import { format, loadLaterMessages } from '../../src/lib/i18n/messages';
import { formatUrl, hasMapView, langOnly, parseUrl, quote, readPage, withLang } from '../../src/lib/model/url-state';
import { linkQuery } from '../../src/lib/model/url-links';
import { filesUnder, readText } from './helpers';

// A link's notices are shown with the strings that load beside them (Notices).
beforeAll(() => loadLaterMessages());

/** Notices as the reader sees them, in English. */
const texts = (r: ReturnType<typeof parseUrl>) => r.notices.map((n) => format('en', n.key, n.params));

const known = { hasRegion: (id: string) => ['okinawa', 'senkaku-islands'].includes(id), hasParagraph: (id: string) => /^p([1-9]|1[0-6])$/.test(id) };

describe('parseUrl', () => {
  test('reads a region and a paragraph', () => {
    expect(parseUrl('?region=okinawa&p=p6', known)).toEqual({ state: { region: 'okinawa', paragraph: 'p6', tour: null }, notices: [] });
  });

  test('a passage that does not name the place it is paired with: both kept, and the reader told', () => {
    const naming = { ...known, names: (p: string, r: string) => r === 'senkaku-islands' && p === 'p3' };
    expect(parseUrl('?region=senkaku-islands&p=p3', naming)).toEqual({ state: { region: 'senkaku-islands', paragraph: 'p3', tour: null }, notices: [] });
    expect(parseUrl('?region=senkaku-islands&p=p12', naming)).toEqual({
      state: { region: 'senkaku-islands', paragraph: 'p12', tour: null },
      notices: [{ key: 'notice.passageNotOfPlace', params: { value: '12' } }],
    });
  });

  test('an unknown region becomes a notice and the overview', () => {
    const r = parseUrl('?region=atlantis', known);
    expect(r.state.region).toBeNull();
    expect(texts(r)[0]).toBe('This link names a place the atlas does not know (“atlantis”). Showing the overview.');
  });

  test('markup, huge and control-character values are quoted short and plain', () => {
    const r = parseUrl(`?region=${encodeURIComponent(`<script>${'x'.repeat(5000)}\u0000`)}`, known);
    expect(r.state.region).toBeNull();
    expect(texts(r)[0]!.length).toBeLessThan(200);
    expect(texts(r)[0]).not.toContain('\u0000');
  });

  test('bad paragraph ids are refused: unknown, malformed, numeric tricks', () => {
    for (const p of ['p99', 'p0', 'p01', 'P1', 'p1e2', 'p-1', '1', ''])
      expect(parseUrl(`?region=okinawa&p=${p}`, known).state.paragraph, p).toBeNull();
  });

  test('a repeated parameter uses the first value and says so', () => {
    const r = parseUrl('?region=okinawa&region=senkaku-islands', known);
    expect(r.state.region).toBe('okinawa');
    expect(r.notices).toHaveLength(1);
  });

  test('ids that look like prototype keys are unknown', () => {
    for (const id of ['__proto__', 'constructor', 'toString']) expect(parseUrl(`?region=${id}`, known).state.region).toBeNull();
  });
});

describe('formatUrl', () => {
  test('writes the state and keeps other parameters', () => {
    expect(formatUrl({ region: 'okinawa', paragraph: 'p6' }, '?lang=ja&region=x')).toBe('?lang=ja&region=okinawa&p=p6');
    expect(formatUrl({ region: null, paragraph: null }, '?region=okinawa')).toBe('');
  });

  test('round-trips through parseUrl', () => {
    const state = { region: 'senkaku-islands', paragraph: 'p3', tour: null };
    expect(parseUrl(formatUrl(state), known).state).toEqual(state);
  });
});

test('quote shortens long values', () => {
  expect(quote('a'.repeat(100))).toHaveLength(41);
});

describe('tour steps in the URL', () => {
  const withTour = { ...known, tourLength: 15 };
  test('a valid step is read, a bad one is a notice', () => {
    expect(parseUrl('?tour=6', withTour).state.tour).toBe(6);
    for (const bad of ['0', '16', '-1', '1.5', '06', 'abc', '1e1']) {
      const r = parseUrl(`?tour=${bad}`, withTour);
      expect(r.state.tour, bad).toBeNull();
      expect(r.notices, bad).toHaveLength(1);
    }
  });
  test('a tour step is written alone', () => {
    expect(formatUrl({ region: 'okinawa', paragraph: 'p6', tour: 6 })).toBe('?tour=6');
  });
});

describe('hasMapView', () => {
  test('a view MapLibre wrote is a view; a garbled one is not', () => {
    expect(hasMapView('#map=10/25.78/123.6')).toBe(true);
    expect(hasMapView('#map=3.2/23/125')).toBe(true);
    expect(hasMapView('#map=abc/def/ghi')).toBe(false);
    expect(hasMapView('#map=10/95/0')).toBe(false);
    expect(hasMapView('#map=10/25')).toBe(false);
    expect(hasMapView('')).toBe(false);
    expect(hasMapView('#other=1')).toBe(false);
  });
});

describe('readPage', () => {
  test('reads every page option once, typed', () => {
    expect(readPage('?embed=1&lang=ja&labels=0&height=300.4&hosts=https://a.example&quiz=42&region=okinawa')).toEqual({
      embed: true, lang: 'ja', labels: false, height: 300, hosts: 'https://a.example', quiz: 42, namesRegion: true, selects: true, statement: null, view: null, atlas: null,
    });
    expect(readPage('')).toEqual({ embed: false, lang: null, labels: true, height: null, hosts: null, quiz: null, namesRegion: false, selects: false, statement: null, view: null, atlas: null });
    // A passage or a tour step selects too (the map then draws selections from its first frame).
    for (const q of ['?p=p3', '?tour=2']) expect(readPage(q).selects, q).toBe(true);
    expect(readPage('?lang=ja&labels=0').selects).toBe(false);
    expect(readPage('?view=new').view).toBe('new');
    expect(readPage('?view=atlas&atlas=mine.json').atlas).toBe('mine.json');
    expect(readPage('?view=%3Cb%3E').view).toBe(null);
    expect(readPage('?statement=sample-geography-primer').statement).toBe('sample-geography-primer');
  });

  test('out-of-range heights and bad seeds are not used', () => {
    for (const h of ['239', '1201', 'abc', '', 'Infinity']) expect(readPage(`?height=${h}`).height, h).toBeNull();
    for (const q of ['x', '-1', '1234567890', '']) expect(readPage(`?quiz=${q}`).quiz, q).toBe('bad');
    expect(readPage('?embed=true').embed).toBe(false);
  });
});

describe('writing links', () => {
  test('the shared link puts the options in a fixed order and leaves English unsaid', () => {
    const o = { region: 'okinawa', paragraph: 'p6', tour: null, lang: 'ja', labels: false };
    expect(linkQuery(o, { embed: true })).toBe('?embed=1&region=okinawa&p=p6&lang=ja&labels=0');
    expect(linkQuery({ ...o, lang: 'en' }, { embed: false })).toBe('?region=okinawa&p=p6');
    expect(linkQuery({ ...o, tour: 3 }, { embed: false })).toBe('?tour=3&lang=ja');
  });

  test('the language is set or kept without touching the rest', () => {
    expect(withLang('?region=okinawa&lang=en', 'ja')).toBe('?region=okinawa&lang=ja');
    expect(langOnly('?region=okinawa&lang=ja&embed=1')).toBe('?lang=ja');
    expect(langOnly('?region=okinawa')).toBe('');
    expect(langOnly('?statement=x&region=okinawa&lang=ja')).toBe('?lang=ja&statement=x');
  });

  test('no other source file parses the query string', () => {
    const parsing = filesUnder('src')
      .filter((f) => !/url-(state|links)\.ts$/.test(f) && /\.(ts|svelte)$/.test(f))
      .filter((f) => /URLSearchParams|searchParams/.test(readText(f)));
    expect(parsing).toEqual([]);
  });
});
