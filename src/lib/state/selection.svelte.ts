// The one source of truth for what is selected and hovered, and for the mode
// the view is in. The map, the reader, the panel, the region list and the URL
// all read and write it here. Reading (and the tour, reading step by step) is
// the mode a selection makes itself: see mode.ts.
import { getContext, setContext } from 'svelte';
import type { Bounds } from '../model/bounds';
import type { TourStep } from '../model/types';
import type { ViewState } from '../model/url-state';
import type { ClickContext, Mode, Panel } from './mode';

/**
 * Where a change came from: the map does not fly to a region the reader clicked on it;
 * a name in the statement's column ('reader') folds the card, one in a card ('text') does not.
 */
export type Origin = 'map' | 'text' | 'reader' | 'list' | 'url' | 'history';

const loadTourBar = () => import('../text/TourBar.svelte');

export class Selection implements Mode {
  region = $state<string | null>(null);
  paragraph = $state<string | null>(null);
  hover = $state<string | null>(null);
  origin = $state<Origin>('url');
  /** The mode in force: this selection (reading, a tour), or one a tool entered (a quiz, the measure tool, the editor asking where a place is). */
  mode = $state.raw<Mode>(this);
  /** A mode on its way (its button just pressed, its code loading): a map click meanwhile waits for it. */
  coming: Promise<void> | null = null;
  /** Incremented whenever the reader should bring `paragraph` into view. */
  scrollRequest = $state(0);
  /** The guided-tour step shown (1-based), or null outside the tour. */
  tour = $state<number | null>(null);
  /** Places the map should fit, when more than the selected one (a tour step). */
  stepPlaces = $state.raw<string[] | null>(null);
  /** The box a tour step's camera shows instead of framing its places (its `focus`), or null. */
  cameraBox = $state.raw<Bounds | null>(null);
  /**
   * The card folded to its name while the reader reads a passage in context: the
   * column is the text's, and the passage is not shown twice (card and reader).
   */
  folded = $state(false);
  /** `tourSteps`: the text's tour as it is now (an author's edits to it show in the tour's bar at once). */
  constructor(readonly tourSteps: () => TourStep[] = () => []) {}

  /** The control that opened the card, the tour or the quiz: closing gives it focus back. */
  opener: Element | null = null;

  /** The places the map highlights: all a tour step shows (the Quad, the DPRK and Russia), else the selected one. */
  get highlighted(): string[] {
    if (this.tour && this.stepPlaces) return this.stepPlaces;
    return this.region ? [this.region] : [];
  }

  readonly hints = true;
  get kind() {
    return this.tour ? ('tour' as const) : ('read' as const);
  }
  get panel(): Panel | null {
    return this.tour ? { load: loadTourBar, props: { steps: this.tourSteps() } } : null;
  }

  /** Reading, a click on the map selects the place under it. */
  pick(id: string | null, at: [number, number], near: ClickContext): void {
    if (this.coming) return void this.coming.then(() => this.mode.pick(id, at, near));
    if (id) this.select(id, 'map');
  }

  /** Waits for a mode on its way: `entered` settles once it is in (or could not come). */
  comes(entered: Promise<unknown>): void {
    this.coming = entered.catch(() => {}).then(() => void (this.coming = null));
  }

  enter(mode: Mode): void {
    this.mode = mode;
  }

  /** Leaves `mode` for reading (a mode already left stays left). */
  leave(mode: Mode): void {
    if (this.mode === mode) this.mode = this;
  }

  get view(): ViewState {
    return { region: this.region, paragraph: this.paragraph, tour: this.tour };
  }

  select(region: string | null, origin: Origin, paragraph: string | null = null): void {
    this.region = region;
    this.paragraph = paragraph;
    this.origin = origin;
    this.tour = null;
    this.stepPlaces = null;
    this.cameraBox = null;
    // A passage asked for by a name in the statement or a link folds the card to its name: the column is the text's.
    this.folded = !!(region && paragraph) && origin != 'text';
    if (region) this.opener = document.activeElement;
  }

  /** Shows tour step `n` (1-based) of `steps`. */
  goToStep(n: number, steps: TourStep[], origin: Origin = 'text'): void {
    const step = steps[n - 1];
    if (!step) return;
    if (!this.tour) this.opener = document.activeElement;
    this.region = step.regions[0] ?? null;
    this.paragraph = step.paragraph;
    this.origin = origin;
    this.tour = n;
    this.stepPlaces = step.regions;
    this.cameraBox = step.focus ?? null;
    this.folded = false;
    // No scroll to the paragraph: the step's card, under the tour bar, quotes it, and its name stays in view.
  }

  /** Shows a paragraph in the reader, keeping the region. */
  readInContext(paragraph: string, origin: Origin = 'text'): void {
    this.paragraph = paragraph;
    this.origin = origin;
    this.folded = this.region !== null;
    this.scrollRequest++;
  }

  clear(origin: Origin = 'list'): void {
    this.select(null, origin);
  }
}

const KEY = Symbol('selection');
export const setSelectionContext = (s: Selection) => setContext(KEY, s);
export const getSelectionContext = () => getContext<Selection>(KEY);
