// Prints the linker's scores on the evaluation texts (npx tsx tests/linker-eval/report.ts):
// precision, recall, F1 and accuracy within 161 km for the texts used in tuning
// (dev), the held-out texts and the Japanese ones, and the errors by kind.
// `--errors` lists the dev texts' errors one by one (the held-out ones only
// with `--errors=all`: they are not for tuning).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gazetteerLinker, linkDocument } from '../../src/lib/linker/document';
import type { GazetteerFile } from '../../src/lib/linker/gazetteer';
import { evalTexts, foundIn, goldPlaces, score, total, type Score } from './evaluate';

const gazetteer = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/gazetteer.json'), 'utf8')) as GazetteerFile;
const linker = gazetteerLinker(gazetteer);
const places = goldPlaces();
const texts = evalTexts();
const scores = new Map(texts.map((t) => [t.id, score(t, foundIn(t.text, linkDocument(t.text, linker)), places)]));
const pick = (f: (t: (typeof texts)[number]) => boolean) => total(texts.filter(f).map((t) => scores.get(t.id)!));
const rows: [string, Score][] = [
  ['dev (tuned on)', pick((t) => t.set === 'dev')],
  ['held out', pick((t) => t.set === 'heldout')],
  ['English', pick((t) => t.lang === 'en')],
  ['Japanese', pick((t) => t.lang === 'ja')],
  ['all', pick(() => true)],
];
const pct = (v: number) => v.toFixed(3);
console.log('| texts | gold | found | precision | recall | F1 | within 161 km | placed (161 km or area) | flagged |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [name, s] of rows) console.log(`| ${name} | ${s.gold} | ${s.found} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${pct(s.accuracy161)} | ${pct(s.accuracyPlaced)} | ${s.flagged} |`);
const all = rows.at(-1)![1];
const kinds = new Map<string, { dev: number; heldout: number }>();
for (const t of texts) for (const e of scores.get(t.id)!.errors) {
  const k = kinds.get(e.kind) ?? { dev: 0, heldout: 0 };
  k[t.set]++;
  kinds.set(e.kind, k);
}
console.log('\n| error | dev | held out |\n|---|---|---|');
for (const [k, n] of [...kinds].sort((a, b) => b[1].dev + b[1].heldout - a[1].dev - a[1].heldout)) console.log(`| ${k} | ${n.dev} | ${n.heldout} |`);
const flag = process.argv.find((a) => a.startsWith('--errors'));
if (flag) for (const e of all.errors) if (flag === '--errors=all' || e.id.startsWith('dev')) console.log(`${e.id}\t${e.kind}\t${e.text}\t${e.detail}`);
