// The paragraph splitter (src/lib/linker/paragraphs.ts), one fixture per
// layout: each input in fixtures/paragraphs/in/<case>.txt, its paragraphs as a
// reader sees them in out/<case>.json (regenerate with REGEN=1, then read the
// diff). A failing case names itself.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { paragraphsOf } from '../../src/lib/linker/paragraphs';
import { parseStatement } from '../../geodata/build/steps/statement';

const dir = join(import.meta.dirname, 'fixtures', 'paragraphs');
const cases = readdirSync(join(dir, 'in')).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));

describe('paragraphs as a reader sees them', () => {
  test.each(cases)('%s', (name) => {
    const got = paragraphsOf(readFileSync(join(dir, 'in', `${name}.txt`), 'utf8'));
    const out = join(dir, 'out', `${name}.json`);
    if (process.env.REGEN) writeFileSync(out, `${JSON.stringify(got, null, 2)}\n`);
    expect(got).toEqual(JSON.parse(readFileSync(out, 'utf8')));
  });

  test('the data build splits a source as the linker does: the paragraphs an exported draft corrects are the ones it builds', () => {
    for (const name of cases) {
      const text = readFileSync(join(dir, 'in', `${name}.txt`), 'utf8');
      const source = `**Title**\n*March 3, 2026*\n\n${text}\n\nNOTE: none.\n\n*Categories:* None.\n\n*Names:* None.\n\n*Subjects:* None.\n\n*DCPD Number:* None.\n`;
      const built = parseStatement(source).sections.flatMap((s) => s.paragraphs.map((p) => [s.heading, p.text]));
      expect(built, name).toEqual(paragraphsOf(text).map((p) => [p.heading, p.text]));
    }
  });
});
