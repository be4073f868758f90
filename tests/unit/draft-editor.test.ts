// The draft editor keeps what was typed. Two tabs on one draft (two editors
// on one storage): a tab with no changes of its own takes in the other's save;
// one with changes, or whose own save was replaced by a save made at the same
// moment, keeps its text and asks. A draft that could not be stored is not
// left for another until the user says so.
import { describe, expect, test, vi } from 'vitest';
import { DraftEditor } from '../../src/lib/draft/editor.svelte';
import type { LinkerClient } from '../../src/lib/draft/linker-client';
import { DraftStore } from '../../src/lib/draft/store';

class MemoryStorage implements Storage {
  map = new Map<string, string>();
  full = false;
  get length() {
    return this.map.size;
  }
  key = (i: number) => [...this.map.keys()][i] ?? null;
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  };
  removeItem = (k: string) => void this.map.delete(k);
  clear = () => this.map.clear();
}

const linker = { link: async () => ({ doc: { paragraphs: [], ambiguous: [] }, candidates: {} }) } as unknown as LinkerClient;
const texts = (s: MemoryStorage) => [...s.map.values()].map((v) => (JSON.parse(v) as { text: string }).text).sort();

function twoTabs() {
  const storage = new MemoryStorage();
  const a = new DraftEditor(new DraftStore(storage), linker);
  a.resume();
  a.edit({ title: 'T', text: 'Japan.' });
  a.flush();
  const b = new DraftEditor(new DraftStore(storage), linker);
  b.resume();
  expect(b.draft.text).toBe('Japan.');
  return { storage, a, b, id: a.draft.id };
}

describe('two tabs on one draft', () => {
  vi.useFakeTimers();

  test('a tab with no changes of its own takes in the other’s save', () => {
    const { a, b, id } = twoTabs();
    a.edit({ text: 'Japan. A.' });
    a.flush();
    b.stored(id);
    expect(b.draft.text).toBe('Japan. A.');
    expect(b.conflict).toBeNull();
    expect(b.updatedElsewhere).toBe(true);
    // And its next save follows: no conflict in either.
    b.edit({ text: 'Japan. A. B.' });
    b.flush();
    a.stored(id);
    expect(a.draft.text).toBe('Japan. A. B.');
    expect([a.conflict, b.conflict]).toEqual([null, null]);
  });

  test('a tab with changes of its own is not saved over the other’s, and asks; keeping both loses nothing', () => {
    const { storage, a, b, id } = twoTabs();
    a.edit({ text: 'Japan. A.' });
    b.edit({ text: 'Japan. B.' });
    a.flush();
    b.stored(id);
    expect(b.conflict?.theirs.text).toBe('Japan. A.');
    b.flush();
    expect(texts(storage)).toEqual(['Japan. A.']);
    expect(b.unsaved).toBe(true);
    b.keepMine();
    expect(texts(storage)).toEqual(['Japan. A.', 'Japan. B.']);
    expect(b.draft.id).not.toBe(id);
  });

  test('without the event (it comes late), the save itself finds newer text stored and asks', () => {
    const { storage, a, b } = twoTabs();
    a.edit({ text: 'Japan. A.' });
    b.edit({ text: 'Japan. B.' });
    a.flush();
    b.flush();
    expect(texts(storage)).toEqual(['Japan. A.']);
    expect(b.conflict).not.toBeNull();
    // Closing the tab keeps its version as a draft of its own.
    b.close();
    expect(texts(storage)).toEqual(['Japan. A.', 'Japan. B.']);
  });

  test('saves at the same moment: the tab whose save was replaced unseen keeps its text and asks', () => {
    const { storage, a, b, id } = twoTabs();
    // Each tab reads the storage as it was (another process's write not yet seen).
    const stale = new MemoryStorage();
    stale.map = new Map(storage.map);
    const b2 = new DraftEditor(new DraftStore(stale), linker);
    b2.resume();
    a.edit({ text: 'Japan. A.' });
    b2.edit({ text: 'Japan. B.' });
    a.flush();
    b2.flush();
    // B's write lands over A's.
    storage.map.set(`statement-atlas:draft:${id}`, stale.map.get(`statement-atlas:draft:${id}`)!);
    a.stored(id);
    expect(a.draft.text).toBe('Japan. A.');
    expect(a.conflict?.theirs.text).toBe('Japan. B.');
    a.keepMine();
    expect(texts(storage)).toEqual(['Japan. A.', 'Japan. B.']);
    void b;
  });
});

describe('with storage full', () => {
  test('New draft or opening another is held until the user answers; staying keeps the draft, going on leaves it', () => {
    const { storage, a } = twoTabs();
    const first = a.draft.id;
    a.leave({ kind: 'new' });
    a.edit({ title: 'Unsaved', text: 'Jordan.' });
    storage.full = true;
    a.flush();
    expect(a.saved).toMatchObject({ state: 'failed', reason: 'quota' });
    expect(a.leave({ kind: 'open', id: first })).toBeNull();
    expect(a.held).toEqual({ kind: 'open', id: first });
    expect(a.draft.text).toBe('Jordan.');
    a.release(false);
    expect([a.held, a.draft.text]).toEqual([null, 'Jordan.']);
    a.leave({ kind: 'new', fields: { title: 'From a file', text: 'Taiwan.' } });
    expect(a.draft.text).toBe('Jordan.');
    a.release(true);
    expect(a.draft.text).toBe('Taiwan.');
  });

  test('a draft whose save did not fail is left at once', () => {
    const { a } = twoTabs();
    a.leave({ kind: 'new' });
    expect([a.held, a.draft.text]).toEqual([null, '']);
  });
});
