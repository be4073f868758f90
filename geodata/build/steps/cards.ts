// Every stated fact on a region's card must cite one of the card's sources:
// a card that says who administers or claims a place says where that comes from.
import type { RegionCard, RegionNames } from '../../../src/lib/model/types';

interface CardDef {
  id: string;
  names: RegionNames;
  card: RegionCard;
}

const hasNames = (n: RegionNames) => Boolean(n.alternatives?.length || n.ja || n.zh);

/** Throws on a fact without a citation, or a citation that is not one of the card's sources. */
export function checkCard({ id, names, card }: CardDef): RegionCard {
  const fail = (what: string): never => {
    throw new Error(`Region "${id}" card: ${what}`);
  };
  if (card.sources.length === 0) fail('no sources');
  const facts: [keyof RegionCard['cite'], boolean][] = [
    ['summary', true],
    ['names', hasNames(names)],
    ['administeredBy', Boolean(card.administeredBy)],
    ['claimedBy', Boolean(card.claimedBy?.length)],
  ];
  for (const [fact, stated] of facts) {
    const cites = card.cite[fact];
    if (stated && !cites?.length) fail(`"${fact}" cites no source`);
    if (!stated && cites) fail(`"${fact}" cites sources for a fact the card does not state`);
    for (const n of cites ?? []) if (!Number.isInteger(n) || n < 1 || n > card.sources.length) fail(`"${fact}" cites source ${n}, which is not on the card`);
  }
  return card;
}
