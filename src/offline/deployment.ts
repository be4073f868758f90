// What a build writes for its host and its publishers, beside the app:
// _headers (the CSP and cache rules, for Netlify and Cloudflare Pages) and,
// when the atlas's public URL is known, the oEmbed files and the discovery
// links of its pages. Run by the build (vite.config.ts) over dist/, after
// the bundle and before the service worker lists the files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { STATEMENTS } from '../lib/content/statements.ts';
import { oembedFiles } from '../lib/embed/oembed.ts';
import { headersFile } from './headers.ts';

/**
 * Where the atlas will be served, from ATLAS_PUBLIC_URL (an absolute http(s)
 * URL; a trailing slash is added): oEmbed needs absolute addresses. Null when
 * it is not given: the build then writes no oEmbed and links none.
 */
export function publicUrl(value = process.env.ATLAS_PUBLIC_URL): string | null {
  if (!value) return null;
  const url = new URL(value.endsWith('/') ? value : `${value}/`);
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash) throw new Error(`ATLAS_PUBLIC_URL must be an http(s) address without query or fragment, given "${value}"`);
  return url.href;
}

/** The files a build writes for its host and its publishers: _headers, and oEmbed when the public URL is known. */
export function writeDeploymentFiles(outDir: string, atlasUrl: string | null) {
  writeFileSync(join(outDir, '_headers'), headersFile(atlasUrl ? new URL(atlasUrl).pathname : '/'));
  if (!atlasUrl) {
    console.log('oEmbed: no ATLAS_PUBLIC_URL given, so no oEmbed files or links were written (README, "Deploying").');
    return;
  }
  const read = (path: string) => JSON.parse(readFileSync(join(outDir, 'data', path), 'utf8'));
  const names = new Map<string, string>(read('regions-lite.geojson').features.map((f: { properties: { id: string; name: string } }) => [f.properties.id, f.properties.name]));
  const named: Record<string, { statement: string; paragraphs: string[] }[]> = read('collection.json').regions;
  const addTag = (file: string, tag: string) => {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('</head>')) throw new Error(`oEmbed: no </head> in ${file}`);
    writeFileSync(file, html.replace('</head>', `${tag}\n</head>`));
  };
  for (const about of STATEMENTS) {
    const places = Object.entries(named).flatMap(([id, texts]) => {
      const paragraphs = texts.find((t) => t.statement === about.id)?.paragraphs;
      return paragraphs ? [{ id, name: names.get(id) ?? id, paragraphs }] : [];
    });
    const { files, overviewTag, placeTags } = oembedFiles(atlasUrl, about, places);
    for (const [path, json] of files) {
      mkdirSync(dirname(join(outDir, path)), { recursive: true });
      writeFileSync(join(outDir, path), json);
    }
    // The flagship's pages: the app's own page and each place's static page.
    if (about.dataPath) continue;
    addTag(join(outDir, 'index.html'), overviewTag);
    for (const [id, tag] of placeTags) addTag(join(outDir, 'data', 'static', `${id}.html`), tag);
  }
}
