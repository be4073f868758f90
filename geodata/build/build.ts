// The data build: geodata/ → public/data/. Thin CLI over pure steps.
//   tsx geodata/build/build.ts          write public/data
//   tsx geodata/build/build.ts --check  exit 1 if public/data is stale
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildAll } from './steps/export';
import { loadSources } from './steps/sources';

const root = join(import.meta.dirname, '..', '..');
const outDir = join(root, 'public', 'data');
const check = process.argv.includes('--check');

const started = performance.now();
const files = buildAll(loadSources(join(root, 'geodata')));
const stale: string[] = [];
for (const [name, text] of files) {
  const path = join(outDir, name);
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {}
    if (current !== text) stale.push(name);
    continue;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`${name.padEnd(28)} ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(6)} KB`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (check && stale.length) {
  console.error(`public/data is stale (${stale.join(', ')}): run npm run data`);
  process.exit(1);
}
console.log(check ? `public/data is up to date (${seconds} s)` : `wrote ${files.size} files in ${seconds} s`);
