// Drafts kept on this device (localStorage), one key each, so a reload, a
// crash or a closed tab loses nothing. Only the New atlas view uses it: the
// reading view and embeds store nothing. A save that fails says why, and the
// draft stays in memory for the user to export.
import { type Draft, parseDraft } from './draft';

const PREFIX = 'statement-atlas:draft:';

export type SaveResult = { ok: true; at: number } | { ok: false; reason: 'quota' | 'unavailable'; message: string };
export interface DraftSummary {
  id: string;
  title: string;
  updated: number;
  chars: number;
}

export const summaryOf = (d: Draft): DraftSummary => ({ id: d.id, title: d.title, updated: d.updated, chars: d.text.length });

/** The list with one draft's summary put in (or moved to the top): what list() gives after that draft is saved, without reading every draft again. */
export const withSummary = (list: readonly DraftSummary[], d: Draft): DraftSummary[] =>
  [summaryOf(d), ...list.filter((x) => x.id !== d.id)].sort((a, b) => b.updated - a.updated);

export class DraftStore {
  /** `storage` is null when the browser refuses it (private modes, blocked site data). */
  constructor(private readonly storage: Storage | null) {}

  static open(): DraftStore {
    try {
      return new DraftStore(globalThis.localStorage ?? null);
    } catch {
      return new DraftStore(null);
    }
  }

  get available(): boolean {
    return this.storage !== null;
  }

  /** Every stored draft, newest first (damaged entries are left in place, not listed). */
  list(): DraftSummary[] {
    const s = this.storage;
    if (!s) return [];
    const out: DraftSummary[] = [];
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const d = this.load(key.slice(PREFIX.length));
      if (d.ok) out.push(summaryOf(d.value));
    }
    return out.sort((a, b) => b.updated - a.updated);
  }

  load(id: string): { ok: true; value: Draft } | { ok: false; error: string } {
    const raw = this.storage?.getItem(PREFIX + id);
    if (raw == null) return { ok: false, error: 'no such draft on this device' };
    try {
      return parseDraft(JSON.parse(raw));
    } catch {
      return { ok: false, error: 'the stored draft is not valid JSON' };
    }
  }

  save(draft: Draft, now = Date.now()): SaveResult {
    if (!this.storage) return { ok: false, reason: 'unavailable', message: 'this browser does not let the atlas store drafts' };
    try {
      this.storage.setItem(PREFIX + draft.id, JSON.stringify(draft));
      return { ok: true, at: now };
    } catch (e) {
      const quota = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
      return quota
        ? { ok: false, reason: 'quota', message: 'this browser’s storage for the atlas is full' }
        : { ok: false, reason: 'unavailable', message: e instanceof Error ? e.message : String(e) };
    }
  }

  remove(id: string): void {
    this.storage?.removeItem(PREFIX + id);
  }
}
