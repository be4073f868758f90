// Words naming a place have one shape, declared once in src/lib/model/types.ts
// (Span, Mention<P>, RegionMention): every other is an instance or an
// extension of it. A type that spells out start, end and text again is a
// second shape that can drift from the first.
import { describe, expect, test } from 'vitest';
import { filesUnder, readText } from './helpers';

const HOME = 'src/lib/model/types.ts';
/** An object type or interface body with its own start, end and text fields. */
const BODY = /\{[^{}]*\}/g;
const redeclares = (body: string) => ['start', 'end', 'text'].every((field) => new RegExp(`\\b${field}\\??:\\s*(number|string)\\b`).test(body));

describe('one mention shape', () => {
  test('no source file but the model’s types declares a span’s fields again', () => {
    const files = [...filesUnder('src'), ...filesUnder('geodata/build')].filter((f) => /\.(ts|svelte)$/.test(f) && f !== HOME);
    const found = files.flatMap((f) => (readText(f).match(BODY) ?? []).filter(redeclares).map((body) => `${f}: ${body.replace(/\s+/g, ' ').slice(0, 80)}`));
    expect(found).toEqual([]);
  });

  test('the model’s types declare it', () => {
    expect((readText(HOME).match(BODY) ?? []).filter(redeclares)).toHaveLength(1);
  });
});
