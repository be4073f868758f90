// Find where the statement names each region, with the one linker
// (src/lib/linker) over the regions' own terms: whole words, the longer term
// first where two overlap ("Taiwan" inside "Taiwan Strait", "Republic of
// Korea" inside "Democratic People's Republic of Korea"), so each span of
// text names exactly the place it means. The flagship's links are these.
import { termLinker } from '../../../src/lib/linker/link';

export { termLinker };
import type { RegionMention } from '../../../src/lib/model/types';

export interface RegionTerms {
  region: string;
  terms: string[];
}

/**
 * Mentions of the given regions in one paragraph, sorted by position.
 * Several regions may share one span (the "reclaimed features" name two
 * archipelagos).
 */
export function findMentions(text: string, regions: RegionTerms[], linker = termLinker(regions)): RegionMention[] {
  return linker.link(text).mentions.map((m) => ({ region: m.place, start: m.start, end: m.end, text: m.text }));
}
