/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/offline/csp.ts';
import { publicUrl, writeDeploymentFiles } from './src/offline/deployment.ts';

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path).map((f) => `${name}/${f}`) : [name];
  });
}

/** Files in the build that are not the atlas's: instructions for the host, never served (and so never precached). */
const HOST_FILES = new Set(['_headers', 'sw.js']);
/** Files only some readers need (the New atlas view's world gazetteer, 1 MB gzip; the land of the worksheets made in the browser, 160 KB): the worker keeps them when first used, not at install, so a reader of the statement never downloads them. */
const ON_USE = new Set(['data/gazetteer.json', 'data/worksheet-land.json']);

/**
 * Writes dist/sw.js from src/offline/sw.template.js with the list of every
 * built file and a version hashed from their contents, so each deployment
 * that changes anything installs a new worker. First the deployment files,
 * so they are listed and hashed too.
 */
function serviceWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'statement-atlas-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      writeDeploymentFiles(outDir, publicUrl());
      // Empty tiles (open sea) are not fetched: the worker answers any tile
      // it was not given as empty. Half the tiles, a fraction of the requests.
      const files = filesUnder(outDir)
        .filter((f) => !HOST_FILES.has(f) && !(f.startsWith('data/tiles/') && statSync(join(outDir, f)).size === 0))
        .sort();
      const hash = createHash('sha256');
      for (const f of files) hash.update(f).update(readFileSync(join(outDir, f)));
      const template = readFileSync(join(import.meta.dirname, 'src/offline/sw.template.js'), 'utf8');
      const precache = ['./', ...files.filter((f) => !ON_USE.has(f)).map((f) => `./${relative('.', f)}`)];
      writeFileSync(
        join(outDir, 'sw.js'),
        template
          .replace('__VERSION__', hash.digest('hex').slice(0, 16))
          .replace('__FILES__', JSON.stringify(precache))
          .replace('__ON_USE__', JSON.stringify([...ON_USE].map((f) => `./${f}`))),
      );
    },
  };
}

/** The modules of the reading view's first screen that the embed (and the New atlas view) use too. */
const SHARED_BY_VIEWS =
  /src[\\/]lib[\\/](map[\\/](MapView|StaticMap|setup|first-view|style|context-layers|webgl|on-demand|pick)|state[\\/](data|camera|url-sync|startup|selection)|content[\\/](boxes|statements|tilesets)|model[\\/](link-index|bounds|segments)|ui[\\/](motion|Lazy|Notices|Announcer)|text[\\/]MentionText)\b/;

export default defineConfig({
  // Every component in runes mode: one without a rune would otherwise compile in legacy mode and bring
  // Svelte's legacy runtime into the first view (~0.2 KB gzip).
  plugins: [svelte({ compilerOptions: { runes: true } }), serviceWorker()],
  // Relative base: the production build runs from any folder or static server.
  base: './',
  build: {
    target: 'es2022',
    // No modulepreload polyfill (~0.25 KB gzip of the first view): every browser but Safari before 17
    // supports modulepreload natively, and there the chunks still load, through their imports.
    modulePreload: { polyfill: false },
    // maplibre-gl is one large chunk by design; warn only past it.
    chunkSizeWarningLimit: 1200,
    // maplibre-gl in a chunk of its own: it changes rarely (long cache life), and the
    // benchmark and the size budget can tell it from the app's own code.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ },
            // What the reading view and the embed share, as one file: left to itself the bundler
            // splits off the part the New atlas view shares too, and a second file costs the
            // first view bytes (its own imports, and gzip starting over).
            { name: 'atlas-shared', test: SHARED_BY_VIEWS },
          ],
        },
      },
    },
  },
  // The browser tests run against this server: the app must work under a strict CSP.
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // CI sums this report with Playwright's for its closing "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/unit.json' }]] : ['default'],
  },
});
