// The collection's other texts, loaded when a place's panel first asks what
// they say about it: collection.json (which text names which place), then
// each text that names the place, once.
import type { Statement } from '../model/types';
import { fetchJson, isStatement } from './data.svelte';

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

const isCollection = (v: unknown): v is Collection =>
  typeof v === 'object' && v !== null && Array.isArray((v as Collection).statements) && typeof (v as Collection).regions === 'object';

let collection: Promise<Collection> | null = null;
const statements = new Map<string, Promise<Statement>>();

export function loadCollection(): Promise<Collection> {
  collection ??= fetchJson('collection.json', isCollection).catch((e: unknown) => {
    collection = null; // a later panel may try again
    throw e;
  });
  return collection;
}

export function loadStatement(entry: CollectionEntry): Promise<Statement> {
  let p = statements.get(entry.id);
  if (!p) {
    p = fetchJson(`${entry.dataPath}statement.json`, isStatement);
    p.catch(() => statements.delete(entry.id));
    statements.set(entry.id, p);
  }
  return p;
}
