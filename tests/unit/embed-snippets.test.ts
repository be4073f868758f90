// The share dialog's outputs: view URLs, the iframe and script snippets, citations.
import { describe, expect, test } from 'vitest';
import { citation, type EmbedOptions, iframeSnippet, scriptSnippet, viewUrl } from '../../src/lib/embed/snippets';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMBED_HEIGHT } from '../../src/lib/model/url-state';
import { clampHeight } from '../../src/lib/model/url-links';
import { readJson, statement } from './helpers';
import type { Statement } from '../../src/lib/model/types';

const base = 'https://atlas.example/statement/?region=okinawa#map=5/26/127';
const o = (extra: Partial<EmbedOptions> = {}): EmbedOptions => ({ region: null, paragraph: null, tour: null, lang: 'en', height: 460, labels: true, ...extra });

describe('embed snippets', () => {
  test('the embed URL carries the options and drops the page\'s own query and view', () => {
    expect(viewUrl(base, o({ region: 'senkaku-islands', paragraph: 'p3' }))).toBe('https://atlas.example/statement/?embed=1&region=senkaku-islands&p=p3');
    expect(viewUrl(base, o({ tour: 6, region: 'okinawa' }))).toBe('https://atlas.example/statement/?embed=1&tour=6');
    expect(viewUrl(base, o({ lang: 'ja', labels: false }))).toBe('https://atlas.example/statement/?embed=1&lang=ja&labels=0');
    expect(viewUrl(base, o({ region: 'okinawa', labels: false }), { embed: false })).toBe('https://atlas.example/statement/?region=okinawa');
  });

  test('the iframe snippet is lazy, full width, titled, sandboxed, with a deliberate referrer policy', () => {
    const html = iframeSnippet(base, o({ region: 'senkaku-islands' }), 'Senkaku Islands');
    expect(html).toMatch(/^<iframe src="https:\/\/atlas\.example\/statement\/\?embed=1&amp;region=senkaku-islands" /);
    expect(html).toContain('title="Interactive map: Senkaku Islands in the U.S.–Japan Joint Statement of 7 February 2025"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('width="100%"');
    expect(html).toContain('height="600"');
    expect(html).toContain('referrerpolicy="strict-origin-when-cross-origin"');
    expect(html).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
    expect(html).not.toContain('allow-top-navigation');
  });

  test('the script snippet is a div with data attributes and a fallback link, and the loader', () => {
    const html = scriptSnippet(base, o({ region: 'okinawa', paragraph: 'p6', height: 9999 }), 'Okinawa');
    expect(html).toContain('<div data-statement-atlas data-region="okinawa" data-passage="p6" data-height="1200">');
    expect(html).toContain('<a href="https://atlas.example/statement/?region=okinawa&amp;p=p6">');
    expect(html).toContain('<script async src="https://atlas.example/statement/embed.js"></script>');
  });

  test('a place name with markup is escaped in the snippet', () => {
    const html = iframeSnippet(base, o(), '<script>alert(1)</script>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  test('heights are clamped to 240–1200 px', () => {
    expect(clampHeight(10)).toBe(240);
    expect(clampHeight(5000)).toBe(1200);
    expect(clampHeight(NaN)).toBe(460);
  });

  test('a citation gives the official source (collection, reference, publisher, address) and the atlas\'s address of the passage', () => {
    const s = statement();
    const text = citation(s, 'p3', 'U.S.-Japan Cooperation for Peace', 'https://atlas.example/?region=senkaku-islands&p=p3');
    expect(text).toBe(
      `“Joint Statement by President Trump and Prime Minister Shigeru Ishiba of Japan”, ${s.dateText}, section “U.S.-Japan Cooperation for Peace”, paragraph 3. ` +
        'Daily Compilation of Presidential Documents, DCPD202500238 (Office of the Federal Register, National Archives and Records Administration), ' +
        'https://www.govinfo.gov/app/details/DCPD-202500238. Mapped in Statement Atlas: https://atlas.example/?region=senkaku-islands&p=p3',
    );
  });

  test('a text without a reference number is cited without one, and its source address is made absolute', () => {
    const sample = readJson<Statement>('public/data/statements/sample-geography-primer/statement.json');
    const text = citation(sample, 'p2', null, 'https://atlas.example/maps/?statement=sample-geography-primer&region=okinawa&p=p2');
    expect(text).not.toMatch(/None|undefined|null/);
    expect(text).toContain('Statement Atlas sample texts (The Statement Atlas project), https://atlas.example/maps/data/statements/sample-geography-primer/statement.json.');
    expect(text).toMatch(/Mapped in Statement Atlas: https:\/\/atlas\.example\/maps\/\?statement=sample-geography-primer&region=okinawa&p=p2$/);
  });

  test('a user\'s text without headings, date or source is cited without an "opening" or an empty slot', () => {
    const paragraphs = [{ id: 'p1', text: 'Japan.', mentions: [] }, { id: 'p2', text: 'Osaka.', mentions: [] }];
    const user: Statement = { title: 'My Note', date: '', dateText: '', source: { publisher: '', url: '', licence: '', official: false }, sections: [{ id: 's1', heading: null, paragraphs }] };
    expect(citation(user, 'p2', null, 'https://atlas.example/?view=atlas#atlas=x')).toBe('“My Note”, paragraph 2. Mapped in Statement Atlas: https://atlas.example/?view=atlas#atlas=x');
    const hosted = { ...user, date: '2025-03-01', dateText: 'March 1, 2025', source: { ...user.source, publisher: 'example.org', url: 'https://example.org/n' } };
    expect(citation(hosted, 'p1', null, 'https://atlas.example/')).toBe('“My Note”, March 1, 2025, paragraph 1. example.org, https://example.org/n. Mapped in Statement Atlas: https://atlas.example/');
  });
});

describe('one height everywhere', () => {
  test('the iframe snippet writes the frame height the dialog states: the map plus the room for its passage', async () => {
    const { iframeHeight, iframeSnippet, IFRAME_TEXT_ROOM } = await import('../../src/lib/embed/snippets');
    const o = { region: 'senkaku-islands', paragraph: null, tour: null, lang: 'en' as const, height: 460, labels: true };
    expect(iframeHeight(460)).toBe(460 + IFRAME_TEXT_ROOM);
    expect(iframeSnippet('https://atlas.example/', o, 'Senkaku Islands')).toContain(`height="${iframeHeight(460)}"`);
    expect(iframeHeight(5000)).toBe(1200 + IFRAME_TEXT_ROOM);
  });
});

test("the script loader's map height limits are the URL module's", () => {
  const loader = readFileSync(join(import.meta.dirname, '../../public/embed.js'), 'utf8');
  expect(Number(/var MIN_HEIGHT = (\d+);/.exec(loader)?.[1])).toBe(EMBED_HEIGHT.min);
  expect(Number(/var MAX_MAP_HEIGHT = (\d+);/.exec(loader)?.[1])).toBe(EMBED_HEIGHT.max);
});

test('a text of the collection other than the flagship is named in every link and snippet; the flagship never is', () => {
  const base = 'https://atlas.example/statement/';
  const o: EmbedOptions = { region: 'okinawa', paragraph: null, tour: null, lang: 'en', height: 460, labels: true, statement: 'sample-geography-primer' };
  expect(viewUrl(base, o)).toBe('https://atlas.example/statement/?embed=1&statement=sample-geography-primer&region=okinawa');
  expect(viewUrl(base, o, { embed: false })).toBe('https://atlas.example/statement/?statement=sample-geography-primer&region=okinawa');
  expect(scriptSnippet(base, o, 'Okinawa')).toContain('data-statement="sample-geography-primer" data-region="okinawa"');
  expect(viewUrl(base, { ...o, statement: null })).toBe('https://atlas.example/statement/?embed=1&region=okinawa');
});
