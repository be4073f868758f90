// Rules against a maintained tagger (npx tsx tests/linker-eval/tagger.ts): the
// linker's reading rules alone, and with compromise's part-of-speech tags
// as a filter (drop what it tags a person or an organisation; keep only what it
// tags a place), scored on the English evaluation texts, and the tagger's time.
// Measured for issue 34: the rules alone score best, and the tagger takes over a
// minute a megabyte on this machine, so the linker keeps the rules and uses
// compromise only at build time (its lexicon: geodata/build/steps/name-flags.ts).
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { gazetteerLinker, linkDocument } from '../../src/lib/linker/document';
import { evalTexts, foundIn, goldPlaces, score, total } from './evaluate';
const l = gazetteerLinker(JSON.parse(readFileSync(new URL('../../public/data/gazetteer.json', import.meta.url), 'utf8')));
const P = goldPlaces();
const T = evalTexts().filter((t) => t.lang === 'en');
const spansTagged = (text: string, tags: string[]) => {
  const doc = nlp(text);
  const out: [number, number][] = [];
  for (const tag of tags) for (const m of doc.match(`#${tag}+`).json({ offset: true }) as { offset: { start: number; length: number } }[]) out.push([m.offset.start, m.offset.start + m.offset.length]);
  return out;
};
const rows: Record<string, ReturnType<typeof score>[]> = { rules: [], 'rules, less what compromise tags Person or Organization': [], 'rules, kept only where compromise tags Place': [] };
let ms = 0;
for (const t of T) {
  const found = foundIn(t.text, linkDocument(t.text, l));
  rows.rules!.push(score(t, found, P));
  const t0 = performance.now();
  const people = spansTagged(t.text, ['Person', 'Organization']);
  const places = spansTagged(t.text, ['Place']);
  ms += performance.now() - t0;
  const over = (f: { start: number; end: number }, xs: [number, number][]) => xs.some(([a, b]) => f.start < b && a < f.end);
  rows['rules, less what compromise tags Person or Organization']!.push(score(t, found.filter((f) => !over(f, people)), P));
  rows['rules, kept only where compromise tags Place']!.push(score(t, found.filter((f) => over(f, places)), P));
}
for (const [k, v] of Object.entries(rows)) { const s = total(v); console.log(`| ${k} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} |`); }
const chars = T.reduce((n, t) => n + t.text.length, 0);
console.log(`compromise tagged ${chars} characters in ${ms.toFixed(0)} ms: ${(ms * 1e6 / chars / 1000).toFixed(1)} s per MB`);
