// The printable worksheets: a blank map whose letters, points and scale bar a
// student can work from, questions quoting the statement verbatim, and an
// answer key that gives nothing away on the question page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from '@turf/turf';
import { describe, expect, test } from 'vitest';
import type { TourStep } from '../../src/lib/model/types';
import { paragraphs, readJson, readText, regions, root } from './helpers';

const dir = 'public/data/static';
const ids = regions().features.map((f) => f.properties.id);
const svgOf = (id: string) => readText(`${dir}/${id}-worksheet.svg`);
const htmlOf = (id: string) => readText(`${dir}/${id}-worksheet.html`);

const pair = (s: string) => s.split(' ').map(Number) as [number, number];
/** The lettered discs: what each marks, where its disc is drawn, and the place's position. */
const marksOf = (svg: string) =>
  [...svg.matchAll(/<g data-mark="([A-Z])" data-kind="([^"]+)" data-point="([^"]+)" data-lonlat="([^"]+)"><circle cx="([^"]+)" cy="([^"]+)" r="([^"]+)"/g)].map(
    ([, letter, kind, point, lonlat, cx, cy, r]) => ({ letter: letter!, kind: kind!, point: pair(point!), lonlat: pair(lonlat!), disc: [Number(cx), Number(cy), Number(r)] as const }),
  );
const pointsOf = (svg: string) =>
  [...svg.matchAll(/<g data-measure-point="(\d+)" data-lonlat="([^"]+)"><circle cx="([^"]+)" cy="([^"]+)"/g)].map(([, n, lonlat, cx, cy]) => ({
    n: Number(n),
    lonlat: pair(lonlat!),
    px: [Number(cx), Number(cy)] as [number, number],
  }));
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const textOf = (html: string) => unescape(html.replace(/<[^>]*>/g, ''));
/** The page before the answer key, and the key. */
const partsOf = (html: string) => {
  const at = html.indexOf('<section class="answers">');
  return { questions: html.slice(0, at), answers: html.slice(at) };
};

describe('worksheets', () => {
  test('every region has a blank map and a worksheet page, titled and free of NaN', () => {
    for (const id of ids) {
      for (const ext of ['svg', 'html']) expect(existsSync(join(root, dir, `${id}-worksheet.${ext}`)), `${id}.${ext}`).toBe(true);
      const svg = svgOf(id);
      expect(svg, id).toMatch(/<title id="t">Blank map for the [^<]+ worksheet<\/title>/);
      expect(svg, id).not.toMatch(/NaN/);
      expect(htmlOf(id), id).toContain(`<img src="${id}-worksheet.svg"`);
    }
  });

  test('the blank map names nothing: no label is written, only letters and numbers', () => {
    for (const id of ids) {
      const svg = svgOf(id);
      expect(svg, id).not.toContain('data-label');
      // The credit is the only words on it besides the scale.
      const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!).filter((t) => !/^([A-Z]|\d+|\d+ km)$/.test(t));
      expect(words, id).toEqual(['Natural Earth · © OpenStreetMap contributors']);
    }
  });

  test('letters run A, B, C… west to east, at most 8, their discs inside the frame and apart from each other', () => {
    for (const id of ids) {
      const marks = marksOf(svgOf(id));
      expect(marks.length, id).toBeGreaterThanOrEqual(2);
      expect(marks.length, id).toBeLessThanOrEqual(8);
      expect(marks.map((m) => m.letter).join(''), id).toBe('ABCDEFGH'.slice(0, marks.length));
      const lons = marks.map((m) => m.point[0]);
      expect(lons, id).toEqual([...lons].sort((a, b) => a - b));
      for (const { letter, disc: [x, y, r] } of marks) {
        expect(x - r, `${id} ${letter}`).toBeGreaterThanOrEqual(0);
        expect(y - r, `${id} ${letter}`).toBeGreaterThanOrEqual(0);
        expect(x + r, `${id} ${letter}`).toBeLessThanOrEqual(800);
        expect(y + r, `${id} ${letter}`).toBeLessThanOrEqual(500);
      }
      for (const a of marks)
        for (const b of marks)
          if (a !== b) expect(Math.hypot(a.disc[0] - b.disc[0], a.disc[1] - b.disc[1]), `${id} ${a.letter}/${b.letter}`).toBeGreaterThanOrEqual(a.disc[2] + b.disc[2]);
    }
  });

  test('the Senkaku sheet marks the islands, Taiwan, Uotsuri-jima and Ishigaki at their published positions', () => {
    const marks = marksOf(svgOf('senkaku-islands'));
    const kinds = marks.map((m) => m.kind);
    expect(kinds).toContain('region:senkaku-islands');
    expect(kinds).toContain('region:taiwan');
    // Uotsuri-jima 25°44′33″N 123°28′17″E; Ishigaki (city) 24°20′26″N 124°09′20″E.
    for (const [name, at] of [
      ['Uotsuri-jima', [123.4714, 25.7425]],
      ['Ishigaki', [124.1556, 24.3406]],
    ] as const) {
      const near = marks.filter((m) => m.kind === 'island' && distance(m.lonlat, [...at]) < 5);
      expect(near.length, name).toBe(1);
    }
  });

  test('the scale bar measures true: the distance between two numbered points on the map agrees with the great circle within 3%', () => {
    let checked = 0;
    for (const id of ids) {
      const svg = svgOf(id);
      const scale = svg.match(/data-scale-km="([\d.]+)" data-scale-px="([\d.]+)"/);
      expect(scale, id).not.toBeNull();
      const kmPerPx = Number(scale![1]) / Number(scale![2]);
      const points = pointsOf(svg);
      expect(points.map((p) => p.n), id).toEqual(points.map((_, i) => i + 1));
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[0]!, points[i]!];
        const onMap = Math.hypot(a.px[0] - b.px[0], a.px[1] - b.px[1]) * kmPerPx;
        const truth = distance(a.lonlat, b.lonlat);
        expect(Math.abs(onMap - truth) / truth, `${id} 1→${b.n}`).toBeLessThan(0.03);
        checked++;
      }
    }
    // The sheets with measure questions (the Senkaku one among them) were checked.
    expect(checked).toBeGreaterThanOrEqual(2);
    expect(pointsOf(svgOf('senkaku-islands')).length).toBeGreaterThanOrEqual(2);
  });

  test('every quoted passage is the statement verbatim (cuts marked …), and the sheet asks about it', () => {
    const byId = new Map(paragraphs().map((p) => [p.id, p.text]));
    for (const id of ids) {
      const html = htmlOf(id);
      const quotes = [...html.matchAll(/<blockquote data-paragraph="(p\d+)"><span class="para">¶\d+<\/span> ([^<]*)<\/blockquote>/g)];
      expect(quotes.length, id).toBeGreaterThanOrEqual(1);
      for (const [, pid, text] of quotes) {
        const whole = byId.get(pid!)!;
        for (const part of unescape(text!).split(/ ?… ?/).filter(Boolean)) expect(whole, `${id} ${pid}`).toContain(part);
        expect(textOf(partsOf(html).questions), id).toContain(`Read ¶${pid!.slice(1)}`);
      }
    }
  });

  test('one answer per question, and the question page gives none away', () => {
    const tour = readJson<{ steps: TourStep[] }>('public/data/tour.json').steps;
    for (const id of ids) {
      const { questions, answers } = partsOf(htmlOf(id));
      const asked = (questions.match(/<li value=/g) ?? []).length;
      expect(asked, id).toBeGreaterThanOrEqual(3);
      expect((answers.match(/<li>/g) ?? []).length, id).toBe(asked);
      const page = textOf(questions);
      for (const t of tour) expect(page, `${id}: ${t.title}`).not.toContain(t.why);
      // No letter is written beside its place on the question page.
      for (const m of marksOf(svgOf(id))) {
        const named = textOf(answers).match(new RegExp(`Letter ${m.letter}: ([^\\n]+)`));
        if (named) expect(page, id).not.toContain(`Letter ${m.letter}: ${named[1]}`);
      }
      expect(page, id).not.toMatch(/\bkm \(\d/);
    }
  });

  test('the Senkaku sheet quotes ¶3 (Article V) and asks the Ishigaki distance the Foreign Ministry publishes', () => {
    const { questions, answers } = partsOf(htmlOf('senkaku-islands'));
    expect(questions).toContain('data-paragraph="p3"');
    expect(textOf(questions)).toMatch(/From point \d to point \d \(Uotsuri-jima to Ishigaki\): about\s+km/);
    expect(textOf(answers)).toMatch(/About 170 km .*published: about 170 km/);
  });
});
