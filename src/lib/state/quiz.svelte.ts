// A quiz round in progress: the questions, where we are, the score.
import type { Question } from '../model/quiz';

export interface Answer {
  given: string;
  correct: boolean;
}

export class Quiz {
  active = $state(false);
  seed = $state(0);
  questions = $state.raw<Question[]>([]);
  index = $state(0);
  score = $state(0);
  answer = $state.raw<Answer | null>(null);

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

  /** Starts a round; the question maker loads on first use (the first view does not need it). */
  async start(regionIds: string[], seed: number): Promise<void> {
    const { makeQuiz } = await import('../model/quiz');
    this.seed = seed;
    this.questions = makeQuiz(regionIds, seed);
    this.index = 0;
    this.score = 0;
    this.answer = null;
    this.active = true;
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

  stop(): void {
    this.active = false;
    this.questions = [];
    this.answer = null;
  }
}
