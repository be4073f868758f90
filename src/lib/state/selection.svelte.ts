// The one source of truth for what is selected and hovered. The map, the
// reader, the panel, the region list and the URL all read and write it here.
import { getContext, setContext } from 'svelte';
import type { Notice } from '../i18n/messages';
import type { Bounds } from '../model/bounds';
import type { TourStep } from '../model/types';
import type { ViewState } from '../model/url-state';

/**
 * Where a change came from: the map does not fly to a region the reader clicked on it;
 * a name in the statement's column ('reader') folds the card, one in a card ('text') does not.
 */
export type Origin = 'map' | 'text' | 'reader' | 'list' | 'url' | 'history';

export class Selection {
  region = $state<string | null>(null);
  paragraph = $state<string | null>(null);
  hover = $state<string | null>(null);
  origin = $state<Origin>('url');
  notices = $state.raw<Notice[]>([]);
  /** Incremented whenever the reader should bring `paragraph` into view. */
  scrollRequest = $state(0);
  /** The guided-tour step shown (1-based), or null outside the tour. */
  tour = $state<number | null>(null);
  /** Places the map should fit, when more than the selected one (a tour step). */
  camera = $state.raw<string[] | null>(null);
  /** The box a tour step's camera shows instead of framing its places (its `focus`), or null. */
  cameraBox = $state.raw<Bounds | null>(null);
  /**
   * The card folded to its name while the reader reads a passage in context: the
   * column is the text's, and the passage is not shown twice (card and reader).
   */
  folded = $state(false);
  /** While the editor asks where a place is, what a click on the map places (see App's pick). */
  placing = $state.raw<((at: [number, number]) => void) | null>(null);
  /** The control that opened the card, the tour or the quiz: closing gives it focus back. */
  opener: Element | null = null;

  /** The places the map highlights: all a tour step shows (the Quad, the DPRK and Russia), else the selected one. */
  get highlighted(): string[] {
    if (this.tour && this.camera) return this.camera;
    return this.region ? [this.region] : [];
  }

  get view(): ViewState {
    return { region: this.region, paragraph: this.paragraph, tour: this.tour };
  }

  select(region: string | null, origin: Origin, paragraph: string | null = null): void {
    this.region = region;
    this.paragraph = paragraph;
    this.origin = origin;
    this.tour = null;
    this.camera = null;
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
    this.camera = step.regions;
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

  notify(...notices: Notice[]): void {
    this.notices = [...this.notices, ...notices];
  }

  dismissNotices(): void {
    this.notices = [];
  }
}

const KEY = Symbol('selection');
export const setSelectionContext = (s: Selection) => setContext(KEY, s);
export const getSelectionContext = () => getContext<Selection>(KEY);
