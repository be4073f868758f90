// Work for the next action, done once the first view is drawn: a reader's first
// click should not wait for code fetched only then (the selection panel and its
// strings), and the first view should not wait for it either.

/** The mark set when the first view is fully drawn (the benchmark reads it too). */
export const FIRST_IDLE = 'atlas:first-idle';

let waiting: (() => void)[] | null = [];

/**
 * Runs `work` once, as soon as the first view is drawn (at once if it is): the
 * map is idle then. (Not at the browser's next idle period: while the GPU is
 * still drawing the last frame, as on a software renderer, none comes for a
 * second or more, and a reader may click before.) Only for a live map: without
 * one the first view is never marked.
 */
export function afterFirstView(work: () => void): void {
  if (waiting) waiting.push(work);
  else work();
}

/** The map says its first view is drawn: marked, and the waiting work started in the same task. */
export function markFirstView(): void {
  if (!waiting) return;
  performance.mark(FIRST_IDLE);
  const due = waiting;
  waiting = null;
  for (const work of due) work();
}
