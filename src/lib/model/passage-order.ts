// The order a place's card lists its passages in.
import type { Paragraph } from './types';

/**
 * The passages in reading order, but with `current` (a tour step's own
 * paragraph) first: a step's card opens at what the step is about, not at the
 * place's first mention. Unchanged when `current` is null or not among them.
 */
export function stepFirst(passages: Paragraph[], current: string | null): Paragraph[] {
  const at = passages.findIndex((p) => p.id === current);
  return at > 0 ? [passages[at]!, ...passages.slice(0, at), ...passages.slice(at + 1)] : passages;
}
