// A draft's links as the user has reviewed them: the linker's mentions, with
// the user's decisions laid over them. A decision names its paragraph and its
// exact words; edits move it with its words (shift.ts), and one whose words
// are gone is reported, never dropped silently nor moved onto other words.
import type { LinkedDocument, PlaceRef } from '../linker/document';
import type { Mention, Span } from '../model/types';

/** Words of a draft, in its paragraph. */
export interface DraftSpan extends Span {
  /** 0-based paragraph. */
  paragraph: number;
}

/** A link the reviewed text makes: one span, one place (a shared atlas carries these). */
export type DraftLink = DraftSpan & Pick<Mention<PlaceRef>, 'place'>;

/** What the user decided about a span: the linker's places are right, wrong, or another place is meant. `stale`: an edit changed its words. */
export type Decision = ((DraftSpan & { action: 'accept' }) | (DraftSpan & { action: 'unlink' }) | (DraftLink & { action: 'link' })) & { stale?: true };

/** found: the linker's, not yet reviewed; ambiguous: a shared name the linker linked to its likelier place and flagged "check", for the user to confirm or change. */
export type MentionStatus = 'found' | 'accepted' | 'unlinked' | 'linked' | 'ambiguous';

export interface ReviewedMention extends DraftSpan {
  /** The places the span names (empty when unlinked; for a flagged name, the linker's choice). */
  places: PlaceRef[];
  /** What the linker found there, for "restore". */
  found: PlaceRef[];
  status: MentionStatus;
  /** For an ambiguous name: the ids of the places that share it. */
  candidates?: string[];
}

export interface Reviewed {
  paragraphs: { text: string; heading: string | null; mentions: ReviewedMention[] }[];
  /** The decisions, each re-anchored to where its words now are. */
  decisions: Decision[];
  /** Decisions whose words the text no longer has. */
  stale: Decision[];
}

const sameSpan = (a: DraftSpan, b: DraftSpan) => a.paragraph === b.paragraph && a.start === b.start && a.end === b.end;
const overlaps = (a: DraftSpan, b: DraftSpan) => a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;
/** The decision where its words are, or null: its words are not at its place (an edit changed them). It is never moved to the same words elsewhere. */
export function anchor(d: Decision, paragraphs: readonly { text: string }[]): Decision | null {
  return !d.stale && paragraphs[d.paragraph]?.text.slice(d.start, d.end) === d.text ? d : null;
}

/** The linker's document with the decisions applied. `refs` resolves an ambiguous name's candidates (for the chooser). */
export function review(doc: LinkedDocument, decisions: readonly Decision[]): Reviewed {
  const paragraphs = doc.paragraphs.map((p, i) => {
    const bySpan = new Map<string, ReviewedMention>();
    for (const m of p.mentions) {
      const key = `${m.start}:${m.end}`;
      const had = bySpan.get(key);
      if (had) had.places.push(m.place);
      else bySpan.set(key, { paragraph: i, start: m.start, end: m.end, text: m.text, places: [m.place], found: [], status: 'found' });
    }
    return { text: p.text, heading: p.heading, mentions: [...bySpan.values()] };
  });
  for (const m of paragraphs.flatMap((p) => p.mentions)) m.found = [...m.places];
  // A flagged name: the linker's choice stays linked (on the map and in the text), marked for review with its candidates.
  for (const a of doc.ambiguous) {
    const p = paragraphs[a.paragraph];
    const at = p?.mentions.find((m) => m.start === a.start && m.end === a.end);
    if (at) Object.assign(at, { status: 'ambiguous', candidates: a.candidates });
    else p?.mentions.push({ paragraph: a.paragraph, start: a.start, end: a.end, text: a.text, places: [], found: [], status: 'ambiguous', candidates: a.candidates });
  }

  const kept: Decision[] = [];
  const stale: Decision[] = [];
  for (const raw of decisions) {
    const d = anchor(raw, paragraphs);
    if (!d) {
      stale.push(raw);
      continue;
    }
    const mentions = paragraphs[d.paragraph]!.mentions;
    const at = mentions.find((m) => sameSpan(m, d));
    if (d.action === 'link') {
      // A span linked by hand replaces whatever the linker found across it.
      for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i] !== at && overlaps(mentions[i]!, d)) mentions.splice(i, 1);
      if (at) Object.assign(at, { places: [d.place], status: 'linked' });
      else mentions.push({ ...spanOf(d), places: [d.place], found: [], status: 'linked' });
    } else if (!at || (at.status === 'ambiguous' && !at.places.length)) {
      // Accepting or unlinking what the linker no longer finds there.
      stale.push(raw);
      continue;
    } else if (d.action === 'unlink') Object.assign(at, { places: [], status: 'unlinked' });
    else at.status = 'accepted';
    kept.push(d);
  }
  for (const p of paragraphs) p.mentions.sort((a, b) => a.start - b.start);
  return { paragraphs, decisions: kept, stale };
}

const spanOf = (s: DraftSpan): DraftSpan => ({ paragraph: s.paragraph, start: s.start, end: s.end, text: s.text });

/** A decision about a span, replacing any earlier one about the same span; `null` removes it (back to the linker's). */
export function decide(decisions: readonly Decision[], span: DraftSpan, decision: Decision | null): Decision[] {
  const others = decisions.filter((d) => !sameSpan(d, span));
  return decision ? [...others, decision] : others;
}

/** The links the reviewed text makes: one per span and place. */
export function linksOf(r: Reviewed): DraftLink[] {
  return r.paragraphs.flatMap((p) => p.mentions.flatMap((m) => m.places.map((place) => ({ ...spanOf(m), place }))));
}

/** The places the reviewed text names, each with how many times, verified first, then by first mention. */
export function placesOf(r: Reviewed): { place: PlaceRef; count: number }[] {
  const seen = new Map<string, { place: PlaceRef; count: number }>();
  for (const l of linksOf(r)) {
    const had = seen.get(l.place.id);
    if (had) had.count++;
    else seen.set(l.place.id, { place: l.place, count: 1 });
  }
  return [...seen.values()].sort((a, b) => Number(b.place.verified) - Number(a.place.verified));
}
