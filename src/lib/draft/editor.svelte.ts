// The New atlas view's state: the draft being edited, its links as the linker
// found them and the user reviewed them, and whether it is safely stored.
// Every change is saved (shortly after, and at once when the page is hidden);
// a save that fails keeps the draft in memory and says so. Nothing typed is
// lost: not to another tab writing the same draft (it is noticed, and the user
// chooses), nor by leaving a draft that could not be stored (the user is asked).
import type { LinkedDocument, PlaceRef } from '../linker/document';
import { paragraphsOf } from '../linker/paragraphs';
import { type Draft, newDraft } from './draft';
import type { LinkerClient } from './linker-client';
import { decide, type Decision, review, type DraftSpan } from './review';
import { shiftDecisions } from './shift';
import { type DraftStore, type DraftSummary, withSummary } from './store';

export type SaveState =
  | { state: 'new' }
  | { state: 'pending' }
  | { state: 'saved'; at: number }
  | { state: 'failed'; reason: 'quota' | 'unavailable'; message: string };

const SAVE_AFTER_MS = 400;
const LINK_AFTER_MS = 250;
/** Tabs of the atlas say which draft they have open on this channel. */
const CHANNEL = 'statement-atlas:drafts';
type TabMessage = { kind: 'open' | 'here' | 'closed'; id: string };

type Fields = Partial<Pick<Draft, 'title' | 'date' | 'source' | 'licence' | 'text' | 'decisions' | 'tour'>>;
/** What the user asked for that would leave the current draft. */
export type Leave = { kind: 'new'; fields?: Fields } | { kind: 'open'; id: string };

export class DraftEditor {
  draft = $state.raw<Draft>(newDraft());
  linked = $state.raw<{ doc: LinkedDocument; candidates: Record<string, PlaceRef>; text: string } | null>(null);
  linking = $state(false);
  linkError = $state<string | null>(null);
  saved = $state.raw<SaveState>({ state: 'new' });
  drafts = $state.raw<DraftSummary[]>([]);
  /** Another tab saved this draft while this one had changes of its own: nothing is saved over it until the user chooses. */
  conflict = $state.raw<{ theirs: Draft; raw: string } | null>(null);
  /** Another tab has this draft open. */
  elsewhere = $state(false);
  /** This tab took in what another tab saved (it had no changes of its own). */
  updatedElsewhere = $state(false);
  /** Leaving a draft that could not be stored: held until the user says what to do with it. */
  held = $state.raw<Leave | null>(null);
  readonly reviewed = $derived(this.linked ? review(this.linked.doc, this.draft.decisions) : null);

  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private linkTimer: ReturnType<typeof setTimeout> | undefined;
  private linkRun = 0;
  /** The text the decisions' places are counted in (the text last linked, or the text loaded). */
  private decisionsText = '';
  /** This draft as stored when this tab last loaded or saved it (null: not stored yet): anything else stored under its id came from another tab. */
  private base: string | null = null;
  /** That stored version's time of change, and whether this tab wrote it (then it is this tab's text, which another tab's save must follow from). */
  private baseUpdated: number | null = null;
  private baseMine = false;
  private channel: BroadcastChannel | null = null;

  constructor(
    private readonly store: DraftStore,
    private readonly linker: LinkerClient,
  ) {
    this.drafts = store.list();
    if (!store.available) this.saved = { state: 'failed', reason: 'unavailable', message: 'this browser does not let the atlas store drafts' };
  }

  /** Opens the newest stored draft, or a new one. */
  resume(): void {
    const last = this.drafts[0];
    const loaded = last ? this.store.load(last.id) : null;
    if (loaded?.ok) this.show(loaded.value, { state: 'saved', at: loaded.value.updated }, loaded.raw);
    else this.show(newDraft(), this.saved);
  }

  private show(draft: Draft, saved: SaveState, raw: string | null = null): void {
    this.flush();
    // Leaving a draft another tab also changed: this tab's version is kept as a draft of its own.
    if (this.conflict) this.keepMine();
    const was = this.draft.id;
    this.draft = draft;
    this.decisionsText = draft.text;
    this.setBase(raw, raw === null ? null : draft.updated, false);
    this.saved = saved;
    this.linked = null;
    this.conflict = null;
    this.updatedElsewhere = false;
    this.elsewhere = false;
    if (was !== draft.id) this.post({ kind: 'closed', id: was });
    this.post({ kind: 'open', id: draft.id });
    this.relink(0);
  }

  /** Whether leaving the current draft now would drop what could not be stored. */
  get atRisk(): boolean {
    return this.saved.state === 'failed' && this.unsaved;
  }

  /** Leaves the current draft as asked, unless it could not be stored: then it is held for the user to choose (see `release`). */
  leave(to: Leave): string | null {
    if (this.atRisk) {
      this.held = to;
      return null;
    }
    return this.go(to);
  }

  /** The user's answer about a held leave: go on (the draft is dropped, or was downloaded), or stay. */
  release(go: boolean): string | null {
    const to = this.held;
    this.held = null;
    return go && to ? this.go(to) : null;
  }

  private go(to: Leave): string | null {
    if (to.kind === 'open') return this.open(to.id);
    this.start(to.fields);
    return null;
  }

  open(id: string): string | null {
    const loaded = this.store.load(id);
    if (!loaded.ok) return loaded.error;
    this.show(loaded.value, { state: 'saved', at: loaded.value.updated }, loaded.raw);
    return null;
  }

  /** A fresh draft; the current one stays in the list (it is saved first). */
  start(fields: Fields = {}): void {
    this.show({ ...newDraft(), ...fields }, { state: 'new' });
    if (Object.keys(fields).length) this.scheduleSave(0);
  }

  edit(patch: Fields): void {
    this.updatedElsewhere = false;
    // Always later than the version it changes (even within one millisecond): other tabs tell versions apart by it.
    this.draft = { ...this.draft, ...patch, updated: Math.max(Date.now(), this.draft.updated + 1) };
    this.scheduleSave();
    if (patch.text !== undefined) this.relink();
  }

  decide(span: DraftSpan, decision: Decision | null): void {
    this.edit({ decisions: decide(this.draft.decisions, span, decision) });
  }

  /** Forgets the decisions whose words the text no longer has (the user chose to). */
  discardStale(): void {
    const stale = new Set(this.reviewed?.stale ?? []);
    this.edit({ decisions: this.draft.decisions.filter((d) => !stale.has(d)) });
  }

  remove(id: string): void {
    this.store.remove(id);
    this.drafts = this.store.list();
    if (id === this.draft.id) {
      this.setBase(null, null, false);
      this.conflict = null;
      this.saved = { state: 'new' };
      this.show(newDraft(), { state: 'new' });
    }
  }

  /** The conflict resolved by keeping this tab's version as a new draft (the other tab's stays as it is). */
  keepMine(): void {
    if (!this.conflict) return;
    this.conflict = null;
    this.post({ kind: 'closed', id: this.draft.id });
    this.draft = { ...this.draft, id: newDraft().id, updated: Date.now() };
    this.setBase(null, null, false);
    this.elsewhere = false;
    this.saved = { state: 'pending' };
    this.flush();
    this.post({ kind: 'open', id: this.draft.id });
  }

  /** The conflict resolved by showing the other tab's version; this tab's is kept as a new draft first. */
  loadTheirs(): void {
    const c = this.conflict;
    if (!c) return;
    this.keepMine();
    if (this.saved.state === 'failed') return; // this tab's version could not be stored: it stays open, and says so
    this.show(c.theirs, { state: 'saved', at: c.theirs.updated }, c.raw);
  }

  /** Another tab changed, added or removed a stored draft (a `storage` event): the list follows, and so does this draft if this tab has no changes of its own. */
  stored(id: string): void {
    const loaded = this.store.load(id);
    this.drafts = loaded.ok ? withSummary(this.drafts, loaded.value) : this.drafts.filter((d) => d.id !== id);
    if (id !== this.draft.id || !loaded.ok || loaded.raw === this.base) return;
    this.elsewhere = true;
    // A save made at the same moment as this tab's may have replaced it unseen: then this tab's text is only here, and the user chooses.
    const followsMine = !this.baseMine || loaded.basedOn === this.baseUpdated;
    if (this.saved.state === 'saved' && followsMine) {
      // No changes of this tab's own: it shows theirs.
      this.draft = loaded.value;
      this.decisionsText = loaded.value.text;
      this.setBase(loaded.raw, loaded.value.updated, false);
      this.saved = { state: 'saved', at: loaded.value.updated };
      this.updatedElsewhere = true;
      this.relink(0);
    } else this.conflict = { theirs: loaded.value, raw: loaded.raw };
  }

  /** Listens to the other tabs of the atlas (their saves, and which draft each has open). Returns the stop. */
  watch(): () => void {
    const onStorage = (e: StorageEvent) => {
      const id = e.key === null ? null : this.store.idOf(e.key);
      if (id) this.stored(id);
      else if (e.key === null) this.drafts = this.store.list();
    };
    addEventListener('storage', onStorage);
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.onmessage = (e: MessageEvent<TabMessage>) => {
        const m = e.data;
        if (m?.id !== this.draft.id) return;
        if (m.kind === 'closed') {
          // Perhaps a third tab still has it: ask again.
          this.elsewhere = false;
          this.post({ kind: 'open', id: m.id });
          return;
        }
        this.elsewhere = true;
        if (m.kind === 'open') this.post({ kind: 'here', id: m.id });
      };
      this.post({ kind: 'open', id: this.draft.id });
    }
    return () => {
      removeEventListener('storage', onStorage);
      this.post({ kind: 'closed', id: this.draft.id });
      this.channel?.close();
      this.channel = null;
    };
  }

  private post(m: TabMessage): void {
    this.channel?.postMessage(m);
  }

  private scheduleSave(after = SAVE_AFTER_MS): void {
    clearTimeout(this.saveTimer);
    if (this.saved.state !== 'failed' || this.saved.reason !== 'unavailable') this.saved = { state: 'pending' };
    this.saveTimer = setTimeout(() => this.flush(), after);
  }

  /** Saves now if a save is due (on a timer, and when the page is hidden or closed). */
  flush(): void {
    clearTimeout(this.saveTimer);
    if (this.conflict) return;
    if (this.saved.state !== 'pending' && !(this.saved.state === 'failed' && this.saved.reason === 'quota')) return;
    // Another tab saved this draft since this one loaded or saved it: never save over it unasked.
    const stored = this.base === null ? null : this.store.load(this.draft.id);
    if (stored?.ok && stored.raw !== this.base) {
      this.conflict = { theirs: stored.value, raw: stored.raw };
      return;
    }
    const draft = this.snapshot();
    const result = this.store.save(draft, Date.now(), this.baseUpdated);
    this.saved = result.ok ? { state: 'saved', at: result.at } : { state: 'failed', reason: result.reason, message: result.message };
    // Saving runs after every pause in typing: the list takes this draft in, instead of every stored draft being read again.
    if (result.ok) {
      this.setBase(result.raw, draft.updated, true);
      this.drafts = withSummary(this.drafts, draft);
    }
  }

  private setBase(raw: string | null, updated: number | null, mine: boolean): void {
    this.base = raw;
    this.baseUpdated = updated;
    this.baseMine = mine;
  }

  /** The page is going away: what is typed is saved, and a version another tab also changed is kept as a draft of its own. */
  close(): void {
    this.flush();
    if (this.conflict) this.keepMine();
  }

  /** Whether leaving now would lose what was typed. */
  get unsaved(): boolean {
    return (
      this.conflict !== null ||
      this.saved.state === 'pending' ||
      (this.saved.state === 'failed' && (this.draft.text.trim() !== '' || this.draft.title.trim() !== '' || this.draft.decisions.length > 0))
    );
  }

  /** The draft as it stands, its decisions counted in its text (for a file made while the text runs ahead of the linker). */
  snapshot(): Draft {
    return { ...this.draft, decisions: this.decisionsFor(this.draft.text) };
  }

  /** The decisions with their places counted in `text` (they are kept in the text last linked, which typing runs ahead of). */
  private decisionsFor(text: string, paragraphs?: readonly string[]): Decision[] {
    const decisions = this.draft.decisions;
    if (text === this.decisionsText || !decisions.length) return decisions;
    const before = this.linked?.text === this.decisionsText ? this.linked.doc.paragraphs.map((p) => p.text) : paragraphsOf(this.decisionsText).map((p) => p.text);
    return shiftDecisions(before, paragraphs ?? paragraphsOf(text).map((p) => p.text), decisions);
  }

  /** The text is linked anew: the decisions move with the edits made since (kept stale where their words were changed). */
  private adopt(text: string, paragraphs: readonly string[]): void {
    const moved = this.decisionsFor(text, paragraphs);
    this.decisionsText = text;
    if (moved.some((d, i) => d !== this.draft.decisions[i])) this.draft = { ...this.draft, decisions: moved };
  }

  /** Links the text again, after a pause in typing; only the latest run's answer is kept. */
  relink(after = LINK_AFTER_MS): void {
    clearTimeout(this.linkTimer);
    const run = ++this.linkRun;
    const text = this.draft.text;
    if (!text.trim()) {
      this.adopt(text, []);
      this.linked = { doc: { paragraphs: [], ambiguous: [] }, candidates: {}, text };
      this.linking = false;
      return;
    }
    this.linking = true;
    this.linkTimer = setTimeout(async () => {
      try {
        const { doc, candidates } = await this.linker.link(text);
        if (run !== this.linkRun) return;
        // Decisions follow their words, by the edits themselves (and stay, stale, where their words were changed).
        this.adopt(text, doc.paragraphs.map((p) => p.text));
        this.linked = { doc, candidates, text };
        this.linkError = null;
      } catch (e) {
        if (run === this.linkRun) this.linkError = e instanceof Error ? e.message : String(e);
      } finally {
        if (run === this.linkRun) this.linking = false;
      }
    }, after);
  }
}
