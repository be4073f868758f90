// How fast the linker links a megabyte (npx tsx tests/linker-eval/bench.ts):
// the evaluation texts repeated to 1 MB, linked as the New atlas view's worker
// links them (linkDocument over the world gazetteer), beside a floor measured
// in the same run on the same text and gazetteer: the linker before issue 34
// (baseline/link.ts, a bare trie walk). A benchmark, not a test: the machine's
// load moves both; compare the ratio. Prints the median of the rounds.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gazetteerLinker, linkDocument } from '../../src/lib/linker/document';
import { readGazetteer, type GazetteerFile } from '../../src/lib/linker/gazetteer';
import { paragraphsOf } from '../../src/lib/linker/paragraphs';
import { Linker as BaselineLinker } from './baseline/link';
import { evalTexts } from './evaluate';

const ROUNDS = Number(process.argv[2] ?? 7);
const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/gazetteer.json'), 'utf8')) as GazetteerFile;
const one = evalTexts().map((t) => t.text.trim()).join('\n\n');
let text = '';
while (text.length < 1_000_000) text += `${one}\n\n`;
text = text.slice(0, text.lastIndexOf('\n\n', 1_000_000));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (f: () => unknown) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (over ${cpus().length} means others were running)`);
console.log(`text: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${text.length} UTF-16 units, ${paragraphsOf(text).length} paragraphs`);
let linker!: ReturnType<typeof gazetteerLinker>;
const build = time(() => (linker = gazetteerLinker(file)));
let baseline!: BaselineLinker;
const buildBaseline = time(() => (baseline = new BaselineLinker(readGazetteer(file))));
console.log(`index the gazetteer (${file.places.length} places): ${build.toFixed(0)} ms; the baseline's trie: ${buildBaseline.toFixed(0)} ms`);
const now: number[] = [];
const floor: number[] = [];
let mentions = 0;
for (let r = 0; r < ROUNDS; r++) {
  // Alternating, so load that comes and goes falls on both.
  floor.push(time(() => paragraphsOf(text).forEach((p) => baseline.link(p.text))));
  now.push(time(() => (mentions = linkDocument(text, linker).paragraphs.reduce((n, p) => n + p.mentions.length, 0))));
}
console.log(`link 1 MB (${mentions} mentions): median ${median(now).toFixed(0)} ms (rounds: ${now.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`floor, the old linker on the same text: median ${median(floor).toFixed(0)} ms (rounds: ${floor.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`ratio: ${(median(now) / median(floor)).toFixed(2)}x the floor`);
