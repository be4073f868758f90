// The New atlas view's state: the draft being edited, its links as the linker
// found them and the user reviewed them, and whether it is safely stored.
// Every change is saved (shortly after, and at once when the page is hidden);
// a save that fails keeps the draft in memory and says so.
import type { LinkedDocument, PlaceRef } from '../linker/document';
import { paragraphsOf } from '../linker/paragraphs';
import { type Draft, newDraft } from './draft';
import type { LinkerClient } from './linker-client';
import { decide, type Decision, review, type Span } from './review';
import { shiftDecisions } from './shift';
import { type DraftStore, type DraftSummary, withSummary } from './store';

export type SaveState =
  | { state: 'new' }
  | { state: 'pending' }
  | { state: 'saved'; at: number }
  | { state: 'failed'; reason: 'quota' | 'unavailable'; message: string };

const SAVE_AFTER_MS = 400;
const LINK_AFTER_MS = 250;

export class DraftEditor {
  draft = $state.raw<Draft>(newDraft());
  linked = $state.raw<{ doc: LinkedDocument; candidates: Record<string, PlaceRef>; text: string } | null>(null);
  linking = $state(false);
  linkError = $state<string | null>(null);
  saved = $state.raw<SaveState>({ state: 'new' });
  drafts = $state.raw<DraftSummary[]>([]);
  readonly reviewed = $derived(this.linked ? review(this.linked.doc, this.draft.decisions) : null);

  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private linkTimer: ReturnType<typeof setTimeout> | undefined;
  private linkRun = 0;
  /** The text the decisions' places are counted in (the text last linked, or the text loaded). */
  private decisionsText = '';

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
    if (loaded?.ok) this.show(loaded.value, { state: 'saved', at: loaded.value.updated });
    else this.show(newDraft(), this.saved);
  }

  private show(draft: Draft, saved: SaveState): void {
    this.flush();
    this.draft = draft;
    this.decisionsText = draft.text;
    this.saved = saved;
    this.linked = null;
    this.relink(0);
  }

  open(id: string): string | null {
    const loaded = this.store.load(id);
    if (!loaded.ok) return loaded.error;
    this.show(loaded.value, { state: 'saved', at: loaded.value.updated });
    return null;
  }

  /** A fresh draft; the current one stays in the list (it is saved first). */
  start(fields: Partial<Pick<Draft, 'title' | 'date' | 'source' | 'licence' | 'text' | 'decisions'>> = {}): void {
    this.show({ ...newDraft(), ...fields }, { state: 'new' });
    if (Object.keys(fields).length) this.scheduleSave(0);
  }

  edit(patch: Partial<Pick<Draft, 'title' | 'date' | 'source' | 'licence' | 'text' | 'decisions'>>): void {
    this.draft = { ...this.draft, ...patch, updated: Date.now() };
    this.scheduleSave();
    if (patch.text !== undefined) this.relink();
  }

  decide(span: Span, decision: Decision | null): void {
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
    if (id === this.draft.id) this.show(newDraft(), { state: 'new' });
  }

  private scheduleSave(after = SAVE_AFTER_MS): void {
    clearTimeout(this.saveTimer);
    if (this.saved.state !== 'failed' || this.saved.reason !== 'unavailable') this.saved = { state: 'pending' };
    this.saveTimer = setTimeout(() => this.flush(), after);
  }

  /** Saves now if a save is due (on a timer, and when the page is hidden or closed). */
  flush(): void {
    clearTimeout(this.saveTimer);
    if (this.saved.state !== 'pending' && !(this.saved.state === 'failed' && this.saved.reason === 'quota')) return;
    const draft = { ...this.draft, decisions: this.decisionsFor(this.draft.text) };
    const result = this.store.save(draft);
    this.saved = result.ok ? { state: 'saved', at: result.at } : { state: 'failed', reason: result.reason, message: result.message };
    // Saving runs after every pause in typing: the list takes this draft in, instead of every stored draft being read again.
    if (result.ok) this.drafts = withSummary(this.drafts, draft);
  }

  /** Whether leaving now would lose what was typed. */
  get unsaved(): boolean {
    return this.saved.state === 'pending' || (this.saved.state === 'failed' && (this.draft.text.trim() !== '' || this.draft.title.trim() !== ''));
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
