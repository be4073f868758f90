// Read the built open data and the geodata inputs (never ../shared).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionCollection, Statement } from '../../src/lib/model/types';

export const root = join(import.meta.dirname, '..', '..');
export const readText = (path: string) => readFileSync(join(root, path), 'utf8');
export const readJson = <T>(path: string): T => JSON.parse(readText(path)) as T;

export const statement = () => readJson<Statement>('public/data/statement.json');
export const regions = () => readJson<RegionCollection>('public/data/regions.geojson');
export const paragraphs = () => statement().sections.flatMap((s) => s.paragraphs);
