// The data build: geodata/ → public/data/. Thin CLI over pure steps.
//   tsx geodata/build/build.ts          write public/data
//   tsx geodata/build/build.ts --check  exit 1 if public/data is stale
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { auditTable, withAudit } from './steps/audit';
import { buildAll } from './steps/export';
import { atlasTexts, buildFonts } from './steps/font';
import { loadSources } from './steps/sources';

const root = join(import.meta.dirname, '..', '..');
const outDir = join(root, 'public', 'data');
const check = process.argv.includes('--check');

const started = performance.now();
const sources = loadSources(join(root, 'geodata'));
const files = buildAll(sources);
// The fonts are cut to what the other files and the interface's languages write.
for (const [name, bytes] of await buildFonts(atlasTexts(root, files))) files.set(name, bytes);
const stale: string[] = [];
// The audit table of geodata/README.md is made from the same definitions as the cards.
const readmePath = join(root, 'geodata', 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const audited = withAudit(readme, auditTable(sources.regionDefs, sources.measures, sources.areas));
if (audited !== readme) {
  if (check) stale.push('geodata/README.md (audit table)');
  else writeFileSync(readmePath, audited);
}
// The tiles are rewritten whole: a tile no longer cut must not linger.
if (!check) rmSync(join(outDir, 'tiles'), { recursive: true, force: true });
let tileCount = 0;
let tileBytes = 0;
for (const [name, content] of files) {
  const path = join(outDir, name);
  const bytes = Buffer.from(content);
  if (check) {
    let current: Buffer | null = null;
    try {
      current = readFileSync(path);
    } catch {}
    if (!current?.equals(bytes)) stale.push(name);
    continue;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  if (name.startsWith('tiles/')) (tileCount++, (tileBytes += bytes.length));
  else console.log(`${name.padEnd(28)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB`);
}
if (tileCount) console.log(`${`tiles/ (${tileCount} tiles)`.padEnd(28)} ${(tileBytes / 1024).toFixed(0).padStart(6)} KB`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (check && stale.length) {
  console.error(`public/data is stale (${stale.slice(0, 20).join(', ')}${stale.length > 20 ? ` and ${stale.length - 20} more` : ''}): run npm run data`);
  process.exit(1);
}
console.log(check ? `public/data is up to date (${seconds} s)` : `wrote ${files.size} files in ${seconds} s`);
