// Nothing from a URL or a message may reach the DOM as HTML: the source has no
// {@html}, no innerHTML/outerHTML/insertAdjacentHTML, no document.write, no eval.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { root } from './helpers';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(svelte|ts|js)$/.test(n) ? [p] : [];
  });

test('no HTML sinks in the app, the embed loader or the service worker', () => {
  const sources = [...files(join(root, 'src')), join(root, 'public/embed.js')];
  expect(sources.length).toBeGreaterThan(20);
  const sinks = /\{@html|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(|parseFromString|createContextualFragment/;
  const found = sources.filter((f) => sinks.test(readFileSync(f, 'utf8'))).map((f) => f.slice(root.length + 1));
  // One page is HTML: a worksheet made in the browser, parsed into its own tab. Its HTML is made by
  // src/lib/worksheet/sheet.ts, which escapes every text it writes (worksheet-browser.test.ts puts markup in a text).
  expect(found).toEqual(['src/lib/worksheet/open.ts']);
});
