// The linker: text in, mentions of gazetteer places out. One module for the
// data build, the command line and the browser (no DOM, no Node).
//
// - Offsets are UTF-16 code units, as JavaScript strings count them.
// - Whole words only: a name must not sit inside a longer word ("Japan" is
//   not in "Japanese" unless "Japanese" is itself a name), but punctuation
//   around it is fine: "Japan's", "U.S.-Japan", "Japan-Australia-India-U.S.".
//   Japanese and Chinese names sit between any characters; one-character forms
//   (日, 米) name their places only in a compound of such forms (日米, 日中韓).
// - Longest match first, leftmost first: "Taiwan Strait" wins over "Taiwan",
//   "New Mexico" over "Mexico", "Rhode Island" over "Island".
// - Read as a reader reads (`rules`, on for the world gazetteer): a name that
//   is part of a longer capitalised name is not linked to its part ("Michael
//   Jordan", "Georgia Tech", "Paris Hilton"), nor one after a title ("Secretary
//   Rhode"); a name that is also a word ("Reading", "Mobile") is linked only
//   where the text reads as a place ("trains to Reading"); and a name once
//   used of a person in a text ("Michael Jordan") is that person's all through.
// - Disambiguation with context: a name several places share goes to the one
//   that matters most (population, kind), weighed with the text's other places
//   (Georgia beside Texas and Ohio is the U.S. state; "Columbus, Ohio" is in
//   Ohio). When the choice is close the mention is linked and flagged "check"
//   with its alternatives, never silently guessed.
// - Without `rules` (a text's curated terms), every whole-word match links, and
//   a name several verified regions share links to each ("reclaimed features").
import type { Mention, Span } from '../model/types';
import type { GazetteerPlace } from './gazetteer';

export interface Ambiguity extends Span {
  /** Ids of the places that share the name: the one linked first, then the alternatives. */
  candidates: string[];
}

export interface Linked {
  mentions: Mention[];
  /** The flagged mentions, each with its candidates (the same spans as in `mentions`). */
  ambiguous: Ambiguity[];
}

export interface LinkerOptions {
  /** Read the text as a reader would (see above); off: every whole-word match links. Default on. */
  rules?: boolean;
  /** Given names: a place after one is part of a person's name ("Michael Jordan"). */
  givenNames?: Iterable<string>;
}

/** Letters and digits of any script in the Latin, Greek and Cyrillic blocks count as word characters; CJK names sit between any characters. */
const WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}0-9]/u;
/** ASCII answered without a regular expression: the linker asks this of every character of a megabyte. */
function isWord(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return WORD.test(c);
}
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/u;
/** The same, for the one-character tests of the scan (every CJK script lies above U+2E80). */
const CJK = { test: (c: string) => c.charCodeAt(0) >= 0x2e80 && CJK_CHAR.test(c) };
const UPPER = /^\p{Lu}/u;
const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();

/** Capitalised words that start a sentence or a phrase without being part of a name. */
const FUNCTION_WORDS = new Set(
  'The A An In At On Of For From To And But Or Nor As By With Near Across Outside Inside Throughout Both Only Even Since When While After Before Under Over Between Among Amid Into Via Like Unlike Including Against Around Beyond Toward Towards Within Without Despite Than That This These Those Where If Our Their His Her Its All Some Many Most Every Each Also Then Meanwhile Elsewhere Separately However Yet So Not No Why How What Who Which Whether Although Though Because Until Upon About Along Through During Per Off Out Up Down Back Now Here There Today Tomorrow Yesterday Last Next Once Still Much More Several Few Two Three Four Five Six Seven Eight Nine Ten Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December We They He She It I You Visit Visiting Welcome Dear Both Neither Either Such Other Another Any Whose Whom Let Please Thanks Mostly Rather'.split(
    ' ',
  ),
);
/** Words that narrow a place without naming something else ("Southern California", "Greater Tokyo"). */
const MODIFIERS = new Set(
  'North South East West Northern Southern Eastern Western Central Northeast Northwest Southeast Southwest Northeastern Northwestern Southeastern Southwestern Upper Lower Greater Inner Outer Metropolitan Metro Downtown Rural Coastal Mainland Occupied Far Mid Northernmost Southernmost Suburban Urban Insular Peninsular Continental Communist Democratic Free Postwar Prewar Modern Ancient Old'.split(
    ' ',
  ),
);
/** Titles before a name that make it a person's ("Secretary Rhode", "Mr Jackson"). */
const TITLES = new Set(
  'Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sir Dame Lord Lady President Premier Chancellor Senator Sen. Rep. Representative Gov. Governor Mayor Secretary Ambassador Minister Judge Justice General Gen. Col. Lt. Capt. Sgt. Adm. Admiral Coach Pope King Queen Princess Rev. Father Sister Brother Chairman Chairwoman Chair Director Commissioner Detective Agent Officer Captain Colonel Sergeant Lieutenant Commander Deputy Spokesman Spokeswoman Spokesperson Envoy Speaker Leader Chief Professor Saint-'.split(
    ' ',
  ),
);
/** Words after a place that keep it a place: its government, forces, offices and sites ("Japan Coast Guard", "Texas Governor", "Houston airport"). */
const PLACE_HEADS = new Set(
  'President Presidents Prime Premier Minister Ministers Ministry Foreign Defense Defence Government Governments Governor Gov. Senator Senators Sen. Rep. Mayor Chancellor King Queen Emperor Embassy Embassies Ambassador Consulate Consul Army Navy Air Marine Marines Forces Coast Guard Police Military Secretary Department State Senate Assembly Legislature Parliament Congress Supreme Court Democrats Republicans Cabinet Treasury Office Council Airport Port Harbor Harbour Station Province Prefecture Region Governorate Oblast Delegation Officials Authorities Border Customs Premier Premiers Lawmakers Legislators Attorney Health Education Police Fire Public Tourism Trade Energy Interior Finance Justice Agriculture Transport Transportation Environment Environmental Metro Municipal Regional Provincial Federal Joint Mission Plan Treaty Alliance Agreement Accord Accords Initiative Corridor Consolidation Partnership Dialogue Framework Declaration Statement Summit Process Talks Relations Cooperation Coordination Strategy Vision Guidelines Economic Security Maritime Trilateral Bilateral Strait'.split(
    ' ',
  ),
);
/** Words before a name that read as a place: "in Reading", "to Nice", "between Dover and Calais". */
const PLACE_CUES = new Set('in at from to near outside around between across via toward towards into through throughout inside within off beyond visit visited visiting visits leave left leaving reach reached arrive arrived arrives capital city town port'.split(' '));
/** An institution's name before "of": what follows names the institution, not a place in the text. */
const ORG_OF = /\b(Bank|Banks|University|College|School|Institute|Museum|Church|Cathedral|Hospital|Club|Society|Academy|Association|Federation|League|Orchestra|Opera|Theatre|Theater|Zoo|Library|Company|Corporation|Conservatory|Archbishop|Bishop|Diocese|Duke|Duchess|Earl|Prince|Princess|Order|Knights|Friends|Sisters|Daughters|Sons) of (the )?$/;
/** "west of Boulder", "the port of Savannah", "the town of Reading": an "of" that puts a place after it. */
const OF_PLACE = /\b(north|south|east|west|northeast|northwest|southeast|southwest|outskirts|suburbs|edge|heart|centre|center|city|town|village|port|harbou?r|county|state|province|prefecture|region|capital|mayor|governor|residents|people|streets) of $/i;
/** Verbs of speech after a person's name: "Jordan told reporters". */
const SPEECH = /^(said|says|told|tells|added|wrote|tweeted|argued|insisted|replied|noted|explained|recalled|asked|urged|warned|announced|hoped|believes|believed|thinks|thought|agreed|declined|scored|joined|won)$/;

interface Entry {
  name: string;
  places: GazetteerPlace[];
}

interface Found extends Span {
  places: GazetteerPlace[];
  /** Matched as a one-character form inside a compound (日米). */
  compound?: boolean;
}

interface Candidate extends Found {
  paragraph: number;
  /** Its own words settled it ("Columbus, Ohio"): its choice holds for this mention only. */
  local?: boolean;
  ranked: { place: GazetteerPlace; score: number }[];
}

/** A Japanese or Chinese name field's forms: "钓鱼岛 / 釣魚臺", "大韓民国（韓国）" (both the whole and the short form). */
function cjkForms(s: string | undefined): string[] {
  return (s ?? '').split(' / ').flatMap((f) => {
    const inner = /^(.*?)[（(](.*?)[）)]$/.exec(f.trim());
    return inner ? [f.trim(), inner[1]!, inner[2]!] : [f.trim()];
  }).filter(Boolean);
}

const importanceOf = new WeakMap<GazetteerPlace, number>();
/** How much a place matters on its own, 0–100: what a name most often means when nothing else says. */
export function importance(p: GazetteerPlace): number {
  let known = importanceOf.get(p);
  if (known === undefined) importanceOf.set(p, (known = ownImportance(p)));
  return known;
}

function ownImportance(p: GazetteerPlace): number {
  if (p.verified) return 100;
  const log = (n: number) => Math.log10(Math.max(n, 1));
  switch (p.kind) {
    case 'country':
      return 85;
    case 'capital':
      return (p.pop ? 10 * log(p.pop) : 45) + 8;
    case 'city':
      return p.pop ? 10 * log(p.pop) : 35;
    case 'continent':
      return 82;
    case 'disputed':
      return 75;
    case 'ocean':
      return 78;
  }
  if (p.source === 'statement-atlas-list') return 80;
  if (isDivision(p)) return 78 - 3 * (p.sr ?? 6);
  // Seas, straits, physical regions: above a division named after them (the Red Sea, not Sudan's Red Sea State).
  return 78 - 3 * Math.min(p.sr ?? 6, 8);
}

const KM = (a: GazetteerPlace, b: GazetteerPlace) => {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
};
const isDivision = (p: GazetteerPlace) => !!p.cc && ['state', 'province', 'prefecture', 'county or region', 'region', 'oblast', 'division'].includes(p.kind) && p.source !== 'statement-atlas-list';
/** `outer` holds `inner`: its country, or its first-level division. */
function contains(outer: GazetteerPlace, inner: GazetteerPlace): boolean {
  if (outer === inner || !outer.cc || outer.cc !== inner.cc) return false;
  if (outer.kind === 'country') return inner.kind !== 'country';
  // A division holds towns and sites, not countries or seas.
  if (!isDivision(outer) || !['city', 'capital', 'site', 'district', 'island', 'shoal', 'reef'].includes(inner.kind)) return false;
  if (outer.a1 && inner.a1) return outer.a1 === inner.a1;
  const [w, s, e, n] = outer.bbox;
  if (w < e) return inner.lon >= w && inner.lon <= e && inner.lat >= s && inner.lat <= n;
  // A division known by its label point only: a town near that point.
  return KM(outer, inner) < 150;
}

const WATER_KINDS = new Set(['sea', 'ocean', 'strait', 'gulf', 'bay', 'channel', 'sound', 'lagoon', 'fjord', 'inlet']);
const WATER_NAME = /\b(Sea|Ocean|Strait|Straits|Gulf|Bay|Channel|Sound|Lagoon|Fjord|Inlet)\b|海$|海峡$|湾$|洋$/;
/** Words around a name that only a first-level division has. */
const DIVISION_BEFORE = /\b([Gg]overnor|[Ss]tate|[Pp]rovince|[Pp]refecture|[Ll]egislature) of (the )?$/;
const DIVISION_AFTER = /^(['’]s)? ([Gg]overnor|[Ss]tate [Ss]enate|[Ss]tate [Hh]ouse|[Ss]tatehouse|[Ll]egislature|[Ss]tate [Ll]egislature|[Pp]refecture|[Pp]rovince)\b/;
/** A city and the division named after it, one inside the other: the same place to a reader. */
const sameSeat = (a: GazetteerPlace, b: GazetteerPlace) => sameName(a, b) && !!a.cc && a.cc === b.cc && (contains(a, b) || contains(b, a) || KM(a, b) < 100);
const folded = new WeakMap<GazetteerPlace, string>();
const foldOf = (p: GazetteerPlace) => {
  let f = folded.get(p);
  if (f === undefined) folded.set(p, (f = p.name.normalize('NFKD').replace(/\p{M}/gu, '')));
  return f;
};
/** One name, accents aside: Ōsaka the prefecture and Osaka the city. */
const sameName = (a: GazetteerPlace, b: GazetteerPlace) => a.name === b.name || foldOf(a) === foldOf(b);

/** Below this lead over the runner-up, a choice is flagged "check". */
const SURE = 15;
/** The other places of a text favour a candidate only if it is within this much of the most important one. */
const CONTEXT_REACH = 15;

export class Linker {
  readonly places: ReadonlyMap<string, GazetteerPlace>;
  private readonly rules: boolean;
  private readonly givenNames: ReadonlySet<string>;
  /** Names by their first word (Latin scripts) or first two characters (CJK), longest first. */
  private readonly byFirst = new Map<string, Entry[]>();
  /** One-character forms that name a place inside a compound. */
  private readonly compound = new Map<string, GazetteerPlace>();

  constructor(places: readonly GazetteerPlace[], options: LinkerOptions = {}) {
    this.places = new Map(places.map((p) => [p.id, p]));
    this.rules = options.rules ?? true;
    this.givenNames = new Set(options.givenNames ?? []);
    const entries = new Map<string, Entry>();
    for (const p of places) {
      for (const name of new Set([...p.names, ...cjkForms(p.ja), ...cjkForms(p.zh)])) {
        if (!name) continue;
        let e = entries.get(name);
        if (!e) entries.set(name, (e = { name, places: [] }));
        if (!e.places.includes(p)) e.places.push(p);
      }
      for (const c of p.compound ?? []) this.compound.set(c, p);
    }
    for (const e of entries.values()) {
      const key = this.keyOf(e.name, 0);
      const list = this.byFirst.get(key);
      if (list) list.push(e);
      else this.byFirst.set(key, [e]);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.name.length - a.name.length);
  }

  /** The index key of the text at `i`: its first word, or its first two CJK characters (one when that is all there is). */
  private keyOf(text: string, i: number): string {
    const c = String.fromCodePoint(text.codePointAt(i)!);
    if (CJK.test(c)) {
      const next = text.codePointAt(i + c.length);
      return next !== undefined && CJK.test(String.fromCodePoint(next)) ? c + String.fromCodePoint(next) : c;
    }
    if (!isWord(c)) return c;
    let j = i;
    while (j < text.length && isWord(text[j])) j++;
    return text.slice(i, j);
  }

  /** The mentions in one text (a paragraph), in reading order. */
  link(text: string): Linked {
    return this.linkAll([text])[0]!;
  }

  /** The mentions in each paragraph of one document: the paragraphs are each other's context. */
  linkAll(paragraphs: readonly string[]): Linked[] {
    const found = paragraphs.map((t) => this.scan(t));
    if (!this.rules) return found.map((fs) => this.plain(fs));
    const kept = found.map((fs, i) => this.recognise(paragraphs[i]!, fs));
    return this.resolve(paragraphs, kept);
  }

  /** Every whole-word name in a text, longest first, and the one-character compounds (日米). */
  private scan(text: string): Found[] {
    const out: Found[] = [];
    let i = 0;
    while (i < text.length) {
      const c = text[i]!;
      const cjk = CJK.test(c);
      if (!cjk && !(isWord(c) && !isWord(text[i - 1]))) {
        i++;
        continue;
      }
      let hit = this.longestAt(text, i, text);
      // A heading or dateline in capitals ("HOUSTON (Wire)", "NEW DELHI"): read in title case.
      if (!hit && !cjk && isUpper(c) && isUpper(text[i + 1]) && /^\p{Lu}{3,}$/u.test(this.keyOf(text, i))) {
        const upper = /^[\p{Lu}\s.'’-]+/u.exec(text.slice(i, i + 60))![0];
        const titled = upper.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
        hit = this.longestAt(titled, 0, titled);
        if (hit) hit = { end: i + hit.end, places: hit.places };
      }
      if (hit) {
        out.push({ start: i, end: hit.end, text: text.slice(i, hit.end), places: hit.places });
        i = hit.end;
        continue;
      }
      if (cjk && this.compound.has(c)) {
        // A run of one-character forms, two or more, that no longer name starts inside: 日米, 日中韓.
        let j = i;
        while (j < text.length && this.compound.has(text[j]!) && (j === i || !this.longestAt(text, j, text))) j++;
        if (j - i >= 2) {
          for (let k = i; k < j; k++) out.push({ start: k, end: k + 1, text: text[k]!, places: [this.compound.get(text[k]!)!], compound: true });
          i = j;
          continue;
        }
      }
      i += c.length;
    }
    return out;
  }

  /** The longest name at `i` of `text` that ends at a word boundary (boundaries judged on `original`). */
  private longestAt(text: string, i: number, original: string): { end: number; places: GazetteerPlace[] } | null {
    const list = this.byFirst.get(this.keyOf(text, i));
    if (!list) {
      // A single CJK character name (a CJK key of two characters misses it).
      const one = String.fromCodePoint(text.codePointAt(i)!);
      if (!CJK.test(one)) return null;
      const single = this.byFirst.get(one)?.find((e) => text.startsWith(e.name, i));
      return single ? { end: i + single.name.length, places: single.places } : null;
    }
    for (const e of list) {
      if (!text.startsWith(e.name, i)) continue;
      const end = i + e.name.length;
      if (isWord(original[end - 1]) && isWord(original[end])) continue;
      return { end, places: e.places };
    }
    // The two-character key holds the longer CJK names; a one-character name may still start here.
    const one = String.fromCodePoint(text.codePointAt(i)!);
    if (CJK.test(one) && one !== this.keyOf(text, i)) {
      const single = this.byFirst.get(one)?.find((e) => text.startsWith(e.name, i));
      if (single) return { end: i + single.name.length, places: single.places };
    }
    return null;
  }

  /** Without rules: every match links; a name verified regions share links to each, one unverified place links, several are reported. */
  private plain(found: Found[]): Linked {
    const mentions: Mention[] = [];
    const ambiguous: Ambiguity[] = [];
    for (const f of found) {
      if (f.compound) continue;
      const span = { start: f.start, end: f.end, text: f.text };
      const verified = f.places.filter((p) => p.verified);
      const distinct = [...new Set((verified.length ? verified : f.places).map((p) => p.id))].sort();
      if (verified.length || distinct.length === 1) for (const id of distinct) mentions.push({ ...span, place: id });
      else ambiguous.push({ ...span, candidates: distinct });
    }
    return { mentions, ambiguous };
  }

  /** The matches a reader would read as places (see the rules above); a match read as a person's name keeps no places and is marked. */
  private recognise(text: string, found: Found[]): (Found & { person?: boolean })[] {
    const out: (Found & { person?: boolean })[] = [];
    const headline = isHeadline(text);
    for (let k = 0; k < found.length; k++) {
      const f = found[k]!;
      if (f.compound || CJK.test(f.text[0]!) || !UPPER.test(f.text)) {
        out.push(f);
        continue;
      }
      const prev = wordBefore(text, f.start);
      const next = wordAfter(text, f.end);
      const compound = (text[f.start - 1] === '-' && found[k - 1]?.end === f.start - 1) || (text[f.end] === '-' && found[k + 1]?.start === f.end + 1);
      // A title or a given name before it: a person ("Secretary Rhode", "Michael Jordan").
      if (prev && (TITLES.has(prev.word) || this.givenNames.has(prev.word)) && !compound) {
        out.push({ ...f, places: [], person: true });
        continue;
      }
      // An institution named after the place: "the Bank of England", "the University of Texas" (not "the Governor of Georgia", "the Republic of Korea").
      if (!compound && ORG_OF.test(text.slice(Math.max(0, f.start - 40), f.start))) {
        out.push({ ...f, places: [] });
        continue;
      }
      // Part of a longer capitalised name: "Jack London", "Georgia Tech", "Paris Hilton", "Lake Victoria".
      if (!compound && !headline) {
        const before = prev && UPPER.test(prev.word) && !FUNCTION_WORDS.has(prev.word) && !MODIFIERS.has(prev.word) && !prev.possessive;
        const after = next && UPPER.test(next.word) && !FUNCTION_WORDS.has(next.word) && !PLACE_HEADS.has(next.word) && !/^\p{Lu}+$/u.test(next.word);
        if (before || after) {
          out.push({ ...f, places: [] });
          continue;
        }
      }
      const cue = !!prev && (PLACE_CUES.has(prev.word.toLowerCase()) || (prev.word === 'of' && OF_PLACE.test(text.slice(Math.max(0, f.start - 30), f.start))));
      const places = f.places.filter((p) => {
        if (strong(p)) return true;
        // A word of the language, capitalised: a place only where the text reads as one.
        if (p.common) return !headline && !!prev && !prev.start && (cue || (/^(and|or)$/.test(prev.word) && out.some((o) => o.places.length && o.end > f.start - 40)));
        if (p.person && next && SPEECH.test(next.word) && !cue && !(prev && /^(and|or)$/.test(prev.word))) return false;
        // A town named like a person (Warren, Lincoln, Madison), smaller than a city everyone knows: a place where the text puts it there, or in a list of places.
        if (p.person && (p.kind === 'city' || p.kind === 'capital') && (p.pop ?? 0) < 500_000)
          return cue || (!!prev && /^(and|or)$/.test(prev.word) && out.some((o) => o.places.length && o.end > f.start - 40)) || /^, \p{Lu}/u.test(text.slice(f.end, f.end + 3)) || (text[f.start - 2] === ',' && out.some((o) => o.places.length && o.end === f.start - 2));
        return true;
      });
      // The same list when nothing was left out: resolve works a name out once and reuses it.
      out.push(places.length === f.places.length ? f : { ...f, places });
    }
    return out;
  }

  /** Chooses each mention's place with the document's other places as context, and flags the close calls. */
  private resolve(paragraphs: readonly string[], found: (Found & { person?: boolean })[][]): Linked[] {
    // A name once read as a person's ("Michael Jordan") is the person's all through the text, unless the text puts it somewhere ("in Jordan").
    const people = new Set<string>();
    for (const fs of found) for (const f of fs) if (f.person) people.add(f.text);
    const candidates: Candidate[] = [];
    found.forEach((fs, paragraph) => {
      for (const f of fs) {
        if (!f.places.length) continue;
        if (people.has(f.text) && !f.places.some((p) => p.verified)) {
          const prev = wordBefore(paragraphs[paragraph]!, f.start);
          if (!(prev && PLACE_CUES.has(prev.word.toLowerCase()))) continue;
        }
        candidates.push({ ...f, paragraph, ranked: [] });
      }
    });
    // Each candidate's places with their scores, made when first needed (most mentions repeat a name already worked out).
    const rank = (c: Candidate) => {
      if (!c.ranked.length) c.ranked = c.places.map((place) => ({ place, score: importance(place) }));
      return c.ranked;
    };

    // The text's settled places: each name's own choice where it leads clearly (the only place of its name, a verified region, a country).
    const leader = new Map<GazetteerPlace[], GazetteerPlace | null>();
    const leads = (places: GazetteerPlace[]) => {
      if (places.length === 1) return places[0]!;
      let known = leader.get(places);
      if (known !== undefined) return known;
      let a = places[0]!;
      for (const p of places) if (importance(p) > importance(a)) a = p;
      known = places.every((b) => b === a || importance(a) - importance(b) >= SURE || sameSeat(a, b)) ? a : null;
      leader.set(places, known);
      return known;
    };
    const settled: GazetteerPlace[] = [];
    for (const c of candidates) {
      const a = leads(c.places);
      if (a) settled.push(a);
    }
    const byCountry = new Map<string, number>();
    /** The same, by name: a name's own mentions do not count for it (Wellington the city does not make Wellington the region likelier). */
    const byCountryName = new Map<string, number>();
    for (const p of settled)
      if (p.cc) {
        byCountry.set(p.cc, (byCountry.get(p.cc) ?? 0) + 1);
        byCountryName.set(`${p.cc}:${foldOf(p)}`, (byCountryName.get(`${p.cc}:${foldOf(p)}`) ?? 0) + 1);
      }
    // The distinct settled places of each country (a long text names the same few hundred again and again).
    const settledIn = new Map<string, GazetteerPlace[]>();
    for (const p of new Set(settled)) if (p.cc) settledIn.set(p.cc, [...(settledIn.get(p.cc) ?? []), p]);

    // "Columbus, Ohio", "Paris, France": the second names what holds the first.
    for (let k = 0; k + 1 < candidates.length; k++) {
      const a = candidates[k]!;
      const b = candidates[k + 1]!;
      if (a.paragraph !== b.paragraph || b.start - a.end > 3 || paragraphs[a.paragraph]![a.end] !== ',' || paragraphs[a.paragraph]!.slice(a.end + 1, b.start).trim()) continue;
      for (const ra of rank(a))
        for (const rb of rank(b))
          if (contains(rb.place, ra.place)) {
            ra.score += 60;
            rb.score += 60;
            a.local = b.local = true;
          }
    }

    // What the rest of the text says for a place: the same for each of its mentions, so worked out once.
    const context = new Map<GazetteerPlace, { country: number; other: number }>();
    const contextOf = (p: GazetteerPlace) => {
      let known = context.get(p);
      if (known) return known;
      // Places in the countries the text names elsewhere.
      const same = p.cc ? (byCountry.get(p.cc) ?? 0) - (byCountryName.get(`${p.cc}:${foldOf(p)}`) ?? 0) : 0;
      const near = p.cc ? (settledIn.get(p.cc) ?? []) : [];
      let other = 0;
      // In a division the text names, or a division holding a place it names.
      // (Not a place of the same name: Osaka the city does not make Osaka the prefecture likelier.)
      if (near.some((s) => !sameName(s, p) && ((isDivision(s) && contains(s, p)) || (isDivision(p) && contains(p, s))))) other += 25;
      // Other divisions of the same country named nearby: Georgia beside Texas and Ohio is a state.
      if (isDivision(p)) other += 10 * Math.min(near.filter((s) => !sameName(s, p) && isDivision(s)).length, 2);
      known = { country: 12 * Math.min(same, 4), other };
      context.set(p, known);
      return known;
    };
    const out: Linked[] = paragraphs.map(() => ({ mentions: [], ambiguous: [] }));
    // A name's choice, where only the text as a whole weighed in: every other mention of it is the same (a long text names the same places again and again).
    const chosen = new Map<GazetteerPlace[], { place: string; alternatives?: string[] }>();
    for (const c of candidates) {
      if (c.places.length === 1) {
        out[c.paragraph]!.mentions.push({ start: c.start, end: c.end, text: c.text, place: c.places[0]!.id });
        continue;
      }
      const paragraph = paragraphs[c.paragraph]!;
      const phrase = c.places.some(isDivision) && (DIVISION_BEFORE.test(paragraph.slice(Math.max(0, c.start - 30), c.start)) || DIVISION_AFTER.test(paragraph.slice(c.end, c.end + 30)));
      const memo = c.local || phrase ? undefined : chosen.get(c.places);
      if (memo) {
        const span = { start: c.start, end: c.end, text: c.text };
        if (memo.alternatives) {
          out[c.paragraph]!.mentions.push({ ...span, place: memo.place, confidence: 'check', alternatives: memo.alternatives });
          out[c.paragraph]!.ambiguous.push({ ...span, candidates: [memo.place, ...memo.alternatives] });
        } else out[c.paragraph]!.mentions.push({ ...span, place: memo.place });
        continue;
      }
      {
        const top = Math.max(...rank(c).map((r) => importance(r.place)));
        for (const r of c.ranked) {
          const p = r.place;
          const { country, other } = contextOf(p);
          // The country's weight counts among the candidates that matter about as much as the most important one (a village named Asia does not outweigh the continent).
          if (importance(p) >= top - CONTEXT_REACH) r.score += country;
          r.score += other;
          // What only a division has: "the Governor of Georgia", "Georgia's legislature", "the state of Victoria".
          if (phrase && isDivision(p)) r.score += 40;
          // A name that says it is water ("the Red Sea", "Gulf of Mexico") names the water, not a division or a town named after it.
          if (WATER_KINDS.has(p.kind) && WATER_NAME.test(c.text)) r.score += 20;
          // A large city is what a text most often means by the name it shares with its division (New York, Tokyo, Tbilisi): the division yields to it.
          if (isDivision(p) && c.ranked.some((o) => (o.place.kind === 'city' || o.place.kind === 'capital') && (o.place.pop ?? 0) >= 5e5 && sameSeat(o.place, p))) r.score -= 15;
        }
      }
      const verified = c.ranked.filter((r) => r.place.verified);
      const span = { start: c.start, end: c.end, text: c.text };
      const linked = out[c.paragraph]!;
      if (verified.length > 1) {
        // A curated term that names several verified regions on purpose ("reclaimed features").
        for (const id of [...new Set(verified.map((r) => r.place.id))].sort()) linked.mentions.push({ ...span, place: id });
        continue;
      }
      const ranked = [...c.ranked].sort((x, y) => y.score - x.score || importance(y.place) - importance(x.place) || x.place.id.localeCompare(y.place.id));
      const best = ranked[0]!;
      const others = ranked.slice(1).filter((r) => r.place.id !== best.place.id);
      // A city and the division of its name (Tbilisi, Seoul) are one choice: no need to check.
      const close = others.filter((r) => best.score - r.score < SURE && !sameSeat(best.place, r.place));
      if (close.length) {
        const alternatives = others.slice(0, 5).map((r) => r.place.id);
        linked.mentions.push({ ...span, place: best.place.id, confidence: 'check', alternatives });
        linked.ambiguous.push({ ...span, candidates: [best.place.id, ...alternatives] });
        if (!c.local && !phrase) chosen.set(c.places, { place: best.place.id, alternatives });
      } else {
        linked.mentions.push({ ...span, place: best.place.id });
        if (!c.local && !phrase) chosen.set(c.places, { place: best.place.id });
      }
    }
    return out;
  }
}

/** The word just before `i` (one space between), with whether it starts a sentence. */
function wordBefore(text: string, i: number): { word: string; start: boolean; possessive: boolean } | null {
  if (text[i - 1] !== ' ') return null;
  let j = i - 1;
  while (j > 0 && /[\p{L}\p{N}.'’-]/u.test(text[j - 1]!)) j--;
  let word = text.slice(j, i - 1);
  if (!word) return null;
  const possessive = /['’]s$/.test(word);
  // A sentence's last word before this one ends in its full stop: "… today. Jordan" has no word before.
  if (/[.]$/.test(word) && !/^(\p{Lu}\.)+$/u.test(word) && !TITLES.has(word)) return null;
  let k = j - 1;
  while (k >= 0 && text[k] === ' ') k--;
  const start = k < 0 || /[.!?:;"“”(\[—–]/.test(text[k]!);
  word = word.replace(/^['’]|['’]$/g, '');
  return { word, start, possessive };
}

/** The word just after `i` (one space between). */
function wordAfter(text: string, i: number): { word: string } | null {
  if (text[i] !== ' ') return null;
  const m = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(text.slice(i + 1, i + 40));
  return m ? { word: m[0].replace(/['’]s$|['’-]+$/, '') } : null;
}

/** A country, a continent, a verified region or a region the project lists: never a word or a person's name to the linker. */
const strong = (p: GazetteerPlace) => p.verified || p.kind === 'country' || p.kind === 'continent' || p.source === 'statement-atlas-list';

/** A headline or a title: most of its longer words capitalised, and no sentence's full stop at the end. */
function isHeadline(text: string): boolean {
  if (/[.!?]["”’)]?$/.test(text.trim())) return false;
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 3 && words.filter((w) => UPPER.test(w)).length / words.length >= 0.7;
}

/** A linker that knows only the verified regions' curated terms: what the data build links in a text of the collection. */
export function termLinker(regions: readonly { region: string; terms: readonly string[] }[]): Linker {
  return new Linker(
    regions.map(({ region, terms }) => ({ id: region, name: region, names: [...terms], kind: 'region', lon: 0, lat: 0, bbox: [0, 0, 0, 0], verified: true, source: 'terms' })),
    { rules: false },
  );
}
