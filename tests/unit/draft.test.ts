// The New atlas view's model: reviewed links, drafts checked from any source,
// storage that says when it fails, share links, and the exported folder the
// data build accepts.
import { describe, expect, test } from 'vitest';
import { gazetteerLinker, linkDocument } from '../../src/lib/linker/document';
import { searchPlaces } from '../../src/lib/linker/search';
import { readGazetteer, type GazetteerFile } from '../../src/lib/linker/gazetteer';
import { newDraft, parseDraft, parseShared } from '../../src/lib/draft/draft';
import { anchor, decide, linksOf, placesOf, review, type Decision } from '../../src/lib/draft/review';
import { shiftDecisions } from '../../src/lib/draft/shift';
import { DraftStore } from '../../src/lib/draft/store';
import { decodeShared, encodeShared, sharedIn } from '../../src/lib/draft/share';
import { correctionsFor, dateLine, folderFiles, folderId, folderProblems } from '../../src/lib/draft/folder';
import { buildStatement } from '../../geodata/build/steps/export';
import { readJson } from './helpers';

const gazetteer = readJson<GazetteerFile>('public/data/gazetteer.json');
const linker = gazetteerLinker(gazetteer);
const places = readGazetteer(gazetteer);
const TEXT = 'Japan and Georgia met in Santiago.\n\nThe Taiwan Strait and Japan.';
const doc = () => linkDocument(TEXT, linker);
const japan = places.find((p) => p.id === 'japan')!;
const ref = (id: string) => {
  const p = places.find((x) => x.id === id)!;
  return { id: p.id, name: p.name, kind: p.kind, lon: p.lon, lat: p.lat, bbox: p.bbox, verified: p.verified };
};
const span = (paragraph: number, text: string, from = 0) => {
  const t = doc().paragraphs[paragraph]!.text;
  const start = t.indexOf(text, from);
  return { paragraph, start, end: start + text.length, text };
};

describe('review: the linker’s mentions with the user’s decisions', () => {
  test('found, ambiguous, unlinked, linked by hand and accepted', () => {
    const decisions: Decision[] = [
      { ...span(0, 'Georgia'), action: 'unlink' },
      { ...span(0, 'Santiago'), action: 'link', place: ref('santiago-chile') },
      { ...span(1, 'Taiwan Strait'), action: 'accept' },
    ];
    const r = review(doc(), decisions);
    const status = r.paragraphs.flatMap((p) => p.mentions.map((m) => `${m.text}:${m.status}:${m.places.map((x) => x.id).join('+')}`));
    expect(status).toEqual(['Japan:found:japan', 'Georgia:unlinked:', 'Santiago:linked:santiago-chile', 'Taiwan Strait:accepted:taiwan-strait', 'Japan:found:japan']);
    expect(r.stale).toEqual([]);
    expect(linksOf(r).map((l) => l.place.id)).toEqual(['japan', 'santiago-chile', 'taiwan-strait', 'japan']);
    expect(placesOf(r).map((p) => `${p.place.id}×${p.count}`)).toEqual(['japan×2', 'taiwan-strait×1', 'santiago-chile×1']);
  });

  test('without decisions, a shared name is linked to the likelier place and flagged for the user, with its candidates', () => {
    const santiago = review(doc(), []).paragraphs[0]!.mentions.find((m) => m.text === 'Santiago')!;
    expect(santiago.status).toBe('ambiguous');
    expect(santiago.places.map((p) => p.id)).toEqual(['santiago-chile']);
    expect(santiago.candidates![0]).toBe('santiago-chile');
    expect(santiago.candidates).toContain('santiago-dominican-republic');
  });

  test('a decision about the same span replaces the earlier one, and null restores the linker’s', () => {
    const s = span(0, 'Georgia');
    let d = decide([], s, { ...s, action: 'unlink' });
    d = decide(d, s, { ...s, action: 'accept' });
    expect(d).toEqual([{ ...s, action: 'accept' }]);
    expect(decide(d, s, null)).toEqual([]);
  });

  test('a decision follows its words when the text is edited around them, and one whose words are gone is reported', () => {
    // Decisions move by the edit itself (shift.ts, draft-shift.test.ts); review takes them where they are.
    const unlink: Decision = { ...span(0, 'Georgia'), action: 'unlink' };
    const edited = `Today, ${TEXT}`;
    const paras = (t: string) => linkDocument(t, linker).paragraphs.map((p) => p.text);
    const moved = shiftDecisions(paras(TEXT), paras(edited), [unlink]);
    const r = review(linkDocument(edited, linker), moved);
    expect(r.stale).toEqual([]);
    expect(r.decisions[0]!.start).toBe(unlink.start + 'Today, '.length);
    expect(r.paragraphs[0]!.mentions.find((m) => m.text === 'Georgia')!.status).toBe('unlinked');
    const replaced = TEXT.replace('Georgia', 'Armenia');
    const gone = shiftDecisions(paras(TEXT), paras(replaced), [unlink]);
    expect(review(linkDocument(replaced, linker), gone).stale).toEqual(gone);
    // A decision is where its words are, or stale: never moved to the same words elsewhere (here, another word's part).
    expect(anchor({ ...unlink, start: 5, end: 12 }, [{ text: 'Georgians and Georgia' }])).toBeNull();
    expect(anchor({ ...unlink, start: 14, end: 21 }, [{ text: 'Georgians and Georgia' }])).toMatchObject({ start: 14, end: 21 });
  });

  test('a span linked by hand replaces what the linker found across it', () => {
    const d: Decision = { ...span(1, 'Taiwan Strait and Japan'), action: 'link', place: ref('japan') };
    const r = review(doc(), [d]);
    expect(r.paragraphs[1]!.mentions.map((m) => `${m.text}:${m.status}`)).toEqual(['Taiwan Strait and Japan:linked']);
  });
});

describe('drafts from storage, links and files are checked', () => {
  test('a good draft passes; a damaged one says what is wrong', () => {
    const d = { ...newDraft(1), text: '<img src=x onerror=alert(1)>' };
    expect(parseDraft(JSON.parse(JSON.stringify(d)))).toEqual({ ok: true, value: d });
    expect(parseDraft({ ...d, version: 9 })).toMatchObject({ ok: false, error: expect.stringContaining('version 9') });
    expect(parseDraft({ ...d, id: '../x' })).toMatchObject({ ok: false });
    expect(parseDraft({ ...d, date: 'yesterday' })).toMatchObject({ ok: false, error: expect.stringContaining('yyyy-mm-dd') });
    expect(parseDraft({ ...d, decisions: [{ action: 'link', paragraph: 0, start: 0, end: 3, text: 'abc', place: { id: 'x' } }] })).toMatchObject({ ok: false });
    expect(parseShared({ draft: d, links: [{ paragraph: 0, start: 0, end: 2, text: 'ab', place: { ...ref('japan'), lat: 200 } }] })).toMatchObject({ ok: false });
    // The author's tour: kept as given, and checked like the rest.
    const toured = { ...d, tour: [{ paragraph: 'p2', title: 'Two' }] };
    expect(parseDraft(JSON.parse(JSON.stringify(toured)))).toEqual({ ok: true, value: toured });
    for (const tour of [{}, [{ paragraph: 'x', title: '' }], [{ paragraph: 'p1' }], [{ paragraph: 'p1', title: 'x'.repeat(201) }]])
      expect(parseDraft({ ...d, tour }), JSON.stringify(tour).slice(0, 40)).toMatchObject({ ok: false, error: expect.stringContaining('tour') });
  });
});

class MemoryStorage implements Storage {
  map = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length() {
    return this.map.size;
  }
  key = (i: number) => [...this.map.keys()][i] ?? null;
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => {
    const used = [...this.map].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0);
    if (used + k.length + v.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  };
  removeItem = (k: string) => void this.map.delete(k);
  clear = () => this.map.clear();
}

describe('drafts on this device', () => {
  test('saved, listed newest first, loaded, removed', () => {
    const store = new DraftStore(new MemoryStorage());
    const a = { ...newDraft(1, 'a'), title: 'A' };
    const b = { ...newDraft(2, 'b'), title: 'B' };
    expect(store.save(a, 5)).toEqual({ ok: true, at: 5, raw: JSON.stringify(a) });
    store.save(b);
    expect(store.list().map((d) => d.id)).toEqual(['b', 'a']);
    expect(store.load('a')).toEqual({ ok: true, value: a, raw: JSON.stringify(a), basedOn: null });
    store.remove('a');
    expect(store.load('a').ok).toBe(false);
  });

  test('a draft\'s links are kept beside it for the comparison: checked, small ones only, and gone with the draft', () => {
    const memory = new MemoryStorage();
    const store = new DraftStore(memory);
    const a = { ...newDraft(1, 'a'), text: TEXT };
    const links = linksOf(review(doc(), []));
    store.save(a);
    store.save({ ...newDraft(2, 'b'), text: TEXT });
    store.saveLinks('a', links);
    // b has no links kept: it is left out, as is a damaged entry.
    expect(store.atlases()).toEqual([{ draft: a, links }]);
    memory.setItem('statement-atlas:links:a', '[{"paragraph":"x"}]');
    expect(store.atlases()).toEqual([]);
    // A long text's links are not kept (and an older copy goes).
    store.saveLinks('a', links);
    store.saveLinks('a', Array.from({ length: 2000 }, () => links[0]!));
    expect(store.atlases()).toEqual([]);
    store.saveLinks('a', links);
    store.remove('a');
    expect(memory.getItem('statement-atlas:links:a')).toBeNull();
  });

  test('a full storage and a refused one are reported, never silent', () => {
    const full = new DraftStore(new MemoryStorage(100));
    expect(full.save({ ...newDraft(1, 'a'), text: 'x'.repeat(200) })).toMatchObject({ ok: false, reason: 'quota' });
    expect(new DraftStore(null).save(newDraft(1, 'a'))).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});

describe('share links', () => {
  test('an atlas survives the round trip through a link', async () => {
    const draft = { ...newDraft(1, 'a'), title: 'T', text: TEXT };
    const atlas = { draft, links: linksOf(review(doc(), [])) };
    const value = await encodeShared(atlas);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(sharedIn(`#atlas=${value}`)).toBe(value);
    expect(await decodeShared(value)).toEqual({ ok: true, value: atlas });
  });

  test('a cut, changed or oversized link gets a message a reader can act on', async () => {
    const value = await encodeShared({ draft: newDraft(1, 'a'), links: [] });
    expect(await decodeShared(value.slice(0, 10))).toMatchObject({ ok: false, error: expect.stringContaining('damaged') });
    expect(await decodeShared('<script>')).toMatchObject({ ok: false, error: expect.stringContaining('base64url') });
    // 30 MB of spaces deflate to a few KB: decoding stops at the cap instead of filling memory.
    const bomb = new Uint8Array(30_000_000).fill(32);
    const small = new Uint8Array(await new Response(new Blob([bomb]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    const b64 = Buffer.from(small).toString('base64url');
    expect(await decodeShared(b64)).toMatchObject({ ok: false, error: expect.stringContaining('larger than') });
  });
});

describe('the exported folder, as the data build reads it', () => {
  const regionDefs = readJson<{ regions: { id: string; terms: string[] }[] }>('geodata/regions/regions.json').regions;
  const verified = places.filter((p) => p.verified);

  test('its corrections make the build link exactly the verified places the user kept', () => {
    const text = 'Japan and the Republic of Korea met near the Senkaku Islands.\n\nJapan and Nippon watched the Taiwan Strait.';
    const d = linkDocument(text, linker);
    const p2 = d.paragraphs[1]!.text;
    const decisions: Decision[] = [
      // Unlink one of the build's own links, and link a word the build does not know.
      { paragraph: 1, start: p2.indexOf('Taiwan Strait'), end: p2.indexOf('Taiwan Strait') + 13, text: 'Taiwan Strait', action: 'unlink' },
      { paragraph: 1, start: p2.indexOf('Nippon'), end: p2.indexOf('Nippon') + 6, text: 'Nippon', action: 'link', place: ref('japan') },
    ];
    const r = review(d, decisions);
    const draft = { ...newDraft(1, 'a'), title: 'A Test', date: '2026-11-30', text };
    const folder = folderFiles(draft, r, verified, { draft, links: linksOf(r) });
    expect(folder.id).toBe('a-test-2026-11-30');
    const built = buildStatement({
      statement: { id: 'x', dataPath: 'x/', name: { en: 'x', ja: 'x' }, fullName: { en: 'x', ja: 'x' }, kind: { en: 'x', ja: 'x' } },
      statementAbout: JSON.parse(folder.files['about.json']!),
      statementText: folder.files['source.txt']!,
      statementSha256: '0',
      tour: JSON.parse(folder.files['tour.json']!).steps,
      corrections: JSON.parse(folder.files['corrections.json']!),
      regionDefs: regionDefs as never,
    });
    const got = built.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.mentions.map((m) => `${p.id}:${m.start}:${m.text}:${m.region}`)));
    const want = linksOf(r).filter((l) => l.place.verified).map((l) => `p${l.paragraph + 1}:${l.start}:${l.text}:${l.place.id}`);
    expect(got.sort()).toEqual(want.sort());
    expect(got).toContain(`p2:${p2.indexOf('Nippon')}:Nippon:japan`);
    expect(got.some((g) => g.includes('Taiwan Strait'))).toBe(false);
    expect(correctionsFor(r, verified)).toEqual(JSON.parse(folder.files['corrections.json']!));
    // The user's text as theirs: not official, no made-up metadata or reference.
    expect(built.source.official).toBe(false);
    expect(built.source.reference).toBeUndefined();
    expect(built.metadata).toBeUndefined();
    expect(folder.files['source.txt']).not.toMatch(/None|NOTE:/);
  });

  test('what the folder needs, and its name', () => {
    const d = { ...newDraft(1, 'a'), text: 'Some text.\n\nNOTE: this would end it.' };
    expect(folderProblems(d)).toEqual(['title', 'date', 'metadata']);
    expect(folderId({ title: 'Ōsaka: a “long” title about the sea, the islands and everything around them', date: '2026-01-02' })).toBe('osaka-a-long-title-about-the-sea-the-islands-and-2026-01-02');
    expect(dateLine('2025-02-07')).toBe('February 7, 2025');
  });
});

describe('the gazetteer search', () => {
  test('accents and case do not matter; verified regions come first', () => {
    expect(searchPlaces(places, 'sao paulo')[0]!.name).toBe('São Paulo');
    expect(searchPlaces(places, 'taiwan')[0]!.verified).toBe(true);
    expect(searchPlaces(places, '尖閣')[0]!.id).toBe('senkaku-islands');
    expect(searchPlaces(places, '   ')).toEqual([]);
    expect(japan.terms).toContain('Japan');
  });
});
