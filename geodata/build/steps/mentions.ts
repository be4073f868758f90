// Find where the statement names each region. A region lists the exact terms
// that name it; where two terms overlap ("Taiwan" inside "Taiwan Strait",
// "Republic of Korea" inside "Democratic People's Republic of Korea") the
// longer one wins, so each span of text names exactly the place it means.
import type { Mention } from '../../../src/lib/model/types';

export interface RegionTerms {
  region: string;
  terms: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** All occurrences of `term` in `text` that stand as whole words. */
function occurrences(text: string, term: string): [number, number][] {
  const re = new RegExp(`(?<![A-Za-z0-9])${escape(term)}(?![A-Za-z0-9])`, 'g');
  return [...text.matchAll(re)].map((m) => [m.index, m.index + term.length]);
}

/**
 * Mentions of the given regions in one paragraph, sorted by position.
 * Several regions may share one span (the "reclaimed features" name two
 * archipelagos); a span inside a longer one of another region is dropped.
 */
export function findMentions(text: string, regions: RegionTerms[]): Mention[] {
  const found: Mention[] = [];
  for (const { region, terms } of regions)
    for (const term of terms)
      for (const [start, end] of occurrences(text, term)) found.push({ region, start, end, text: term });

  const inside = (a: Mention, b: Mention) =>
    b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  const kept = found.filter((m) => !found.some((o) => inside(m, o)));
  const unique = new Map(kept.map((m) => [`${m.region}:${m.start}`, m]));
  return [...unique.values()].sort((a, b) => a.start - b.start || a.region.localeCompare(b.region));
}
