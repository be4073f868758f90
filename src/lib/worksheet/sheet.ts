// A printable worksheet per place, for a lesson: a blank map with letters and
// numbered points, questions drawn from the quiz (find the place, name the
// letter), the measure tool (points to measure with the scale bar) and the
// tour (the passage, verbatim, and why the place matters), then an answer key
// on a page of its own. Plain HTML and SVG, so it prints from any browser.
// One module for every text: the data build writes the flagship's sheets
// with it (geodata/build/steps/worksheets.ts), the browser makes any other
// text's (./open.ts), a user's atlas included.
import type { Geography, Measure, Paragraph, RegionFeature, Statement, TourStep } from '../model/types';
import { DEFAULT_LANG } from '../content/languages';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { makeQuiz, type Question } from '../model/quiz';
import { statementQuery } from '../model/url-state';
import { clipExcerpt, excerpts } from '../model/segments';
import { escapeXml, picture, STATIC_LINKS, staticPage, type Mark, type PageLinks, type Ringed, type StaticBasemap } from './picture';

/** Measure questions a sheet asks at most. */
const MAX_MEASURES = 2;
/** Tour steps a sheet quotes at most. */
const MAX_STEPS = 2;
/** A paragraph longer than this is quoted by the sentences (and clauses) that name the place. */
const WHOLE_PARAGRAPH = 700;
const EXCERPT = 400;

/** A stable seed per place: the same sheet for every print, as a quiz seed is for a class. */
function seedOf(id: string): number {
  let h = 2166136261;
  for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** The passage as printed: the paragraph whole, or the sentences that name the place, clipped; always verbatim. */
export function quoted(p: Paragraph, region: string): string {
  if (p.text.length <= WHOLE_PARAGRAPH) return p.text;
  const mentions = p.mentions.filter((m) => m.region === region);
  return excerpts(p, mentions)
    .map((x) => clipExcerpt(x, mentions, EXCERPT))
    .map((x) => `${x.before ? '… ' : ''}${p.text.slice(x.start, x.end)}${x.after ? ' …' : ''}`)
    .join(' ');
}

/** Letters a sheet wants at least; a smaller place's map is widened until its neighbours give them. */
const MIN_MARKS = 3;
/** How far the map is widened each time, and how many times at most. */
const WIDEN = 1.8;
const WIDENINGS = 3;
/** The scale bar is true at the map's middle latitude; a measure is asked only where it is this close. */
const SCALE_ERROR = 0.025;

type Box = [number, number, number, number];

/** The box grown about its centre (in latitude as in longitude), kept off the poles. */
function widen([w, s, e, n]: Box, f: number): Box {
  const [cx, cy, hw, hh] = [(w + e) / 2, (s + n) / 2, ((e - w) / 2) * f, ((n - s) / 2) * f];
  return [cx - hw, Math.max(-80, cy - hh), cx + hw, Math.min(80, cy + hh)];
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
/** The latitude at the middle of a Mercator map of the box: where its scale bar is true. */
const middleLatitude = ([, s, , n]: Box) => ((2 * Math.atan(Math.exp((mercatorY(s) + mercatorY(n)) / 2)) - Math.PI / 2) * 180) / Math.PI;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Measures about the place whose both ends are on its map where the scale bar is true, those with a published figure first. */
function measuresFor(id: string, geography: Geography, box: Box): Measure[] {
  const [w, s, e, n] = box;
  const mid = middleLatitude(box);
  const inBox = ([x, y]: [number, number]) => x >= w && x <= e && y >= s && y <= n;
  const scaleTrue = ([, y]: [number, number]) => Math.abs(Math.cos(rad(mid)) / Math.cos(rad(y)) - 1) <= SCALE_ERROR;
  return geography.measures
    .filter((m) => m.ends && m.regions.includes(id) && m.line.every(inBox) && m.line.every(scaleTrue))
    .sort((a, b) => Number(!a.published) - Number(!b.published))
    .slice(0, MAX_MEASURES);
}

interface Sheet {
  questions: string[];
  answers: string[];
}

const blank = '<span class="blank"></span>';
const tick = (name: string) => `<span class="option"><span class="tickbox"></span> ${escapeXml(name)}</span>`;

/**
 * The questions with no choice a student could defend against the key: a place whose shape holds the letter asked
 * about is not offered (Penghu's letter lies in the Taiwan Strait, so "Taiwan Strait" would be right too).
 */
function fair(quiz: Question[], marks: Mark[], regions: RegionFeature[]): Question[] {
  const byLetter = new Map(marks.map((m) => [m.letter, m]));
  const byId = new Map(regions.map((f) => [f.properties.id, f]));
  // Only that way: the Taiwan letter stands on Taiwan, not on Kaohsiung inside it.
  const holds = (area: Mark, point: Mark) => {
    const g = area.kind.startsWith('region:') ? byId.get(area.kind.slice('region:'.length))?.geometry : undefined;
    return (g?.type === 'Polygon' || g?.type === 'MultiPolygon') && booleanPointInPolygon(point.lonlat, g);
  };
  return quiz.map((q) => {
    if (q.kind !== 'name') return q;
    const asked = byLetter.get(q.region)!;
    const options = q.options.filter((o) => o === q.region || !holds(byLetter.get(o)!, asked));
    // With no other choice left, the place is asked the other way: which letter marks it.
    return options.length > 1 ? { ...q, options } : { kind: 'find', region: q.region };
  });
}

function mapQuestions(quiz: Question[], marks: Mark[], sheet: Sheet) {
  const byLetter = new Map(marks.map((m) => [m.letter, m]));
  const mark = (letter: string) => byLetter.get(letter)!;
  // Finding comes before naming, so the short questions share lines.
  for (const q of [...quiz].sort((a, b) => Number(a.kind !== 'find') - Number(b.kind !== 'find'))) {
    const m = mark(q.region);
    if (q.kind === 'find') {
      sheet.questions.push(`Which letter marks <strong>${escapeXml(m.name)}</strong>? ${blank}`);
      sheet.answers.push(`${escapeXml(m.name)}: <strong>${m.letter}</strong>`);
    } else {
      sheet.questions.push(`Which place is letter <strong>${m.letter}</strong>? ${q.options.map((o) => tick(mark(o).name)).join(' ')}`);
      sheet.answers.push(`Letter ${m.letter}: <strong>${escapeXml(m.name)}</strong>`);
    }
  }
}

/** The measured lines' ends, each point once (two lines from one island share its number). */
function endPoints(measures: Measure[]): [number, number][] {
  const points: [number, number][] = [];
  for (const p of measures.flatMap((m) => m.line)) if (!points.some((q) => q[0] === p[0] && q[1] === p[1])) points.push(p);
  return points;
}

function measureQuestions(measures: Measure[], sheet: Sheet) {
  const points = endPoints(measures);
  const number = (p: [number, number]) => points.findIndex((q) => q[0] === p[0] && q[1] === p[1]) + 1;
  measures.forEach((m) => {
    const [a, b] = m.line.map(number);
    sheet.questions.push(`From point ${a} to point ${b} (${escapeXml(m.label[DEFAULT_LANG])}): about ${blank} km`);
    const published = m.published ? `; published: about ${m.published.km} km (<a href="${escapeXml(m.published.url)}">${escapeXml(m.published.source)}</a>)` : '';
    sheet.answers.push(`About <strong>${Math.round(m.km)} km</strong> (${m.nmi} nautical miles; the map data, great-circle: ${m.km} km${published}). A measure within about 10% is a good reading of the scale bar.`);
  });
}

/** The tour steps about this place, most telling first: those it leads, then those it is one of. */
function stepsAbout(id: string, tour: TourStep[]): TourStep[] {
  return tour
    .filter((t) => t.regions.includes(id))
    .sort((a, b) => Number(a.regions[0] !== id) - Number(b.regions[0] !== id))
    .slice(0, MAX_STEPS);
}

/** What the sheet calls the text: an official one is a statement; a user's text (a draft, an article) is a text. */
const textNoun = (statement: Statement) => (statement.source.official ? 'statement' : 'text');

function statementQuestions(r: RegionFeature, statement: Statement, steps: TourStep[], sheet: Sheet): string[] {
  const paragraphs = statement.sections.flatMap((s) => s.paragraphs);
  const name = escapeXml(r.properties.name);
  const passages = steps.length ? steps.map((t) => t.paragraph) : r.properties.passages.slice(0, 1);
  const quotes = passages
    .map((id) => paragraphs.find((p) => p.id === id)!)
    .map((p) => `<blockquote data-paragraph="${p.id}"><span class="para">¶${p.id.slice(1)}</span> ${escapeXml(quoted(p, r.properties.id))}</blockquote>`);
  for (const t of steps) {
    sheet.questions.push(`Read ¶${t.paragraph.slice(1)} (“${escapeXml(t.title[DEFAULT_LANG])}”). Why does the ${textNoun(statement)} name “${name}” here? Use the map.<span class="lines"></span>`);
    sheet.answers.push(t.why && t.source ? `${escapeXml(t.why)} (Source: <a href="${escapeXml(t.source.url)}">${escapeXml(t.source.title)}</a>)` : 'Answers will vary.');
  }
  if (!steps.length && passages.length) {
    sheet.questions.push(`Read ¶${passages[0]!.slice(1)}. What does the ${textNoun(statement)} say about “${name}”?<span class="lines"></span>`);
    sheet.answers.push(r.properties.summary ? `${escapeXml(r.properties.summary)} (from the place's card in the atlas)` : 'Answers will vary.');
  }
  return quotes;
}

/** Characters in a printed line at 9.5 pt across the text width of A4 (Letter's is wider). */
const LINE = 105;
/**
 * Lines the questions may take below the map on one page of Letter (the
 * shorter page), so the key starts on page 2. An estimate; the print test
 * counts the pages of every sheet in A4 and Letter.
 */
const PAGE_LINES = 28;
const textOf = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&[a-z#0-9]+;/g, '_');
const linesOf = (html: string, width = LINE) => Math.max(1, Math.ceil(textOf(html).length / width));

/** How many lines the questions print in: headings, two-column finds, ruled answer lines. */
function estimatedLines(questions: string[], findCount: number, measureCount: number, quotes: string[]): number {
  const finds = questions.slice(0, findCount).reduce((n, q) => n + linesOf(q, LINE / 2), 0);
  const rest = questions.slice(findCount).reduce((n, q) => n + linesOf(q) + (q.includes('class="lines"') ? 2 : 0), 0);
  const headings = 2.5 + (measureCount ? 2.5 : 0) + 1.5;
  return headings + Math.ceil(finds / 2) + rest + quotes.reduce((n, q) => n + linesOf(q) + 0.3, 0);
}

/** Where a sheet's links lead: the data build's files beside each other in public/data/static/, or a page the browser made. */
export interface SheetLinks {
  page: PageLinks;
  /** The blank map's address, given its SVG. */
  map: (svg: string) => string;
  /** The place in the interactive atlas. */
  place: string;
}
const staticLinks = (id: string): SheetLinks => ({ page: STATIC_LINKS, map: () => `${id}-worksheet.svg`, place: `../../${statementQuery(null, id)}` });

/** Where a text comes from, as a sheet prints it: its title and date, each where it has one. */
const titleAndDate = (s: Statement) => [s.title, s.dateText].filter(Boolean).map(escapeXml).join(', ');

/** The source in brackets (its reference, else its publisher), where the text names one. */
function sourceOf({ source }: Statement): string {
  const named = source.reference ?? source.publisher;
  return named ? ` (${escapeXml(named)})` : '';
}

/** The worksheet page and its blank map for one place. */
export function worksheet(r: RegionFeature, others: RegionFeature[], base: StaticBasemap, ringed: Ringed, statement: Statement, tour: TourStep[], geography: Geography, links = staticLinks(r.properties.id)) {
  const p = r.properties;
  const draw = (box: Box) => {
    const measures = measuresFor(p.id, geography, box);
    const drawn = picture(
      { title: `Blank map for the ${p.name} worksheet`, box, others, selected: r, basemapNames: true, worksheet: { points: endPoints(measures) } },
      base,
      ringed,
    );
    return { ...drawn, measures };
  };
  let box = p.focus;
  let drawn = draw(box);
  for (let i = 0; i < WIDENINGS && drawn.marks.length < MIN_MARKS; i++) drawn = draw((box = widen(box, WIDEN)));
  const { svg, marks, measures } = drawn;
  const quiz = fair(makeQuiz(marks.map((m) => m.letter), seedOf(p.id), marks.length), marks, [r, ...others]);
  const findCount = quiz.filter((q) => q.kind === 'find').length;
  // The questions, quoting as many tour steps as fit one page (one at least).
  const sheetWith = (steps: TourStep[]) => {
    const sheet: Sheet = { questions: [], answers: [] };
    mapQuestions(quiz, marks, sheet);
    const mapCount = sheet.questions.length;
    measureQuestions(measures, sheet);
    const measureCount = sheet.questions.length - mapCount;
    const inTourOrder = [...steps].sort((a, b) => tour.indexOf(a) - tour.indexOf(b));
    const quotes = statementQuestions(r, statement, inTourOrder, sheet);
    return { sheet, mapCount, measureCount, quotes, lines: estimatedLines(sheet.questions, findCount, measureCount, quotes) };
  };
  let steps = stepsAbout(p.id, tour);
  let built = sheetWith(steps);
  while (built.lines > PAGE_LINES && steps.length > 1) built = sheetWith((steps = steps.slice(0, -1)));
  const { sheet, mapCount, measureCount } = built;
  const quotes = built.quotes.join('\n');
  const items = (from: number, to: number) => sheet.questions.slice(from, to).map((q, i) => `<li value="${from + i + 1}">${q}</li>`).join('\n');
  const name = escapeXml(p.name);
  const html = staticPage(
    `Worksheet: ${p.name}`,
    `<p class="screen-only">Print this page: the questions fit one A4 or Letter page, the answer key follows on its own page.</p>
<header><h1>Worksheet: ${name}</h1><p class="from">${titleAndDate(statement)}</p>
<p class="fill">Name ${blank} Class ${blank} Date ${blank}</p></header>
<figure class="sheet-map"><img src="${escapeXml(links.map(svg))}" alt="Blank map for the questions: places marked with letters A to ${marks.at(-1)?.letter ?? 'A'}, points to measure numbered, a scale bar" width="800" height="500">
<figcaption>${name} ${r.geometry?.type === 'Point' ? 'marked by a dot' : 'outlined'} in colour; scale true at the map's middle latitude. Map: Natural Earth; © OpenStreetMap contributors.</figcaption></figure>
<section class="questions">
<h2>On the map</h2>
<p class="intro">Write the letter, or tick the place.</p>
<ol class="two-columns">
${items(0, findCount)}
</ol>
<ol>
${items(findCount, mapCount)}
</ol>
${measureCount ? `<h2>Measure</h2>\n<p class="intro">Use the scale bar to measure the distance.</p>\n<ol>\n${items(mapCount, mapCount + measureCount)}\n</ol>` : ''}
<h2>In the ${textNoun(statement)}</h2>
${quotes}
<ol>
${items(mapCount + measureCount, sheet.questions.length)}
</ol>
</section>
<section class="answers">
<h2>Answer key: ${name}</h2>
<ol>
${sheet.answers.map((a) => `<li>${a}</li>`).join('\n')}
</ol>
<p class="from">Quoted verbatim from ${titleAndDate(statement)}${sourceOf(statement)}. Made with Statement Atlas: <a href="${escapeXml(links.place)}">the place in the interactive atlas</a>.</p>
</section>`,
    'worksheet',
    links.page,
  );
  return { svg, html };
}

/**
 * The page a worksheet made in the browser is written into (static/worksheet.html):
 * a page of the atlas, so the service worker keeps it and its stylesheet. Seen
 * alone (reloaded, or opened from a bookmark), it says how to get a sheet.
 */
export function sheetShell(): string {
  return staticPage(
    'Worksheet',
    `<h1 data-shell="">Worksheet</h1>
<p>The atlas writes a text's worksheet here when a place's card asks for it. This page was opened or reloaded on its own: go back to the atlas, open a place's card and choose its worksheet again.</p>`,
    'worksheet',
  );
}
