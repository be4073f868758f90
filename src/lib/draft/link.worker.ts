// The linker off the main thread: a pasted megabyte links here while the
// page stays responsive. It loads the gazetteer once and answers three
// questions: link this text, find places by name, give the verified regions.
import { gazetteerLinker, linkDocument, placeRef as ref, type LinkedDocument, type PlaceRef } from '../linker/document';
import type { GazetteerFile, GazetteerPlace } from '../linker/gazetteer';
import type { Linker } from '../linker/link';
import { searchPlaces } from '../linker/search';

/** The first message names the gazetteer's URL (a worker has no document to resolve a relative one against). */
export type InitRequest = { type: 'init'; gazetteer: string };
export type LinkRequest = { id: number } & ({ type: 'link'; text: string } | { type: 'search'; query: string } | { type: 'curated' });
export type LinkResponse = { id: number } & (
  | { type: 'link'; doc: LinkedDocument; candidates: Record<string, PlaceRef> }
  | { type: 'search'; places: PlaceRef[] }
  | { type: 'curated'; places: GazetteerPlace[] }
  | { type: 'error'; message: string }
);

let loaded: Promise<{ linker: Linker; places: GazetteerPlace[] }> | null = null;
function gazetteer(url: string) {
  loaded ??= fetch(url).then(async (r) => {
    if (!r.ok) throw new Error(`gazetteer.json could not be loaded (HTTP ${r.status})`);
    const file = (await r.json()) as GazetteerFile;
    const linker = gazetteerLinker(file);
    return { linker, places: [...linker.places.values()] };
  });
  // A failed load is tried again on the next request.
  loaded.catch(() => (loaded = null));
  return loaded;
}

let url = '';

self.onmessage = async (e: MessageEvent<LinkRequest | InitRequest>) => {
  const req = e.data;
  if (req.type === 'init') return void (url = req.gazetteer);
  const reply = (r: LinkResponse) => self.postMessage(r);
  try {
    const { linker, places } = await gazetteer(url);
    if (req.type === 'link') {
      const doc = linkDocument(req.text, linker);
      const candidates: Record<string, PlaceRef> = {};
      for (const a of doc.ambiguous) for (const id of a.candidates) candidates[id] = ref(linker.places.get(id)!);
      reply({ id: req.id, type: 'link', doc, candidates });
    } else if (req.type === 'search') reply({ id: req.id, type: 'search', places: searchPlaces(places, req.query).map(ref) });
    else reply({ id: req.id, type: 'curated', places: places.filter((p) => p.verified) });
  } catch (err) {
    reply({ id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
