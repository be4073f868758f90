// A plain static file server (no Vite): proves the production build needs
// nothing but files, served from any folder.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  origin: string;
  /** Stops the server and drops open connections, as if the machine went away. */
  stop(): Promise<void>;
}

/**
 * The rules of a `_headers` file as Netlify and Cloudflare Pages read it: a
 * path (a trailing `*` matches the rest), then indented `Name: value` lines.
 * A host sends the headers of every rule that matches.
 */
export function readHeadersFile(text: string): { path: string; headers: [string, string][] }[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

const matches = (rule: string, path: string) => (rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : path === rule);

export interface ServeOptions {
  /** A `_headers` file's text: its rules are applied to every response, as a static host would. */
  headersFile?: string;
}

export async function serveFolder(root: string, { headersFile }: ServeOptions = {}): Promise<StaticServer> {
  const rules = headersFile ? readHeadersFile(headersFile) : [];
  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    for (const rule of rules) if (matches(rule.path, urlPath)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    const path = normalize(decodeURIComponent(urlPath));
    let file = join(root, path);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      return void res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
