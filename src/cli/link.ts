// npm run link -- path/to/text.txt
// Links a plain or Markdown text against the atlas's gazetteer
// (public/data/gazetteer.json) and prints the result as JSON on stdout; the
// schema is in the README ("The linker"). Bad input gets a message on stderr
// and exit code 2.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GazetteerFile } from '../lib/linker/gazetteer';
import { gazetteerLinker, linkDocument } from '../lib/linker/document';
import { checkText, MAX_TEXT_BYTES } from '../lib/linker/input';

function fail(message: string): never {
  process.stderr.write(`link: ${message}\n`);
  process.exit(2);
}

const path = process.argv[2];
if (!path || process.argv.length > 3) fail('give one text file: npm run link -- path/to/text.txt');
let size: number;
try {
  const s = statSync(path);
  if (!s.isFile()) fail(`${path} is not a file`);
  size = s.size;
} catch {
  fail(`${path}: no such file`);
}
if (size > MAX_TEXT_BYTES) fail(`${path} is ${(size / 1e6).toFixed(1)} MB; the linker takes texts up to ${MAX_TEXT_BYTES / 1e6} MB`);
const checked = checkText(readFileSync(path));
if (!checked.ok) fail(`${path}: ${checked.error}`);

const gazetteer = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/gazetteer.json'), 'utf8')) as GazetteerFile;
const result = linkDocument(checked.text, gazetteerLinker(gazetteer));
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
