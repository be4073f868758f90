// Drafts kept on this device (localStorage), one key each, so a reload, a
// crash or a closed tab loses nothing. Only the New atlas view uses it: the
// reading view and embeds store nothing. A save that fails says why, and the
// draft stays in memory for the user to export.
import { type Draft, parseDraft } from './draft';

const PREFIX = 'statement-atlas:draft:';

/** `raw`: the JSON stored, which tells this tab's save from another tab's. */
export type SaveResult = { ok: true; at: number; raw: string } | { ok: false; reason: 'quota' | 'unavailable'; message: string };
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

  /** The draft a storage key holds, or null when the key is not a draft's (for `storage` events from other tabs). */
  idOf(key: string): string | null {
    return key.startsWith(PREFIX) ? key.slice(PREFIX.length) : null;
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

  /** A stored draft; `basedOn`: the time of change of the version its save replaced, as the saving tab knew it (null: none, or not said). */
  load(id: string): { ok: true; value: Draft; raw: string; basedOn: number | null } | { ok: false; error: string } {
    const raw = this.storage?.getItem(PREFIX + id);
    if (raw == null) return { ok: false, error: 'no such draft on this device' };
    try {
      const json: unknown = JSON.parse(raw);
      const d = parseDraft(json);
      const basedOn = (json as { basedOn?: unknown }).basedOn;
      return d.ok ? { ...d, raw, basedOn: typeof basedOn === 'number' ? basedOn : null } : d;
    } catch {
      return { ok: false, error: 'the stored draft is not valid JSON' };
    }
  }

  /** Stores a draft; `basedOn` (kept beside it, not part of the draft) lets another tab tell a save that followed its own from one made at the same time. */
  save(draft: Draft, now = Date.now(), basedOn: number | null = null): SaveResult {
    if (!this.storage) return { ok: false, reason: 'unavailable', message: 'this browser does not let the atlas store drafts' };
    try {
      const raw = JSON.stringify(basedOn === null ? draft : { ...draft, basedOn });
      this.storage.setItem(PREFIX + draft.id, raw);
      return { ok: true, at: now, raw };
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
