// The linker as it was before issue 34 (commit 5309f48), kept only as the
// speed benchmark's floor (tests/linker-eval/bench.ts): the same trie
// walk over the same gazetteer, without the reading rules or the context.
// The linker: text in, mentions of gazetteer places out. One module for the
// data build, the command line and the browser (no DOM, no Node).
//
// - Offsets are UTF-16 code units, as JavaScript strings count them.
// - Whole words only: a name must not sit inside a longer word ("Japan" is
//   not in "Japanese" unless "Japanese" is itself a name), but punctuation
//   around it is fine: "Japan's", "U.S.-Japan", "Japan-Australia-India-U.S.".
// - Longest match first, leftmost first: "Taiwan Strait" wins over "Taiwan",
//   "Democratic People's Republic of Korea" over "Republic of Korea".
// - A name that several places share is linked to the verified ones when any
//   has it (a verified term may name two regions on purpose: "reclaimed
//   features"), to the one place that has it otherwise, and else reported as
//   ambiguous, never guessed.
import type { GazetteerPlace } from '../../../src/lib/linker/gazetteer';

export interface Mention {
  start: number;
  end: number;
  text: string;
  place: string;
}

export interface Ambiguity {
  start: number;
  end: number;
  text: string;
  /** Ids of the places that share the name. */
  candidates: string[];
}

export interface Linked {
  mentions: Mention[];
  ambiguous: Ambiguity[];
}

interface Node {
  next: Map<string, Node>;
  /** Places whose name ends here. */
  places?: GazetteerPlace[];
}

/** Letters and digits of any script in the Latin, Greek and Cyrillic blocks count as word characters; CJK names sit between any characters. */
const WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}0-9]/u;
const isWord = (c: string | undefined) => c !== undefined && WORD.test(c);

export class Linker {
  private readonly root: Node = { next: new Map() };
  readonly places: ReadonlyMap<string, GazetteerPlace>;

  constructor(places: readonly GazetteerPlace[]) {
    this.places = new Map(places.map((p) => [p.id, p]));
    for (const p of places)
      for (const name of new Set([...p.names, ...(p.ja ? [p.ja] : []), ...(p.zh ? p.zh.split(' / ') : [])])) {
        if (!name) continue;
        let node = this.root;
        for (const c of name) {
          let child = node.next.get(c);
          if (!child) node.next.set(c, (child = { next: new Map() }));
          node = child;
        }
        (node.places ??= []).push(p);
      }
  }

  /** The mentions in one text (a paragraph), in reading order. */
  link(text: string): Linked {
    const mentions: Mention[] = [];
    const ambiguous: Ambiguity[] = [];
    let i = 0;
    while (i < text.length) {
      const match = isWord(text[i - 1]) && isWord(text[i]) ? null : this.longestAt(text, i);
      if (!match) {
        i++;
        continue;
      }
      const { end, places } = match;
      const span = { start: i, end, text: text.slice(i, end) };
      const verified = places.filter((p) => p.verified);
      const distinct = [...new Set((verified.length ? verified : places).map((p) => p.id))];
      if (verified.length || distinct.length === 1) for (const id of distinct.sort()) mentions.push({ ...span, place: id });
      else ambiguous.push({ ...span, candidates: distinct.sort() });
      i = end;
    }
    return { mentions, ambiguous };
  }

  /** The longest name starting at `start` that ends at a word boundary. */
  private longestAt(text: string, start: number): { end: number; places: GazetteerPlace[] } | null {
    let node: Node | undefined = this.root;
    let best: { end: number; places: GazetteerPlace[] } | null = null;
    let i = start;
    while (node && i < text.length) {
      // Walk by code point, so a name in a supplementary-plane script still matches.
      const c = String.fromCodePoint(text.codePointAt(i)!);
      node = node.next.get(c);
      i += c.length;
      if (node?.places && !(isWord(text[i - 1]) && isWord(text[i]))) best = { end: i, places: node.places };
    }
    return best;
  }
}

/** A linker that knows only the verified regions' curated terms: what the data build links in a text of the collection. */
export function termLinker(regions: readonly { region: string; terms: readonly string[] }[]): Linker {
  return new Linker(
    regions.map(({ region, terms }) => ({ id: region, name: region, names: [...terms], kind: 'region', lon: 0, lat: 0, bbox: [0, 0, 0, 0], verified: true, source: 'terms' })),
  );
}
