// Read the built open data and the geodata inputs (never ../shared).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RegionCollection, Statement } from '../../src/lib/model/types';

export const root = join(import.meta.dirname, '..', '..');
export const readText = (path: string) => readFileSync(join(root, path), 'utf8');
export const readJson = <T>(path: string): T => JSON.parse(readText(path)) as T;

export const statement = () => readJson<Statement>('public/data/statement.json');
export const regions = () => readJson<RegionCollection>('public/data/regions.geojson');
export const paragraphs = () => statement().sections.flatMap((s) => s.paragraphs);

/** Every source file a file imports statically, followed through the project's own files. */
export function reach(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readText(file);
    // Static imports only: `import(...)` loads on use and is not part of what the embed builds.
    for (const [, spec] of text.matchAll(/^\s*import\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      if (!spec!.startsWith('.')) continue;
      const base = join(dirname(file), spec!);
      const found = [base, `${base}.ts`, `${base}.svelte.ts`].find((p) => existsSync(join(root, p)) && /\.(ts|svelte)$/.test(p));
      if (found) visit(found);
    }
  };
  visit(entry);
  return seen;
}


/** Every file under a folder of the project, as project-relative paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}
