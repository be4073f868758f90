// A whole text linked: its paragraphs, each with its mentions and the place
// each names (id, name, kind, label point, box), and every ambiguous name.
import type { GazetteerPlace } from './gazetteer';
import type { Ambiguity, Linker } from './link';
import { paragraphsOf } from './paragraphs';

export interface PlaceRef {
  id: string;
  name: string;
  kind: string;
  lon: number;
  lat: number;
  bbox: [number, number, number, number];
  verified: boolean;
}

export interface LinkedDocument {
  paragraphs: {
    text: string;
    heading: string | null;
    mentions: { start: number; end: number; text: string; place: PlaceRef }[];
  }[];
  /** Names several places share, left unlinked: the paragraph (0-based) and the span. */
  ambiguous: (Ambiguity & { paragraph: number })[];
}

const ref = (p: GazetteerPlace): PlaceRef => ({ id: p.id, name: p.name, kind: p.kind, lon: p.lon, lat: p.lat, bbox: p.bbox, verified: p.verified });

export function linkDocument(text: string, linker: Linker): LinkedDocument {
  const ambiguous: LinkedDocument['ambiguous'] = [];
  const paragraphs = paragraphsOf(text).map((p, i) => {
    const linked = linker.link(p.text);
    for (const a of linked.ambiguous) ambiguous.push({ paragraph: i, ...a });
    return {
      text: p.text,
      heading: p.heading,
      mentions: linked.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, place: ref(linker.places.get(m.place)!) })),
    };
  });
  return { paragraphs, ambiguous };
}
