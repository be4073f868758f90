// Region ↔ paragraph links: exact, complete in both directions, and only where the text names the place.
import { describe, expect, test } from 'vitest';
import { checkStepFocus, checkTour } from '../../geodata/build/steps/export';
import { findMentions } from '../../geodata/build/steps/mentions';
import { LinkIndex } from '../../src/lib/model/link-index';
import { paragraphs, readJson, regions, statement } from './helpers';

const ps = paragraphs();
const features = regions().features;
const ids = features.map((f) => f.properties.id);

const REQUIRED_IDS = [
  'senkaku-islands', 'southwest-islands', 'okinawa', 'henoko', 'futenma', 'east-china-sea', 'south-china-sea',
  'taiwan-strait', 'washington-dc', 'japan', 'united-states', 'indo-pacific', 'china', 'taiwan', 'north-korea',
  'republic-of-korea', 'russia', 'australia', 'india', 'philippines', 'spratly-islands', 'paracel-islands',
];

describe('regions and ids', () => {
  test('has exactly the fixed ids, unique and well-formed', () => {
    expect([...ids].sort()).toEqual([...REQUIRED_IDS].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  test('every region definition names its terms', () => {
    const defs = readJson<{ regions: { id: string; terms: string[] }[] }>('geodata/regions/regions.json').regions;
    for (const d of defs) expect(d.terms.length, d.id).toBeGreaterThan(0);
  });
});

describe('mentions', () => {
  test('every mention is exactly its paragraph slice and points at a real region', () => {
    for (const p of ps)
      for (const m of p.mentions) {
        expect(p.text.slice(m.start, m.end), `${p.id} ${m.region}`).toBe(m.text);
        expect(ids).toContain(m.region);
      }
  });

  test('every region is linked to at least one paragraph, and its passages match the mentions', () => {
    for (const f of features) {
      const fromText = ps.filter((p) => p.mentions.some((m) => m.region === f.properties.id)).map((p) => p.id);
      expect(fromText.length, f.properties.id).toBeGreaterThan(0);
      expect(f.properties.passages, f.properties.id).toEqual(fromText);
    }
  });

  test('links only where the text names the place', () => {
    const passages = (id: string) => features.find((f) => f.properties.id === id)!.properties.passages;
    expect(passages('senkaku-islands')).toEqual(['p3']);
    expect(passages('southwest-islands')).toEqual(['p5']);
    expect(passages('okinawa')).toEqual(['p6']);
    expect(passages('henoko')).toEqual(['p6']);
    expect(passages('futenma')).toEqual(['p6']);
    expect(passages('east-china-sea')).toEqual(['p13']);
    expect(passages('south-china-sea')).toEqual(['p13']);
    expect(passages('taiwan-strait')).toEqual(['p14']);
    expect(passages('taiwan')).toEqual(['p14']);
    expect(passages('washington-dc')).toEqual(['p1']);
    expect(passages('north-korea')).toEqual(['p15']);
    expect(passages('russia')).toEqual(['p15']);
    expect(passages('republic-of-korea')).toEqual(['p12', 'p15']);
  });

  test('"cross-Strait" names the Taiwan Strait; "Taiwan" inside "Taiwan Strait" does not name Taiwan', () => {
    const p14 = ps.find((p) => p.id === 'p14')!;
    expect(p14.mentions.filter((m) => m.region === 'taiwan-strait').map((m) => m.text)).toEqual(['Taiwan Strait', 'cross-Strait']);
    expect(p14.mentions.filter((m) => m.region === 'taiwan').map((m) => m.text)).toEqual(['Taiwan']);
    expect(p14.mentions.find((m) => m.region === 'taiwan')!.start).toBe(p14.text.indexOf("Taiwan's"));
  });

  test('the longer term wins: "Democratic People\'s Republic of Korea" is not the Republic of Korea', () => {
    const m = findMentions("the Democratic People's Republic of Korea and the Republic of Korea", [
      { region: 'north-korea', terms: ["Democratic People's Republic of Korea"] },
      { region: 'republic-of-korea', terms: ['Republic of Korea'] },
    ]);
    expect(m.map((x) => [x.region, x.start])).toEqual([['north-korea', 4], ['republic-of-korea', 50]]);
  });

  test('terms match whole words only', () => {
    expect(findMentions('Japanese and Japan', [{ region: 'japan', terms: ['Japan'] }]).map((m) => m.start)).toEqual([13]);
  });

  test('one span may name several regions ("reclaimed features")', () => {
    const p13 = ps.find((p) => p.id === 'p13')!;
    const rf = p13.mentions.filter((m) => m.text === 'reclaimed features').map((m) => m.region).sort();
    expect(rf).toEqual(['paracel-islands', 'spratly-islands']);
  });
});

describe('mention by mention: each names the place it means', () => {
  // Every mention of the statement, in reading order, as "text=region". Read
  // against the text by hand: "Futenma Replacement Facility" is the facility
  // at Henoko, not the air station; "Japan's" and "U.S.-Japan" name both
  // countries; "reclaimed features" names the two archipelagos the PRC has built up.
  const EXPECTED: Record<string, string> = {
    p1: "Washington, D.C.=washington-dc | U.S.=united-states | Japan=japan | Indo-Pacific=indo-pacific",
    p2: "U.S.=united-states | Japan=japan | U.S.=united-states | Japan=japan | Indo-Pacific=indo-pacific | Japan=japan | United States=united-states",
    p3: "United States=united-states | Japan=japan | U.S.=united-states | Japan=japan | Senkaku Islands=senkaku-islands | Japan=japan | Senkaku Islands=senkaku-islands",
    p4: "U.S.=united-states | Japan=japan | U.S.=united-states | Japan=japan | Japan=japan | Indo-Pacific=indo-pacific | Japan=japan | U.S.=united-states | Japan=japan",
    p5: "U.S.=united-states | Japan=japan | U.S.=united-states | Japanese=japan | Japan=japan | Southwest Islands=southwest-islands | U.S.=united-states | U.S.=united-states | Japanese=japan | United States=united-states | Japan=japan | U.S.=united-states | Japanese=japan | United States=united-states | Japan=japan | United States=united-states | Japan=japan | Japan=japan",
    p6: "U.S.=united-states | Japan=japan | Okinawa=okinawa | Futenma Replacement Facility=henoko | Henoko=henoko | Marine Corps Air Station (MCAS) Futenma=futenma",
    p7: "",
    p8: "United States=united-states | Japan=japan",
    p9: "Indo-Pacific=indo-pacific",
    p10: "United States=united-states | U.S.=united-states | Japan=japan",
    p11: "U.S.=united-states | Japan=japan",
    p12: "Indo-Pacific=indo-pacific | Japan=japan | Australia=australia | India=india | U.S.=united-states | Japan=japan | U.S.=united-states | Republic of Korea=republic-of-korea | ROK=republic-of-korea | Japan=japan | U.S.=united-states | Australia=australia | Japan=japan | U.S.=united-states | Philippines=philippines | United States=united-states | Japan=japan",
    p13: "People's Republic of China=china | PRC=china | East China Sea=east-china-sea | PRC=china | reclaimed features=paracel-islands | reclaimed features=spratly-islands | South China Sea=south-china-sea",
    p14: "Taiwan Strait=taiwan-strait | cross-Strait=taiwan-strait | Taiwan=taiwan",
    p15: "Democratic People's Republic of Korea=north-korea | DPRK=north-korea | DPRK=north-korea | DPRK=north-korea | DPRK=north-korea | Russia=russia | Japan=japan | U.S.=united-states | ROK=republic-of-korea | DPRK=north-korea | Japan=japan | United States=united-states",
    p16: "Japan=japan",
  };

  test.each(ps.map((p) => [p.id, p] as const))('%s', (id, p) => {
    expect(p.mentions.map((m) => `${m.text}=${m.region}`).join(' | ')).toBe(EXPECTED[id]);
  });

  test('the longer term wins: no mention lies inside another', () => {
    for (const p of ps)
      for (const a of p.mentions)
        for (const b of p.mentions)
          if (a !== b && b.end - b.start > a.end - a.start) expect(a.start >= b.start && a.end <= b.end, `${p.id}: "${a.text}" inside "${b.text}"`).toBe(false);
  });

  test('"Futenma" inside "Futenma Replacement Facility" is not the air station', () => {
    const p6 = ps.find((p) => p.id === 'p6')!;
    const frf = p6.text.indexOf('Futenma Replacement Facility');
    expect(p6.mentions.find((m) => m.start === frf)).toMatchObject({ region: 'henoko', text: 'Futenma Replacement Facility' });
    expect(p6.mentions.filter((m) => m.region === 'futenma').map((m) => m.text)).toEqual(['Marine Corps Air Station (MCAS) Futenma']);
    const m = findMentions('the Futenma Replacement Facility and MCAS Futenma', [
      { region: 'henoko', terms: ['Futenma Replacement Facility'] },
      { region: 'futenma', terms: ['Futenma'] },
    ]);
    expect(m.map((x) => [x.region, x.text])).toEqual([['henoko', 'Futenma Replacement Facility'], ['futenma', 'Futenma']]);
  });
});

describe('LinkIndex', () => {
  const index = new LinkIndex(statement(), regions());

  test('answers region → paragraphs and paragraph → regions, consistently', () => {
    expect(index.paragraphsOf('senkaku-islands').map((p) => p.id)).toEqual(['p3']);
    // p6 in reading order: "Futenma Replacement Facility" is Henoko's; the air station comes last.
    expect(index.regionsOf('p6')).toEqual(['united-states', 'japan', 'okinawa', 'henoko', 'futenma']);
    for (const id of ids)
      for (const p of index.paragraphsOf(id)) expect(index.regionsOf(p.id)).toContain(id);
  });

  test('lists mentions of a region inside a paragraph', () => {
    expect(index.mentionsOf('p3', 'senkaku-islands').map((m) => m.text)).toEqual(['Senkaku Islands', 'Senkaku Islands']);
  });

  test('knows what it does not know', () => {
    expect(index.hasRegion('atlantis')).toBe(false);
    expect(index.hasParagraph('p99')).toBe(false);
    expect(index.paragraphsOf('atlantis')).toEqual([]);
  });
});

describe('tour.json', () => {
  const tour = readJson<{ steps: { paragraph: string; regions: string[] }[] }>('public/data/tour.json').steps;

  test('one step per place-naming paragraph, in reading order, each showing places its paragraph names', () => {
    expect(tour.map((t) => t.paragraph)).toEqual(ps.filter((p) => p.mentions.length).map((p) => p.id));
    for (const t of tour) {
      const named = new Set(ps.find((p) => p.id === t.paragraph)!.mentions.map((m) => m.region));
      for (const r of t.regions) expect(named.has(r), `${t.paragraph} ${r}`).toBe(true);
    }
  });

  test('every step says in one sentence why its place matters, with a source', () => {
    const steps = readJson<{ steps: { paragraph: string; why: string; source: { url: string } }[] }>('public/data/tour.json').steps;
    for (const t of steps) {
      // One sentence: it ends once, abbreviations such as "U.S." aside.
      const plain = t.why.replace(/\b(U\.S|D\.C)\./g, '$1');
      expect(plain.split(/[.!?]\s+(?=[A-Z])/).length, t.paragraph).toBe(1);
      expect(plain, t.paragraph).toMatch(/[.]$/);
      expect(t.source.url, t.paragraph).toMatch(/^https:\/\//);
    }
    const s = statement();
    expect(() => checkTour(tour.map((t, i) => (i === 2 ? { ...t, why: '' } : t)) as never, s)).toThrow(/p3: needs one sentence/);
  });

  test('the build refuses a tour out of order or showing unnamed places', () => {
    const s = statement();
    expect(() => checkTour([...tour].reverse() as never, s)).toThrow(/in order/);
    const bad = tour.map((t) => (t.paragraph === 'p3' ? { ...t, regions: ['taiwan'] } : t));
    expect(() => checkTour(bad as never, s)).toThrow(/p3.*taiwan/);
  });

  test("the build refuses a step's own camera box that leaves out its first place, shows it small, or is no box", () => {
    const all = regions();
    const step = (focus: number[]) => [{ paragraph: 'p14', regions: ['taiwan-strait', 'taiwan'], focus }] as never;
    // The strait's label point is at 119.4°E 24.2°N; its box 117.3–122.1°E, 21.9–25.7°N.
    expect(() => checkStepFocus(step([116, 21, 123, 26]), all)).not.toThrow();
    expect(() => checkStepFocus(step([120, 21, 130, 30]), all)).toThrow(/p14.*label point of taiwan-strait/);
    expect(() => checkStepFocus(step([100, 0, 140, 40]), all)).toThrow(/p14.*shows taiwan-strait small/);
    expect(() => checkStepFocus(step([123, 21, 116, 26]), all)).toThrow(/p14.*not a box/);
    expect(() => checkStepFocus(step([116, 21, 123]), all)).toThrow(/p14.*not a box/);
    // Across the antimeridian: east may pass 180°.
    const us = [{ paragraph: 'p8', regions: ['united-states'], focus: [-140, 15, -60, 55] }] as never;
    expect(() => checkStepFocus(us, all)).not.toThrow();
  });
});
