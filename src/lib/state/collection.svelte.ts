// The collection's other texts, loaded when a place's panel first asks what
// they say about it: collection.json (which text names which place), then
// each text that names the place, once.
import type { Statement } from '../model/types';
import { dataUrl } from './data.svelte';

export interface CollectionEntry {
  id: string;
  title: string;
  date: string;
  dataPath: string;
  sample?: boolean;
}

export interface Collection {
  /** Newest first. */
  statements: CollectionEntry[];
  /** Per region, the texts that name it and the paragraphs that do. */
  regions: Record<string, { statement: string; paragraphs: string[] }[]>;
}

async function fetchJson<T>(path: string, check: (v: unknown) => boolean): Promise<T> {
  const response = await fetch(dataUrl(path));
  if (!response.ok) throw new Error(`${path} could not be loaded (HTTP ${response.status}).`);
  const value: unknown = await response.json().catch(() => {
    throw new Error(`${path} is damaged (not valid JSON).`);
  });
  if (!check(value)) throw new Error(`${path} does not have the expected shape.`);
  return value as T;
}

const isCollection = (v: unknown) =>
  typeof v === 'object' && v !== null && Array.isArray((v as Collection).statements) && typeof (v as Collection).regions === 'object';
const isStatement = (v: unknown) => typeof v === 'object' && v !== null && Array.isArray((v as Statement).sections);

let collection: Promise<Collection> | null = null;
const statements = new Map<string, Promise<Statement>>();

export function loadCollection(): Promise<Collection> {
  collection ??= fetchJson<Collection>('collection.json', isCollection).catch((e: unknown) => {
    collection = null; // a later panel may try again
    throw e;
  });
  return collection;
}

export function loadStatement(entry: CollectionEntry): Promise<Statement> {
  let p = statements.get(entry.id);
  if (!p) {
    p = fetchJson<Statement>(`${entry.dataPath}statement.json`, isStatement);
    p.catch(() => statements.delete(entry.id));
    statements.set(entry.id, p);
  }
  return p;
}
