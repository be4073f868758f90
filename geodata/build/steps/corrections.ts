// A statement's curated corrections to the linker (geodata/statements/<id>/
// corrections.json, optional): mentions to unlink and spans to link by hand.
// Each names its paragraph and its exact words, so a correction that no
// longer fits the text stops the build instead of linking the wrong words.
import type { Correction, RegionMention, Section } from '../../../src/lib/model/types';

export interface Corrections {
  /** Mentions the linker found that do not name the place here. */
  unlink?: Omit<Correction, 'end'>[];
  /** Spans the linker missed, or linked to another place. */
  link?: Correction[];
}

export function applyCorrections(sections: Section[], corrections: Corrections | undefined, regionIds: ReadonlySet<string>): Section[] {
  if (!corrections) return sections;
  const byParagraph = new Map(sections.flatMap((s) => s.paragraphs).map((p) => [p.id, p]));
  const paragraph = (id: string, what: string) => {
    const p = byParagraph.get(id);
    if (!p) throw new Error(`Correction (${what}): no paragraph ${id}`);
    return p;
  };
  const out = new Map<string, RegionMention[]>([...byParagraph].map(([id, p]) => [id, [...p.mentions]]));
  for (const u of corrections.unlink ?? []) {
    const mentions = out.get(paragraph(u.paragraph, 'unlink').id)!;
    const i = mentions.findIndex((m) => m.start === u.start && m.text === u.text && m.region === u.region);
    if (i < 0) throw new Error(`Correction (unlink): ${u.paragraph} has no mention of ${u.region} as “${u.text}” at ${u.start}`);
    mentions.splice(i, 1);
  }
  for (const l of corrections.link ?? []) {
    const p = paragraph(l.paragraph, 'link');
    if (!regionIds.has(l.region)) throw new Error(`Correction (link): no region ${l.region}`);
    if (p.text.slice(l.start, l.end) !== l.text) throw new Error(`Correction (link): ${l.paragraph} does not read “${l.text}” at ${l.start}–${l.end}`);
    const mentions = out.get(p.id)!;
    if (!mentions.some((m) => m.start === l.start && m.end === l.end && m.region === l.region)) mentions.push({ region: l.region, start: l.start, end: l.end, text: l.text });
  }
  return sections.map((s) => ({
    ...s,
    paragraphs: s.paragraphs.map((p) => ({ ...p, mentions: out.get(p.id)!.sort((a, b) => a.start - b.start || a.region.localeCompare(b.region)) })),
  }));
}
