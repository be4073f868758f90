// Every stated fact on a region's card must cite one of the card's sources:
// a card that says who administers or claims a place says where that comes from.
// Every other name says who uses it, and every number the card states says
// what holds it (a computed measure, the card's own parts, or a quoted source).
import type { CardFigure, RegionCard, RegionNames } from '../../../src/lib/model/types';

interface CardDef {
  id: string;
  summary?: string;
  names: RegionNames;
  card: RegionCard;
}

const hasNames = (n: RegionNames) => Boolean(n.alternatives?.length || n.ja || n.zh);

const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
// A designation such as "S-23" is a name, not a stated number.
const NUMBER = new RegExp(`(?<![A-Za-z]-|\\d)(?:\\d[\\d,.]*\\d|\\d)|\\b(?:${COUNT_WORDS.join('|')})\\b`, 'gi');

/** The numbers a text states, as written ("1,070", "five"). */
export const statedNumbers = (text: string): string[] => [...text.matchAll(NUMBER)].map((m) => m[0]);

/** The value of a stated number: "1,070" → 1070, "Five" → 5. */
export function numberValue(written: string): number {
  const word = COUNT_WORDS.indexOf(written.toLowerCase());
  return word >= 0 ? word + 2 : Number(written.replace(/,/g, ''));
}

/** The texts of a card that state facts, for the figure check. */
export const cardTexts = ({ summary, card }: CardDef): string[] =>
  [summary ?? '', card.administeredBy ?? '', ...(card.claimedBy ?? []), card.note ?? ''].filter(Boolean);

/** Throws on a fact without a citation, or a citation that is not one of the card's sources. */
export function checkCard(def: CardDef): RegionCard {
  const { id, names, card } = def;
  const fail = (what: string): never => {
    throw new Error(`Region "${id}" card: ${what}`);
  };
  if (card.sources.length === 0) fail('no sources');
  if (new Set(card.sources.map((c) => c.url)).size !== card.sources.length) fail('lists a source twice');
  const facts: [keyof RegionCard['cite'], boolean][] = [
    ['summary', true],
    ['names', hasNames(names)],
    ['administeredBy', Boolean(card.administeredBy)],
    ['claimedBy', Boolean(card.claimedBy?.length)],
    ['parts', Boolean(card.parts?.length)],
  ];
  const onCard = (n: number) => Number.isInteger(n) && n >= 1 && n <= card.sources.length;
  const citesOnCard = (fact: string, cites: number[] | undefined) => {
    for (const n of cites ?? []) if (!onCard(n)) fail(`"${fact}" cites source ${n}, which is not on the card`);
  };
  for (const [fact, stated] of facts) {
    const cites = card.cite[fact];
    if (stated && !cites?.length) fail(`"${fact}" cites no source`);
    if (!stated && cites) fail(`"${fact}" cites sources for a fact the card does not state`);
    citesOnCard(fact, cites);
  }
  // The note says how the map draws the place: its source is the shape's own (the card's "Shape:" line), and it may cite more.
  if (!card.note && card.cite.note) fail('"note" cites sources for a note the card does not have');
  citesOnCard('note', card.cite.note);
  for (const alt of names.alternatives ?? [])
    if (!alt.name?.trim() || !alt.usedBy?.trim()) fail(`the other name "${alt.name ?? ''}" does not say who uses it`);
  for (const p of card.parts ?? [])
    if (!p.name || !p.group || !Number.isFinite(p.lon) || !Number.isFinite(p.lat) || (p.source?.length ?? 0) < 10) fail(`part "${p.name}" needs a group, a position and its source`);
  checkFigures(def, fail, onCard);
  return card;
}

/** Every number in the card's texts lies inside a declared figure, and every figure says what holds it. */
function checkFigures(def: CardDef, fail: (what: string) => never, onCard: (n: number) => boolean) {
  const texts = cardTexts(def);
  const figures: CardFigure[] = def.card.figures ?? [];
  for (const f of figures) {
    if (!texts.some((t) => t.includes(f.text))) fail(`figure "${f.text}" is not in the card's text`);
    if (statedNumbers(f.text).length !== 1) fail(`figure "${f.text}" must state exactly one number`);
    if ('parts' in f && !def.card.parts?.some((p) => p.group === f.parts)) fail(`figure "${f.text}" counts parts of group "${f.parts}", which the card lacks`);
    if ('quote' in f) {
      if (!f.cite.length || !f.cite.every(onCard)) fail(`figure "${f.text}" cites no source on the card`);
      if (!f.quote.replace(/,/g, '').includes(String(f.value))) fail(`figure "${f.text}": the quote does not give ${f.value}`);
    }
  }
  for (const t of texts) {
    let rest = t;
    for (const f of figures) rest = rest.split(f.text).join(' ');
    const loose = statedNumbers(rest);
    if (loose.length) fail(`"${loose[0]}" in "${t}" is a number no figure declares (geodata/regions/regions.json card.figures)`);
  }
}
