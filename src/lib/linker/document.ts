// A whole text linked: its paragraphs, each with its mentions and the place
// each names (id, name, kind, label point, box), and every flagged name. The
// paragraphs are read together, so each is the others' context.
import type { GazetteerFile, GazetteerPlace } from './gazetteer';
import { readGazetteer } from './gazetteer';
import { type Ambiguity, Linker } from './link';
import { paragraphsOf } from './paragraphs';
import type { Mention } from '../model/types';

export interface PlaceRef {
  id: string;
  name: string;
  kind: string;
  lon: number;
  lat: number;
  bbox: [number, number, number, number];
  verified: boolean;
  /** The country it is in, by ISO code (absent for seas and world regions). */
  cc?: string;
  /** Which of the gazetteer's sources it comes from (gazetteer-sources.json), for its card. */
  source?: string;
}

export interface LinkedDocument {
  paragraphs: {
    text: string;
    heading: string | null;
    mentions: Mention<PlaceRef>[];
  }[];
  /** Names several places share that the linker flagged "check": the paragraph (0-based), the span, and the candidates, the one linked first. */
  ambiguous: (Ambiguity & { paragraph: number })[];
}

export const placeRef = (p: GazetteerPlace): PlaceRef => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  lon: p.lon,
  lat: p.lat,
  bbox: p.bbox,
  verified: p.verified,
  ...(p.cc ? { cc: p.cc } : {}),
  ...(p.verified ? {} : { source: p.source }),
});

/** The linker the command line and the browser build from a gazetteer file: the same places, the same given names. */
export function gazetteerLinker(file: GazetteerFile): Linker {
  return new Linker(readGazetteer(file), { givenNames: file.givenNames ?? [] });
}

/** A mention with its places held another way (an id resolved to the place), all else as it was, in the same order. */
const withPlaces = <A, B>({ alternatives, ...m }: Mention<A>, to: (p: A) => B): Mention<B> => ({
  ...m,
  place: to(m.place),
  ...(alternatives && { alternatives: alternatives.map(to) }),
});

export function linkDocument(text: string, linker: Linker): LinkedDocument {
  const ref = (id: string) => placeRef(linker.places.get(id)!);
  const ambiguous: LinkedDocument['ambiguous'] = [];
  const parts = paragraphsOf(text);
  const linked = linker.linkAll(parts.map((p) => p.text));
  const paragraphs = parts.map((p, i) => {
    const l = linked[i]!;
    for (const a of l.ambiguous) ambiguous.push({ paragraph: i, ...a });
    return {
      text: p.text,
      heading: p.heading,
      mentions: l.mentions.map((m) => withPlaces(m, ref)),
    };
  });
  return { paragraphs, ambiguous };
}
