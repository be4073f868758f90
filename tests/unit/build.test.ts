// The data build is reproducible and public/data is not stale.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { auditTable, withAudit } from '../../geodata/build/steps/audit';
import { buildAll } from '../../geodata/build/steps/export';
import { atlasTexts, buildFonts } from '../../geodata/build/steps/font';
import { loadSources, sha256 } from '../../geodata/build/steps/sources';
import { root } from './helpers';

describe('data build', () => {
  const sources = loadSources(join(root, 'geodata'));
  const first = buildAll(sources);

  // The committed output was made by an earlier run, maybe on another machine:
  // matching it byte for byte shows the build is reproducible, not just fresh.
  test('public/data matches a fresh build of geodata (run `npm run data` if this fails)', () => {
    for (const [name, content] of first) {
      const onDisk = readFileSync(join(root, 'public/data', name));
      expect(sha256(onDisk), `public/data/${name} is stale`).toBe(sha256(Buffer.from(content)));
    }
  });

  test('the fonts are cut to what the atlas writes now (run `npm run data` after changing a Japanese or Chinese string)', async () => {
    for (const [name, content] of await buildFonts(atlasTexts(root, first))) {
      const onDisk = readFileSync(join(root, 'public/data', name));
      expect(sha256(onDisk), `public/data/${name} is stale`).toBe(sha256(Buffer.from(content)));
    }
  });

  test('the audit table in geodata/README.md lists every card fact as the cards state it', () => {
    const readme = readFileSync(join(root, 'geodata/README.md'), 'utf8');
    expect(withAudit(readme, auditTable(sources.regionDefs, sources.measures, sources.areas)) === readme, 'run npm run data').toBe(true);
  });

});

test('the data build imports from the app only its content layer, the linker, pure model code and the worksheet', () => {
  const dir = join(root, 'geodata/build');
  const files = [...readdirSync(dir).filter((f) => f.endsWith('.ts')), ...readdirSync(join(dir, 'steps')).map((f) => `steps/${f}`)];
  const fromApp = files.flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/from '(?:\.\.\/)+src\/lib\/([a-z-]+)\//g)].map((m) => m[1]));
  expect(fromApp.length).toBeGreaterThan(10);
  // …and the worksheet's drawing and sheet, which the browser makes other texts' sheets with (never its browser-only open.ts).
  expect([...new Set(fromApp)].sort()).toEqual(['content', 'linker', 'model', 'worksheet']);
  expect(files.filter((f) => /src\/lib\/worksheet\/open'/.test(readFileSync(join(dir, f), 'utf8')))).toEqual([]);
});
