// npm run link: the JSON it prints against its schema, and its exits on bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import schema from '../../src/lib/linker/document.schema.json';
import type { LinkedDocument } from '../../src/lib/linker/document';
import type { Mention, RegionMention, Statement } from '../../src/lib/model/types';
import { readText, root } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'link-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const run = (...args: string[]) => spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/link.ts'), ...args], { encoding: 'utf8' });
const validate = new Ajv({ allErrors: true }).compile(schema);

describe('npm run link', () => {
  test('prints the linked text as JSON that meets its schema, offsets exact', () => {
    const md = file('note.md', "# Maritime matters\n\nThe Taiwan Strait, Japan's Senkaku Islands and\n\nthe South China Sea.\n\n## Travel\n\nFlights to Santiago and Tokyo.\n");
    const r = run(md);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(out.paragraphs.map((p: { heading: string; text: string }) => [p.heading, p.text])).toEqual([
      ['Maritime matters', "The Taiwan Strait, Japan's Senkaku Islands and the South China Sea."],
      ['Travel', 'Flights to Santiago and Tokyo.'],
    ]);
    for (const p of out.paragraphs) for (const m of p.mentions) expect(p.text.slice(m.start, m.end)).toBe(m.text);
    expect(out.paragraphs[0].mentions.map((m: { place: { id: string; verified: boolean } }) => [m.place.id, m.place.verified])).toEqual([
      ['taiwan-strait', true],
      ['japan', true],
      ['senkaku-islands', true],
      ['south-china-sea', true],
    ]);
    // "Santiago" is linked to the likelier place and flagged "check", with the others it may be.
    expect(out.paragraphs[1].mentions.map((m: { text: string; place: { id: string; kind: string; verified: boolean }; confidence?: string }) => [m.text, m.place.id, m.place.kind, m.place.verified, m.confidence ?? 'sure'])).toEqual([
      ['Santiago', 'santiago-chile', 'capital', false, 'check'],
      ['Tokyo', 'tokyo-japan', 'capital', false, 'sure'],
    ]);
    expect(out.paragraphs[1].mentions[0].alternatives.map((p: { id: string }) => p.id)).toContain('santiago-dominican-republic');
    expect(out.ambiguous).toEqual([{ paragraph: 1, start: 11, end: 19, text: 'Santiago', candidates: ['santiago-chile', ...out.paragraphs[1].mentions[0].alternatives.map((p: { id: string }) => p.id)] }]);
  });

  test('the flagship reads as the atlas reads it: the same 16 paragraphs under the same headings, the same links', () => {
    const r = run(join(root, 'geodata/statements/us-japan-2025-02-07/source.txt'));
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as LinkedDocument;
    expect(validate(out)).toBe(true);
    const { sections } = JSON.parse(readText('public/data/statement.json')) as Statement;
    const built = sections.flatMap((s) => s.paragraphs.map((p) => ({ ...p, heading: s.heading })));
    expect(built).toHaveLength(16);
    // The CLI reads the whole file: the title and date are the first heading, and the metadata block follows the text.
    const cli = out.paragraphs.slice(0, 16);
    expect(cli.map((p) => p.text)).toEqual(built.map((p) => p.text));
    expect(cli.slice(1).map((p) => p.heading)).toEqual(built.slice(1).map((p) => p.heading));
    expect(cli[0]!.heading).toBe('Joint Statement by President Trump and Prime Minister Shigeru Ishiba of Japan · February 7, 2025');
    const spans = (ms: (Mention<{ id: string }> | RegionMention)[]) => ms.map((m) => `${m.start}-${m.end}:${'place' in m ? m.place.id : m.region}`);
    expect(cli.map((p) => spans(p.mentions))).toEqual(built.map((p) => spans(p.mentions)));
  });

  test.each([
    ['an empty file', 'empty.txt', '', /empty/],
    ['a binary file', 'bin.dat', new Uint8Array([0, 1, 2, 3, 0]), /binary/],
    ['UTF-16', 'u16.txt', new Uint8Array([0xff, 0xfe, 0x4a, 0x00]), /UTF-16/],
    ['Latin-1', 'latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x4a]), /not valid UTF-8/],
    ['10 MB and more', 'big.txt', 'a'.repeat(10_000_001), /10\.0 MB/],
  ])('%s: a clear message and exit code 2', (_, name, content, message) => {
    const r = run(file(name, content));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  test('a missing file or no argument: exit code 2', () => {
    expect(run(join(dir, 'nope.txt')).status).toBe(2);
    const none = run();
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/npm run link -- path/);
  });
});
