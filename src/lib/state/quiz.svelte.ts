// A quiz round in progress, and the view's mode while it is on: the questions,
// where we are, the score; what a map click answers, where the camera goes,
// its panel and its address (?quiz=<seed>).
import { unionBounds } from '../model/bounds';
import type { LinkIndex } from '../model/link-index';
import type { Question } from '../model/quiz';
import { quizUrl } from '../model/url-links';
import { readPage } from '../model/url-state';
import { OVERVIEW, overviewOf } from './camera.svelte';
import type { Mode } from './mode';
import type { Selection } from './selection.svelte';

const loadPanel = () => import('../text/QuizPanel.svelte');

export interface Answer {
  given: string;
  correct: boolean;
}

export class Quiz implements Mode {
  readonly kind = 'quiz';
  /** The map names nothing and the text shows no card or list: they would answer "find" questions. */
  readonly hints = false;
  seed = $state(0);
  questions = $state.raw<Question[]>([]);
  index = $state(0);
  score = $state(0);
  answer = $state.raw<Answer | null>(null);
  #places = $state.raw<LinkIndex | null>(null);

  constructor(private readonly selection: Selection) {
    // A round is an entry in history: Back from it ends it, Forward to it plays it again (from its first question).
    addEventListener('popstate', () => {
      const seed = readPage(location.search).quiz;
      if (typeof seed === 'number' && this.#places) void this.start(this.#places, seed);
      else this.#leave();
    });
  }

  get active(): boolean {
    return this.selection.mode === this;
  }

  get question(): Question | null {
    return this.questions[this.index] ?? null;
  }

  get finished(): boolean {
    return this.active && this.index >= this.questions.length;
  }

  /** The place the map should highlight without naming it. */
  get highlight(): string | null {
    const q = this.question;
    if (!this.active || !q) return null;
    return q.kind === 'name' || this.answer ? q.region : null;
  }

  get highlighted(): string[] {
    return this.highlight ? [this.highlight] : [];
  }

  get panel() {
    return { load: loadPanel, props: { quiz: this, index: this.#places } };
  }

  /** A click on the map answers a "find" question (once). */
  pick(id: string | null): void {
    if (this.question?.kind === 'find' && !this.answer) this.respond(id ?? '');
  }

  /**
   * The highlighted place (a "name it" question, or the right answer) is shown whole, clear of the map's tools.
   * Each "find" question starts from a view that shows the place among others, not from where the last
   * answer (or a link) left the map, which could give it away or hide it: the overview, or for a place
   * beyond it (Washington) the view of every place the text names.
   */
  camera(idx: LinkIndex) {
    const shown = this.highlight && idx.region(this.highlight)?.properties.focus;
    if (shown) return { box: shown, pointZoom: 8, maxZoom: 8, clearOfTools: true };
    const q = !this.answer ? this.question : null;
    if (q?.kind !== 'find') return null;
    const overview = overviewOf(idx);
    const [w, s, e, n] = idx.region(q.region)?.properties.focus ?? overview;
    const [ow, os, oe, on] = overview;
    const inOverview = w < oe && e > ow && s < on && n > os;
    return { ...OVERVIEW, box: inOverview ? overview : unionBounds(idx.named.map((r) => r.properties.focus))! };
  }

  /** Starts a round on the text's places; the question maker loads on first use (the first view does not need it). */
  async start(index: LinkIndex, seed: number): Promise<void> {
    const { makeQuiz } = await import('../model/quiz');
    this.#places = index;
    this.seed = seed;
    this.questions = makeQuiz(index.named.map((r) => r.properties.id), seed);
    this.index = 0;
    this.score = 0;
    this.answer = null;
    this.selection.enter(this);
    // The address says which round is played, so it can be shared as it is (a link to it already does).
    if (readPage(location.search).quiz !== seed) history.pushState(null, '', quizUrl(location.href, seed));
  }

  /** Records an answer to the current question (once). */
  respond(given: string): void {
    const q = this.question;
    if (!q || this.answer) return;
    const correct = given === q.region;
    this.answer = { given, correct };
    if (correct) this.score++;
  }

  next(): void {
    this.answer = null;
    this.index++;
  }

  /** Leaves the round (its button, Esc): the address without it is a new entry, so Back returns to the round. */
  stop(): void {
    if (this.active) history.pushState(null, '', quizUrl(location.href, null));
    this.#leave();
  }

  #leave(): void {
    this.selection.leave(this);
    this.questions = [];
    this.answer = null;
  }
}
