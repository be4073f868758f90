// The browser and the command line link a text the same way: the New atlas
// view's worker (src/lib/draft/link.worker.ts, run here as a module with the
// gazetteer it would fetch) and `npm run link` (a separate process) give the
// same document, mention for mention, on every evaluation text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { LinkResponse } from '../../src/lib/draft/link.worker';
import { evalTexts } from '../linker-eval/evaluate';
import { root } from './helpers';

test('the worker and npm run link agree on every evaluation text', async () => {
  // One document of all the texts, each kept apart by blank lines.
  const text = evalTexts().map((t) => t.text.trim()).join('\n\n');
  const file = join(mkdtempSync(join(tmpdir(), 'parity-')), 'texts.txt');
  writeFileSync(file, text);
  const cli = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/link.ts'), file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(cli.status, cli.stderr).toBe(0);

  // The worker's world: a `self` to post to, and the gazetteer at the URL the page gives it.
  const replies: LinkResponse[] = [];
  const scope = globalThis as unknown as { self: { postMessage: (r: LinkResponse) => void; onmessage: (e: { data: unknown }) => Promise<void> } };
  scope.self = { postMessage: (r) => replies.push(r), onmessage: async () => {} };
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (url: string) => {
    expect(url).toBe('https://atlas.test/data/gazetteer.json');
    return new Response(readFileSync(join(root, 'public/data/gazetteer.json')));
  }) as typeof fetch;
  try {
    await import('../../src/lib/draft/link.worker');
    await scope.self.onmessage({ data: { type: 'init', gazetteer: 'https://atlas.test/data/gazetteer.json' } });
    await scope.self.onmessage({ data: { id: 1, type: 'link', text } });
  } finally {
    globalThis.fetch = realFetch;
  }
  const reply = replies.find((r) => r.id === 1)!;
  expect(reply.type).toBe('link');
  const browser = reply.type === 'link' ? reply.doc : null;
  const command = JSON.parse(cli.stdout);
  expect(browser!.paragraphs.length).toBeGreaterThan(50);
  expect(browser!.paragraphs.flatMap((p) => p.mentions).length).toBeGreaterThan(450);
  expect(browser).toEqual(command);
});
