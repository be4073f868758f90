// A part of the atlas fetched on first use, remembered once in: the next time
// it is shown (or the first time, if it was fetched ahead, after the first
// view) it is drawn at once, not a task later as a resolved import() would be.

export interface LazyModule<M> {
  (): Promise<M>;
  /** The module, once loaded; null before (reactive). */
  readonly current: M | null;
}

/** Wraps a dynamic import: one fetch however often called, a failed one tried again on the next call. */
export function lazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  let current = $state.raw<M | null>(null);
  let pending: Promise<M> | null = null;
  const get = () =>
    (pending ??= load().then(
      (m) => (current = m),
      (e: unknown) => {
        pending = null;
        throw e;
      },
    ));
  return Object.defineProperty(get, 'current', { get: () => current }) as LazyModule<M>;
}
