// The page's side of the linker worker: each question a promise.
import type { LinkedDocument, PlaceRef } from '../linker/document';
import type { GazetteerPlace } from '../linker/gazetteer';
import type { InitRequest, LinkRequest, LinkResponse } from './link.worker';

type Ask = LinkRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class LinkerClient {
  private readonly worker: Worker;
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (r: LinkResponse) => void; reject: (e: Error) => void }>();

  /** `gazetteer`: the absolute URL of gazetteer.json. */
  constructor(gazetteer: string) {
    this.worker = new Worker(new URL('./link.worker.ts', import.meta.url), { type: 'module', name: 'linker' });
    this.worker.postMessage({ type: 'init', gazetteer } satisfies InitRequest);
    this.worker.onmessage = (e: MessageEvent<LinkResponse>) => {
      const w = this.waiting.get(e.data.id);
      this.waiting.delete(e.data.id);
      if (e.data.type === 'error') w?.reject(new Error(e.data.message));
      else w?.resolve(e.data);
    };
    this.worker.onerror = (e) => {
      for (const w of this.waiting.values()) w.reject(new Error(e.message || 'the linker stopped'));
      this.waiting.clear();
    };
  }

  private ask(q: Ask): Promise<LinkResponse> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...q, id });
    });
  }

  async link(text: string): Promise<{ doc: LinkedDocument; candidates: Record<string, PlaceRef> }> {
    const r = await this.ask({ type: 'link', text });
    return r.type === 'link' ? r : { doc: { paragraphs: [], ambiguous: [] }, candidates: {} };
  }

  async search(query: string): Promise<PlaceRef[]> {
    const r = await this.ask({ type: 'search', query });
    return r.type === 'search' ? r.places : [];
  }

  async curated(): Promise<GazetteerPlace[]> {
    const r = await this.ask({ type: 'curated' });
    return r.type === 'curated' ? r.places : [];
  }

  stop(): void {
    this.worker.terminate();
  }
}
