// npm run shots: review sheets of every view users see. Builds the production
// app, serves dist/ with `vite preview` (the CSP header included) and a fixture
// article on a second origin, drives Chromium through every view, and writes
// contact sheets (labelled grids, one PNG each) to test-results/shots/.
//   tsx tests/shots/shots.ts [--no-build] [--only places,tour,tools,japanese,embeds,print]
// Each cell's caption names the view and its URL; a cell framed in red had a
// console error, a request to another origin, or a step that failed.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { serveFolder, type StaticServer } from '../e2e/static-server';
import { makeQuiz } from '../../src/lib/model/quiz';
import { EMBED_HEIGHT } from '../../src/lib/model/url-state';
import { ARTICLE_MARGIN, articleHtml, type EmbedKind } from './article';
import { DESKTOP, PHONE, SHOT, settle, settlePrint, STILL, type Size } from './capture';
import { pdfRenderer } from './pdf-pages';
import { composeSheet, type Cell, type Section, type Sheet } from './sheet';
import { userAtlasLink } from '../bench/user-atlas-link';

const root = join(import.meta.dirname, '..', '..');
const OUT = join(root, 'test-results', 'shots');
const CELLS = join(OUT, 'cells');
const ARTICLES = join(OUT, 'articles');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const only = arg('--only')?.split(',');
const wanted = (sheet: string) => !only || only.some((o) => sheet.includes(o));

// ---- the app under review ------------------------------------------------

interface Place {
  id: string;
  name: string;
  featured: boolean;
}
const lite = () =>
  (JSON.parse(readFileSync(join(root, 'dist/data/regions-lite.geojson'), 'utf8')) as { features: { properties: Place }[] }).features.map((f) => f.properties);
const tourLength = () => (JSON.parse(readFileSync(join(root, 'dist/data/tour.json'), 'utf8')) as { steps: unknown[] }).steps.length;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** `vite preview` over dist/, as the browser tests serve it (its CSP header included). */
async function startPreview(port: number): Promise<{ origin: string; child: ChildProcess }> {
  const child = spawn(join(root, 'node_modules/.bin/vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}): is port ${port} taken?`);
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, child };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('vite preview did not start in 30 s');
}

// ---- taking pictures -------------------------------------------------------

const sizeName = (s: Size) => (s.width < 700 ? `phone ${s.width}×${s.height}` : `desktop ${s.width}×${s.height}`);

class Shots {
  /** Origins a view may load from. */
  origins: string[];
  constructor(
    private browser: Browser,
    private noWebgl: Browser,
    readonly atlas: string,
    article: string,
  ) {
    this.origins = [new URL(atlas).origin, article];
  }

  /** A page's address for a caption: relative to the atlas (./?region=…), without the map's #hash. */
  where(href: string): string {
    const url = new URL(href);
    url.hash = '';
    return url.href.startsWith(this.atlas) ? `./${url.href.slice(this.atlas.length)}` : url.href;
  }

  /**
   * Opens a page at a size and hands `run` a `snap` that saves the page as it
   * is into a section. Console errors and requests to other origins since the
   * last picture go into its caption; a step that throws leaves a red cell with
   * the page as it was.
   */
  async page(
    size: Size,
    section: Section,
    run: (page: Page, snap: (id: string, caption: string, scale: number, options?: { fullPage?: boolean }) => Promise<void>) => Promise<void>,
    { webgl = true, sizeLabel = sizeName(size) } = {},
  ): Promise<void> {
    const context = await (webgl ? this.browser : this.noWebgl).newContext({ ...STILL, viewport: size });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    let problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text().slice(0, 160)}`);
    });
    page.on('pageerror', (e) => problems.push(`error: ${e.message.slice(0, 160)}`));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && !this.origins.includes(url.origin)) problems.push(`other origin: ${r.url().slice(0, 120)}`);
    });
    const cell = async (id: string, caption: string, scale: number, fullPage = false) => {
      const file = `cells/${section.key}-${id}.png`;
      const png = await page.screenshot({ ...SHOT, fullPage });
      writeFileSync(join(OUT, file), png);
      const width = Math.round(size.width * scale);
      section.cells.push({ file, caption: `${caption} · ${sizeLabel} · ${this.where(page.url())}`, width, problems });
      problems = [];
    };
    let last = 'the page opened';
    const taken = section.cells.length;
    try {
      await run(page, async (id, caption, scale, options = {}) => {
        await settle(page, { maps: webgl ? 1 : 0 });
        await cell(id, caption, scale, options.fullPage);
        last = caption;
      });
      // What went wrong after the last picture goes with it.
      if (problems.length) section.cells.at(-1)?.problems.push(...problems);
    } catch (e) {
      problems.push(`failed after “${last}”: ${(e as Error).message.split('\n')[0]!.slice(0, 200)}`);
      const width = Math.round(size.width * (size.width < 700 ? P : 0.5));
      await cell(`failed-${taken}`, 'The view did not complete; the page as it was', size.width < 700 ? P : 0.5).catch(() =>
        section.cells.push({ file: '', caption: `The view did not complete, and the page could not be pictured · ${sizeLabel}`, width, problems }),
      );
    } finally {
      await context.close();
    }
  }
}

// ---- the views ---------------------------------------------------------------

const D = 0.6; // desktop pictures at 768 px on the sheets
const P = 0.6; // phone pictures at 234 px

async function placesSheet(s: Shots): Promise<Sheet> {
  const places = lite();
  const overview: Section = { key: 'place', title: 'The overview and each featured place', cells: [] };
  const passages: Section = { key: 'passage', title: 'Passage links (Read in context, a shared passage)', cells: [] };
  const views = [{ id: 'overview', name: 'Overview', query: '' }, ...places.filter((p) => p.featured).map((p) => ({ id: p.id, name: p.name, query: `?region=${p.id}` }))];
  for (const v of views)
    for (const size of [DESKTOP, PHONE])
      await s.page(size, overview, async (page, snap) => {
        await page.goto(`${s.atlas}${v.query}`);
        await snap(`${v.id}-${size.width}`, v.name, size === DESKTOP ? D : P);
      });
  for (const [id, p] of [['senkaku-islands', 'p3'], ['taiwan-strait', 'p12'], ['okinawa', 'p6']] as const)
    for (const size of [DESKTOP, PHONE])
      await s.page(size, passages, async (page, snap) => {
        await page.goto(`${s.atlas}?region=${id}&p=${p}`);
        await snap(`${id}-${p}-${size.width}`, `${places.find((x) => x.id === id)!.name}, ¶${p.slice(1)}`, size === DESKTOP ? D : P);
      });
  return { name: '1-places', title: 'Places: the overview, each featured place and passage links', width: 3300, sections: [overview, passages] };
}

/** A user's atlas from its share link: the overview, a verified place's card, a gazetteer place's, and its tour's first step. */
async function userAtlasSheet(s: Shots): Promise<Sheet> {
  const link = await userAtlasLink();
  const [query, hash] = link.split('#') as [string, string];
  const section: Section = { key: 'user', title: 'A user’s atlas from its share link (tests/bench/user-text.txt)', cells: [] };
  const views = [
    { id: 'overview', name: 'Overview', query },
    { id: 'senkaku', name: 'Senkaku Islands (verified)', query: `${query}&region=senkaku-islands` },
    { id: 'osaka', name: 'Osaka (gazetteer)', query: `${query}&region=osaka-japan` },
    { id: 'tour', name: 'Tour step 1', query: `${query}&tour=1` },
  ];
  for (const v of views)
    for (const size of [DESKTOP, PHONE])
      await s.page(size, section, async (page, snap) => {
        await page.goto(`${s.atlas}${v.query}#${hash}`);
        await snap(`user-${v.id}-${size.width}`, v.name, size === DESKTOP ? D : P);
      });
  // Editing is the same view with the draft's tools in the text pane: pasted, under review, and its tour.
  const editing: Section = { key: 'edit', title: 'Editing that text (?view=new): the reading view with the draft’s tools', cells: [] };
  const text = readFileSync(join(root, 'tests/bench/user-text.txt'), 'utf8');
  for (const size of [DESKTOP, PHONE])
    await s.page(size, editing, async (page, snap) => {
      const scale = size === DESKTOP ? D : P;
      await page.goto(`${s.atlas}?view=new`);
      await page.getByLabel('Title', { exact: true }).fill('Joint Statement on Maritime Security');
      await page.locator('#draft-text').fill(text);
      await page.locator('.link-state[data-linking="false"]').filter({ hasText: 'links to' }).waitFor();
      await snap(`edit-pasted-${size.width}`, 'Pasted and linked', scale);
      await page.locator('.draft-text .mention').first().click();
      await page.locator('.mention-editor').waitFor();
      await snap(`edit-review-${size.width}`, 'A mention under review (its place selected)', scale);
      await page.locator('.tour-editor').scrollIntoViewIfNeeded();
      await snap(`edit-tour-${size.width}`, 'The tour its author shapes', scale);
      // A name several places share: its places numbered in the list and on the map, framed together.
      await page.locator('#draft-text').fill(`${text.trim()}\n\nThe envoys also welcomed Georgia to the talks.`);
      await page.locator('.link-state[data-linking="false"]').filter({ hasText: 'links to' }).waitFor();
      await page.locator('.draft-text .mention[data-status="ambiguous"]', { hasText: 'Georgia' }).first().click();
      await page.locator('.mention-editor .places').waitFor();
      await page.waitForTimeout(300);
      await page.locator('.map[data-idle="true"]').waitFor();
      await page.locator('.mention-editor').scrollIntoViewIfNeeded();
      await snap(`edit-choose-${size.width}`, 'A shared name (Georgia): its places numbered in the list and on the map', scale);
    });
  return { name: '7-user-atlas', title: 'A user’s atlas, read by the same view, and edited in it', width: 3300, sections: [section, editing] };
}

async function tourSheet(s: Shots): Promise<Sheet> {
  const steps = tourLength();
  const sections: Section[] = [];
  for (const [size, scale] of [[DESKTOP, 0.5], [PHONE, 0.5]] as const) {
    const section: Section = { key: 'tour', title: `Every tour step, ${sizeName(size)}, by Next from ?tour=1`, cells: [] };
    sections.push(section);
    await s.page(size, section, async (page, snap) => {
      await page.goto(`${s.atlas}?tour=1`);
      const bar = page.getByRole('region', { name: 'Guided tour' });
      for (let n = 1; n <= steps; n++) {
        if (n > 1) await bar.getByRole('button', { name: /Next/ }).click();
        await page.locator(`[data-step="${n}"]`).waitFor();
        await snap(`step-${n}-${size.width}`, `Step ${n}: ${(await bar.getByRole('heading').textContent())?.trim()}`, scale);
      }
    });
  }
  return { name: '2-tour', title: 'The guided tour, step by step', width: 3600, sections };
}

async function toolsSheet(s: Shots): Promise<Sheet> {
  const places = lite();
  const nameOf = (id: string) => places.find((p) => p.id === id)!.name;
  const quiz: Section = { key: 'quiz', title: 'A quiz round (?quiz=42): a question, then its answer', cells: [] };
  const questions = makeQuiz(
    places.map((p) => p.id),
    42,
  );
  for (const size of [DESKTOP, PHONE])
    await s.page(size, quiz, async (page, snap) => {
      await page.goto(`${s.atlas}?quiz=42`);
      const box = page.locator('section.quiz');
      const scale = size === DESKTOP ? D : P;
      for (const [i, q] of questions.slice(0, size === DESKTOP ? 3 : 2).entries()) {
        await box.locator('.progress').getByText(`Question ${i + 1} of`).waitFor();
        await snap(`q${i + 1}-${size.width}`, `Question ${i + 1} (${q.kind} ${nameOf(q.region)})`, scale);
        // The first answer right, the next wrong: both kinds of feedback.
        const answer = i === 1 ? places.find((p) => p.id !== q.region && (q.kind === 'find' || q.options.includes(p.id)))!.id : q.region;
        if (q.kind === 'find') {
          await box.getByRole('combobox', { name: 'Your answer' }).selectOption(answer);
          await box.getByRole('button', { name: 'Answer' }).click();
        } else await box.getByRole('group', { name: 'Answers' }).getByRole('button', { name: nameOf(answer), exact: true }).click();
        await box.getByRole('status').locator('mark').first().waitFor();
        await snap(`a${i + 1}-${size.width}`, `Question ${i + 1} answered ${answer === q.region ? 'right' : 'wrong'}`, scale);
        await box.getByRole('button', { name: /Next question|See your score/ }).click();
      }
    });

  const measure: Section = { key: 'measure', title: 'Measure distance, from the lists', cells: [] };
  for (const [from, to, sizes] of [
    ['senkaku-islands', 'taiwan', [DESKTOP, PHONE]],
    ['okinawa', 'taiwan', [DESKTOP]],
  ] as const)
    for (const size of sizes)
      await s.page(size, measure, async (page, snap) => {
        await page.goto(s.atlas);
        await settle(page);
        await page.getByRole('button', { name: 'Measure distance' }).click();
        // The tool's form loads on first use.
        await page.locator('.measure .how').waitFor();
        // On a phone the lists are folded behind a button, so the map stays in view.
        const choose = page.getByRole('button', { name: 'Choose places' });
        if (await choose.isVisible()) await choose.click();
        await page.locator('select[data-end="from"]').selectOption(from);
        await page.locator('select[data-end="to"]').selectOption(to);
        await page.locator('.measure [data-km]').waitFor();
        await snap(`${from}-${to}-${size.width}`, `${nameOf(from)} → ${nameOf(to)}`, size === DESKTOP ? D : P);
      });

  const layers: Section = { key: 'layers', title: 'Layers & legend open', cells: [] };
  for (const [extra, sizes] of [
    [[], [DESKTOP, PHONE]],
    [['island-groups', 'shelf'], [DESKTOP]],
  ] as const)
    for (const size of sizes)
      await s.page(size, layers, async (page, snap) => {
        await page.goto(s.atlas);
        await settle(page);
        await page.getByRole('button', { name: 'Layers & legend' }).click();
        for (const id of extra) await page.locator(`input[data-layer="${id}"]`).check();
        await snap(`${extra.join('-') || 'open'}-${size.width}`, extra.length ? `Layers open, ${extra.join(' and ')} on` : 'Layers open', size === DESKTOP ? D : P);
      });

  return { name: '3-tools', title: 'Quiz, measure and layers', width: 3300, sections: [quiz, measure, layers] };
}

async function japaneseSheet(s: Shots): Promise<Sheet> {
  const ja: Section = { key: 'ja', title: 'The Japanese interface (?lang=ja)', cells: [] };
  for (const [query, caption, sizes] of [
    ['?lang=ja', 'Overview in Japanese', [DESKTOP, PHONE]],
    ['?lang=ja&region=senkaku-islands', 'Senkaku Islands in Japanese', [DESKTOP, PHONE]],
    ['?lang=ja&tour=3', 'Tour step 3 in Japanese', [DESKTOP]],
  ] as const)
    for (const size of sizes)
      await s.page(size, ja, async (page, snap) => {
        await page.goto(`${s.atlas}${query}`);
        await snap(`${query.replace(/\W+/g, '-')}-${size.width}`, caption, size === DESKTOP ? D : P);
      });

  const still: Section = { key: 'no-webgl', title: 'Without WebGL: the static picture stands in', cells: [] };
  for (const [query, caption, size] of [
    ['?region=okinawa', 'Okinawa without WebGL', DESKTOP],
    ['?region=okinawa', 'Okinawa without WebGL', PHONE],
    ['', 'Overview without WebGL', DESKTOP],
    ['?embed=1&region=senkaku-islands', 'Senkaku embed without WebGL', { width: 320, height: 600 }],
  ] as const)
    await s.page(
      size,
      still,
      async (page, snap) => {
        await page.goto(`${s.atlas}${query}`);
        await page.locator('.static-map').waitFor();
        // The picture shown (StaticMap has one for a large frame, one for a small: the other is never fetched).
        await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.static-map img')].some((i) => i.checkVisibility() && i.complete && i.naturalWidth > 0));
        await snap(`${query.replace(/\W+/g, '-') || 'overview'}-${size.width}`, caption, size.width < 700 ? P : D);
      },
      { webgl: false },
    );
  return { name: '4-japanese-no-webgl', title: 'The Japanese interface, and the atlas without WebGL', width: 3300, sections: [ja, still] };
}

async function embedsSheet(s: Shots, articleOrigin: string): Promise<Sheet> {
  const sections: Section[] = [];
  const options = (o: { region?: string; paragraph?: string; tour?: number }) => ({ region: o.region ?? null, paragraph: o.paragraph ?? null, tour: o.tour ?? null, lang: 'en' as const, labels: true, height: EMBED_HEIGHT.default });
  const article = async (section: Section, kind: EmbedKind, width: number, o: Parameters<typeof options>[0], placeName: string | null) => {
    const file = `${kind}-${width}-${o.region ?? `tour-${o.tour}`}${o.paragraph ? `-${o.paragraph}` : ''}.html`;
    writeFileSync(join(ARTICLES, file), articleHtml(s.atlas, kind, width, options(o), placeName));
    await s.page({ width: width + 2 * ARTICLE_MARGIN, height: 640 }, section, async (page, snap) => {
      await page.goto(`${articleOrigin}/${file}`);
      await page.locator('figure iframe').scrollIntoViewIfNeeded();
      await snap(file.replace('.html', ''), `${kind === 'script' ? 'Script embed' : 'Iframe'}${placeName ? `: ${placeName}` : ''}${o.paragraph ? ` ¶${o.paragraph.slice(1)}` : ''}${o.tour ? `: tour step ${o.tour}` : ''}`, 0.75, { fullPage: true });
    }, { sizeLabel: `${width} px column` });
  };
  // The script embed (embed.js) and the plain iframe, as the share dialog gives them, side by side at each width.
  const narrow: Section = { key: 'embed', title: 'In an article on another origin, at 320 and 600 px: the Senkaku Islands, script embed and iframe; then a passage and a tour step', cells: [] };
  const wide: Section = { key: 'embed', title: 'At 1200 px: the Senkaku Islands, script embed and iframe', cells: [] };
  sections.push(narrow, wide);
  for (const width of [320, 600]) for (const kind of ['script', 'iframe'] as const) await article(narrow, kind, width, { region: 'senkaku-islands' }, 'Senkaku Islands');
  await article(narrow, 'script', 320, { region: 'okinawa', paragraph: 'p6' }, 'Okinawa');
  await article(narrow, 'iframe', 600, { region: 'okinawa', paragraph: 'p6' }, 'Okinawa');
  await article(narrow, 'script', 600, { tour: 14 }, null);
  for (const kind of ['script', 'iframe'] as const) await article(wide, kind, 1200, { region: 'senkaku-islands' }, 'Senkaku Islands');

  const share: Section = { key: 'share', title: 'The Share & embed dialog (?region=senkaku-islands&p=p3)', cells: [] };
  sections.push(share);
  for (const size of [DESKTOP, PHONE])
    await s.page(size, share, async (page, snap) => {
      await page.goto(`${s.atlas}?region=senkaku-islands&p=p3`);
      await settle(page);
      await page.getByRole('button', { name: 'Share & embed' }).click();
      await page.getByRole('dialog', { name: 'Share & embed' }).waitFor();
      await snap(`${size.width}`, 'Share & embed', size === DESKTOP ? D : P);
    });
  return { name: '5-embeds', title: 'Embeds in an article on another origin, and the share dialog', width: 3300, sections };
}

async function printSheet(s: Shots, browser: Browser): Promise<Sheet> {
  const docs = [
    { id: 'overview', caption: 'Overview', url: s.atlas, maps: 1 },
    { id: 'senkaku-islands', caption: 'Senkaku Islands handout', url: `${s.atlas}?region=senkaku-islands`, maps: 1 },
    { id: 'worksheet', caption: 'Senkaku Islands worksheet', url: `${s.atlas}data/static/senkaku-islands-worksheet.html`, maps: 0 },
  ];
  const formats = ['A4', 'Letter'] as const;
  const sheet: Sheet = { name: '6-print', title: 'Printed pages, A4 then Letter (PDFs from Chromium, drawn by PDF.js)', width: 3000, sections: [] };
  const context = await browser.newContext(STILL);
  const renderer = await pdfRenderer(context);
  try {
    for (const doc of docs) {
      const section: Section = { key: 'print', title: `${doc.caption}: A4, then Letter`, cells: [] };
      sheet.sections.push(section);
      // The cells are the PDF's pages (a failure leaves a picture of the screen instead).
      // A fresh page for each paper size: page.pdf() fires afterprint, which puts the screen's
      // map view back while print media stays emulated, so a second PDF would show that view.
      for (const format of formats)
        await s.page(DESKTOP, section, async (page) => {
          await page.goto(doc.url);
          if (!doc.maps) await page.locator('img').first().waitFor();
          await settle(page, { maps: doc.maps });
          await settlePrint(page, { maps: doc.maps });
          const pngs = await renderer.pages(await page.pdf({ format, printBackground: true }));
          for (const [n, png] of pngs.entries()) {
            const file = `cells/print-${doc.id}-${format.toLowerCase()}-${n + 1}.png`;
            writeFileSync(join(OUT, file), png);
            const width = format === 'A4' ? 446 : 459; // 0.6 of the page drawn at 1.25 px per point
            section.cells.push({ file, caption: `${format}, page ${n + 1} of ${pngs.length}`, width, problems: [] });
          }
        });
    }
  } finally {
    await renderer.close();
    await context.close();
  }
  return sheet;
}

// ---- the run -----------------------------------------------------------------

function commit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${sha} with uncommitted changes` : sha;
  } catch {
    return 'unknown commit';
  }
}

async function main() {
  const started = Date.now();
  if (!process.argv.includes('--no-build')) execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(CELLS, { recursive: true });
  mkdirSync(ARTICLES, { recursive: true });
  const preview = await startPreview(process.env.ATLAS_PORT ? Number(process.env.ATLAS_PORT) : await freePort());
  let article: StaticServer | null = null;
  let browsers: Browser[] = [];
  const stop = () => preview.child.kill();
  process.on('SIGINT', () => (stop(), process.exit(130)));
  try {
    article = await serveFolder(ARTICLES);
    const found = await findChromium();
    const browser = await chromium.launch({ executablePath: found.path, args: found.args });
    const noWebgl = await chromium.launch({ executablePath: found.path, args: [...found.args, '--disable-3d-apis'] });
    browsers = [browser, noWebgl];
    const s = new Shots(browser, noWebgl, `${preview.origin}/`, article.origin);
    const about = `Commit ${commit()} · ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · Chromium ${browser.version()} (SwiftShader WebGL) · 1 CSS px per device px, reduced motion. Each caption: the view, its viewport and URL; red: a console error, a request to another origin, or a step that failed.`;
    const sheets: Sheet[] = [];
    if (wanted('places')) sheets.push(await placesSheet(s));
    if (wanted('tour')) sheets.push(await tourSheet(s));
    if (wanted('tools')) sheets.push(await toolsSheet(s));
    if (wanted('japanese')) sheets.push(await japaneseSheet(s));
    if (wanted('embeds')) sheets.push(await embedsSheet(s, article.origin));
    if (wanted('print')) sheets.push(await printSheet(s, browser));
    if (wanted('user')) sheets.push(await userAtlasSheet(s));
    const written = [];
    for (const sheet of sheets) written.push(await composeSheet(browser, OUT, sheet, about));
    const failed = sheets.flatMap((sh) => sh.sections.flatMap((sec) => sec.cells.filter((c: Cell) => c.problems.length).map((c) => `${sh.name}: ${c.caption}\n    ${c.problems.join('\n    ')}`)));
    console.log(`\nReview sheets (${Math.round((Date.now() - started) / 1000)} s):`);
    for (const w of written) console.log(`  ${relative(process.cwd(), w.path)}  ${w.width}×${w.height}${w.height > 4000 ? '  (taller than 4000 px)' : ''}`);
    console.log(`Each sheet also as a page to zoom in a browser: ${relative(process.cwd(), join(OUT, '*.html'))}; single pictures in ${relative(process.cwd(), CELLS)}/`);
    if (failed.length) console.log(`\n${failed.length} cells marked red:\n  ${failed.join('\n  ')}`);
  } finally {
    for (const b of browsers) await b.close();
    await article?.stop();
    stop();
  }
}

await main();
