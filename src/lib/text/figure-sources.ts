// The published figures a place's card quotes beside its computed geography
// (an area, distances), and their sources, numbered after the card's own.
import type { Citation, Geography } from '../model/types';

/** The measures that concern a place, and the card's sources followed by those its published figures add. */
export function figureSources(geography: Geography, regionId: string, sources: Citation[] = []) {
  const measures = geography.measures.filter((m) => m.regions.includes(regionId));
  const all = [...sources];
  for (const p of [geography.regions[regionId]?.publishedArea, ...measures.map((m) => m.published)]) {
    // "Publisher, Title: \"the words quoted\"": the list names the work; each URL once.
    if (p && !all.some((c) => c.url === p.url)) all.push({ title: p.source.split(': "')[0]!, url: p.url });
  }
  return { measures, sources: all };
}
