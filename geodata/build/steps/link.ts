// Link regions and paragraphs: each paragraph gets the mentions of every
// region it names; each region gets the paragraphs that name it.
import type { Section } from '../../../src/lib/model/types';
import { findMentions, type RegionTerms, termLinker } from './mentions';

export function linkSections(sections: Section[], regions: RegionTerms[]): Section[] {
  const linker = termLinker(regions);
  return sections.map((s) => ({
    ...s,
    paragraphs: s.paragraphs.map((p) => ({ ...p, mentions: findMentions(p.text, regions, linker) })),
  }));
}

/** Paragraph ids per region, in reading order. */
export function passagesByRegion(sections: Section[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of sections.flatMap((s) => s.paragraphs))
    for (const region of new Set(p.mentions.map((m) => m.region))) out.set(region, [...(out.get(region) ?? []), p.id]);
  return out;
}
