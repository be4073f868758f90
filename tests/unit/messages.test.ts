// The host → atlas message check: well-formed messages pass, everything else is dropped.
import { describe, expect, test } from 'vitest';
import { isAllowedHost, parseAllowedHosts, parseHostMessage } from '../../src/lib/embed/messages';

const known = {
  hasRegion: (id: string) => ['senkaku-islands', 'okinawa'].includes(id),
  hasParagraph: (id: string) => ['p1', 'p3'].includes(id),
  tourLength: 15,
};

describe('host messages', () => {
  test('well-formed messages are understood', () => {
    expect(parseHostMessage({ type: 'statement-atlas:select', region: 'okinawa' }, known)).toEqual({ type: 'statement-atlas:select', region: 'okinawa', paragraph: null });
    expect(parseHostMessage({ type: 'statement-atlas:select', region: 'senkaku-islands', paragraph: 'p3', extra: 1 }, known)).toEqual({
      type: 'statement-atlas:select',
      region: 'senkaku-islands',
      paragraph: 'p3',
    });
    expect(parseHostMessage({ type: 'statement-atlas:select', region: null }, known)).toEqual({ type: 'statement-atlas:select', region: null, paragraph: null });
    expect(parseHostMessage({ type: 'statement-atlas:reset' }, known)).toEqual({ type: 'statement-atlas:reset' });
    expect(parseHostMessage({ type: 'statement-atlas:tour', step: 15 }, known)).toEqual({ type: 'statement-atlas:tour', step: 15 });
  });

  const proto = Object.create({ type: 'statement-atlas:reset' }) as object;
  const malformed: [string, unknown][] = [
    ['a string', 'statement-atlas:reset'],
    ['JSON text', '{"type":"statement-atlas:reset"}'],
    ['null', null],
    ['a number', 42],
    ['an array', [{ type: 'statement-atlas:reset' }]],
    ['an object with an inherited type', proto],
    ['no type', { region: 'okinawa' }],
    ['an unknown type', { type: 'statement-atlas:explode' }],
    ['another protocol', { type: 'webpackOk' }],
    ['an unknown region', { type: 'statement-atlas:select', region: 'atlantis' }],
    ['markup as a region', { type: 'statement-atlas:select', region: '<img src=x onerror=alert(1)>' }],
    ['a huge region', { type: 'statement-atlas:select', region: 'a'.repeat(100_000) }],
    ['a region that is a number', { type: 'statement-atlas:select', region: 7 }],
    ['a region that is an object', { type: 'statement-atlas:select', region: { toString: () => 'okinawa' } }],
    ['an unknown paragraph', { type: 'statement-atlas:select', region: 'okinawa', paragraph: 'p99' }],
    ['a script as a paragraph', { type: 'statement-atlas:select', paragraph: 'javascript:alert(1)' }],
    ['a tour step of 0', { type: 'statement-atlas:tour', step: 0 }],
    ['a tour step past the end', { type: 'statement-atlas:tour', step: 16 }],
    ['a fractional tour step', { type: 'statement-atlas:tour', step: 2.5 }],
    ['a tour step as text', { type: 'statement-atlas:tour', step: '3' }],
    ['NaN as a tour step', { type: 'statement-atlas:tour', step: NaN }],
    ['Infinity as a tour step', { type: 'statement-atlas:tour', step: Infinity }],
  ];
  test.each(malformed)('%s is dropped', (_, data) => {
    expect(parseHostMessage(data, known)).toBeNull();
  });
});

describe('the host allow-list', () => {
  test('no parameter allows any host; the parameter lists bare origins only', () => {
    expect(parseAllowedHosts(null)).toBeNull();
    expect(isAllowedHost('https://evil.example', null)).toBe(true);
    const allowed = parseAllowedHosts('https://news.example, http://127.0.0.1:8080,https://x.example/path,javascript:alert(1),not a url');
    expect(allowed).toEqual(['https://news.example', 'http://127.0.0.1:8080']);
    expect(isAllowedHost('https://news.example', allowed)).toBe(true);
    expect(isAllowedHost('https://evil.example', allowed)).toBe(false);
    expect(parseAllowedHosts('')).toEqual([]);
  });
});
