// What the build writes for a static host and for publishers: the headers
// (the CSP of csp.ts, never a copy that drifts) and the oEmbed files, written
// over the built open data as the build writes them into dist/.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/offline/csp';
import { HEADER_RULES, headersFile, nginxSnippet } from '../../src/offline/headers';
import { publicUrl, writeDeploymentFiles } from '../../src/offline/deployment';
import { oembedPath, type OembedDocument } from '../../src/lib/embed/oembed';
import { DEFAULT_STATEMENT, STATEMENTS } from '../../src/lib/content/statements';
import { readJson, readText } from './helpers';

describe('headers for a static host', () => {
  test('_headers sends the CSP of csp.ts with every file, and sets no header twice for one file', () => {
    const text = headersFile();
    const everyFile = text.split('\n/').find((block) => block.startsWith('*\n'));
    expect(everyFile).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    expect(text.match(/Content-Security-Policy:/g)).toHaveLength(1);
    expect(text).toMatch(/^\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    expect(text).toMatch(/^\/sw\.js\n {2}Cache-Control: no-cache$/m);
    // A host joins the values of a header two matching rules set: what every file gets is set nowhere else.
    const everywhere = Object.keys(HEADER_RULES.find((r) => r.path === '*')!.headers);
    for (const r of HEADER_RULES.filter((r) => r.path !== '*')) expect(Object.keys(r.headers).filter((h) => everywhere.includes(h)), r.path).toEqual([]);
  });

  test('an atlas served under a path has its rules under that path', () => {
    expect(headersFile('/atlas/')).toMatch(/^\/atlas\/\*\n/m);
    expect(headersFile('/atlas/')).toMatch(/^\/atlas\/assets\/\*\n/m);
  });

  test('the nginx snippet sends the CSP in every location (nginx drops the enclosing add_header where a location adds its own)', () => {
    const text = nginxSnippet();
    const csp = `add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}" always;`;
    const locations = text.split(/^location /m).slice(1);
    expect(locations).toHaveLength(HEADER_RULES.length - 1);
    for (const l of locations) expect(l).toContain(csp);
    expect(text.split('\nlocation ')[0]).toContain(csp);
  });

  test("the README's copies are the generated ones: the policy, _headers and the nginx snippet", () => {
    const readme = readText('README.md');
    expect(readme).toContain(headersFile());
    expect(readme).toContain(nginxSnippet());
    // The policy as the README's CSP section writes it, wrapped over lines.
    const written = /### Content-Security-Policy[\s\S]*?\n\n((?: {4}.+\n)+)/.exec(readme)![1]!.replace(/\s+/g, ' ').trim();
    expect(written).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('the public URL', () => {
  test('is an absolute http(s) address, given a trailing slash; none means no oEmbed', () => {
    expect(publicUrl('https://news.example/atlas')).toBe('https://news.example/atlas/');
    expect(publicUrl('https://news.example/')).toBe('https://news.example/');
    expect(publicUrl('')).toBeNull();
    expect(publicUrl(undefined)).toBeNull();
    expect(() => publicUrl('ftp://news.example/')).toThrow(/ATLAS_PUBLIC_URL/);
    expect(() => publicUrl('/atlas/')).toThrow();
    expect(() => publicUrl('https://news.example/?x=1')).toThrow(/ATLAS_PUBLIC_URL/);
  });
});

describe('oEmbed over the built files', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A dist/ as the build leaves it before this step: index.html and the open data it reads and links. */
  function dist(): string {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
    dirs.push(dir);
    cpSync('index.html', join(dir, 'index.html'));
    mkdirSync(join(dir, 'data'));
    for (const f of ['regions-lite.geojson', 'collection.json', 'static']) cpSync(join('public/data', f), join(dir, 'data', f), { recursive: true });
    return dir;
  }
  const regions = readJson<{ features: { properties: { id: string; name: string; passages: string[] } }[] }>('public/data/regions.geojson').features.map((f) => f.properties);
  const url = 'https://news.example/atlas/';

  test('with a public URL: a file per place and per passage at each place, each iframe showing that view', () => {
    const out = dist();
    writeDeploymentFiles(out, url);
    const read = (path: string) => JSON.parse(readFileSync(join(out, path), 'utf8')) as OembedDocument;
    const srcOf = (doc: OembedDocument) => new URL(/<iframe src="([^"]+)"/.exec(doc.html)![1]!.replaceAll('&amp;', '&'));
    let passages = 0;
    for (const r of regions) {
      const doc = read(oembedPath(DEFAULT_STATEMENT, r.id));
      expect(doc).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Statement Atlas', provider_url: url, width: 600, height: 600 });
      expect(doc.title).toContain(r.name);
      expect(srcOf(doc).href).toBe(`${url}?embed=1&region=${r.id}`);
      for (const p of r.passages) {
        const src = srcOf(read(oembedPath(DEFAULT_STATEMENT, r.id, p)));
        expect(`${src.origin}${src.pathname}`).toBe(url);
        expect(Object.fromEntries(src.searchParams)).toEqual({ embed: '1', region: r.id, p });
        passages++;
      }
      // Each place's static page links its file, absolute.
      const page = readFileSync(join(out, 'data/static', `${r.id}.html`), 'utf8');
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)">\n<\/head>/.exec(page);
      expect(link?.[1], r.id).toBe(`${url}oembed/places/${r.id}.json`);
    }
    expect(passages).toBeGreaterThan(regions.length);
    expect(srcOf(read('oembed/index.json')).href).toBe(`${url}?embed=1`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(`<link rel="alternate" type="application/json+oembed" href="${url}oembed/index.json"`);
    // Every other text of the collection has its files, its embeds naming it.
    for (const about of STATEMENTS.filter((s) => s !== DEFAULT_STATEMENT)) {
      expect(srcOf(read(oembedPath(about, null))).searchParams.get('statement')).toBe(about.id);
      expect(readdirSync(join(out, 'oembed', about.dataPath, 'places')).length).toBeGreaterThan(0);
    }
  });

  test('without a public URL: no oEmbed file and no link, but the headers', () => {
    const out = dist();
    writeDeploymentFiles(out, null);
    expect(existsSync(join(out, 'oembed'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('oembed');
    expect(readFileSync(join(out, 'data/static/okinawa.html'), 'utf8')).not.toContain('oembed');
    expect(readFileSync(join(out, '_headers'), 'utf8')).toBe(headersFile());
  });
});
