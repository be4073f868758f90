// Drafts kept on this device (localStorage), one key each, so a reload, a
// crash or a closed tab loses nothing. Only the New atlas view stores them:
// the reading view only reads them (the comparison quotes them), and embeds
// neither store nor read. A save that fails says why, and the
// draft stays in memory for the user to export.
import { type Draft, parseDraft, parseShared, type SharedAtlas } from './draft';

const PREFIX = 'statement-atlas:draft:';
/** A draft's links as last read (the comparison in the reading view quotes the drafts on this device by them). */
const LINKS = 'statement-atlas:links:';
/** Links kept at most, as JSON: a long text's are not kept (the comparison then leaves it out, rather than fill the storage its drafts need). */
const LINKS_MAX_CHARS = 200_000;

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
    this.storage?.removeItem(LINKS + id);
  }

  /** Keeps a draft's links as last read, when they are small enough; a failure only leaves them out of the comparison. */
  saveLinks(id: string, links: SharedAtlas['links']): void {
    // Each link is written in 100 characters at least (its span, its place's id, name, kind, point and box): a long
    // text's tens of thousands are known too many without writing them out, at every reading.
    const raw = links.length <= LINKS_MAX_CHARS / 100 ? JSON.stringify(links) : null;
    try {
      if (raw && raw.length <= LINKS_MAX_CHARS) this.storage?.setItem(LINKS + id, raw);
      else this.storage?.removeItem(LINKS + id);
    } catch {
      // Storage full: the draft itself matters more, and its own save says so.
    }
  }

  /** Every stored draft with its links as last read, checked as a shared atlas is (those without are left out). */
  atlases(): SharedAtlas[] {
    return this.list().flatMap(({ id }) => {
      const draft = this.load(id);
      try {
        const checked = draft.ok ? parseShared({ draft: draft.value, links: JSON.parse(this.storage?.getItem(LINKS + id) ?? 'null') }) : null;
        return checked?.ok ? [checked.value] : [];
      } catch {
        return [];
      }
    });
  }
}
