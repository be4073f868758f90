// The printable worksheets: a blank map whose letters, points and scale bar a
// student can work from, questions quoting the statement verbatim, and an
// answer key that gives nothing away on the question page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, distance } from '@turf/turf';
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
  [...svg.matchAll(/<g data-measure-point="(\d+)" data-lonlat="([^"]+)">(?:<line [^>]*\/>)?<circle cx="([^"]+)" cy="([^"]+)"/g)].map(([, n, lonlat, cx, cy]) => ({
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

  test('the Senkaku sheet marks the islands, Taiwan and Ishigaki by letters, Uotsuri-jima by a point, at their published positions', () => {
    const svg = svgOf('senkaku-islands');
    const marks = marksOf(svg);
    const kinds = marks.map((m) => m.kind);
    expect(kinds).toContain('region:senkaku-islands');
    expect(kinds).toContain('region:taiwan');
    // Ishigaki (city) 24°20′26″N 124°09′20″E.
    expect(marks.filter((m) => m.kind === 'island' && distance(m.lonlat, [124.1556, 24.3406]) < 5)).toHaveLength(1);
    // Uotsuri-jima (25°44′33″N 123°28′17″E) lies inside the islands' ring: a letter of its own could not be told
    // from theirs, so it is the point measured from, not a letter.
    expect(marks.filter((m) => distance(m.lonlat, [123.4714, 25.7425]) < 5 && m.kind !== 'region:senkaku-islands')).toHaveLength(0);
    expect(pointsOf(svg).filter((p) => distance(p.lonlat, [123.4714, 25.7425]) < 5)).toHaveLength(1);
  });

  test('on every sheet each label stands apart: no two letters or numbers overlap, none is drawn on a ring, one ring holds one letter', () => {
    type Box = [number, number, number, number];
    const overlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    let rings = 0;
    for (const id of ids) {
      const svg = svgOf(id);
      // The ring's stroke (3 px) and each disc's (1.5 px) count; a number's box is its digits at 12 px bold (about 7 px each).
      const ring = svg.match(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"[^>]*data-ring/);
      const [rx, ry, rr] = ring ? ring.slice(1).map(Number) : [];
      const ringBox: Box | null = ring ? [rx! - rr! - 1.5, ry! - rr! - 1.5, rx! + rr! + 1.5, ry! + rr! + 1.5] : null;
      const numbers = [...svg.matchAll(/<g data-measure-point="(\d+)"[^>]*>.*?<text x="([\d.]+)" y="([\d.]+)"[^>]*>(\d+)<\/text><\/g>/g)].map(
        ([, n, x, y, t]) => ({ name: `point ${n}`, box: [Number(x), Number(y) - 10, Number(x) + 7 * t!.length, Number(y) + 1] as Box }),
      );
      const marks = marksOf(svg);
      const labels = [...marks.map((m) => ({ name: `letter ${m.letter}`, box: [m.disc[0] - m.disc[2] - 0.75, m.disc[1] - m.disc[2] - 0.75, m.disc[0] + m.disc[2] + 0.75, m.disc[1] + m.disc[2] + 0.75] as Box })), ...numbers];
      expect(numbers.length, id).toBe(pointsOf(svg).length);
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) expect(overlap(a.box, b.box), `${id}: ${a.name} and ${b.name} overlap`).toBe(false);
        if (ringBox) expect(overlap(a.box, ringBox), `${id}: ${a.name} is drawn on the ring`).toBe(false);
      }
      // Only the chosen place's letter marks a point inside its ring; two letters never mark points a disc's width apart or less.
      if (ring) {
        rings++;
        const inside = marks.filter((m) => Math.hypot(m.point[0] - rx!, m.point[1] - ry!) <= rr!);
        expect(inside.map((m) => m.kind), id).toEqual([`region:${id}`]);
      }
      for (const [i, a] of marks.entries())
        for (const b of marks.slice(i + 1)) expect(Math.hypot(a.point[0] - b.point[0], a.point[1] - b.point[1]), `${id}: ${a.letter} and ${b.letter} mark one spot`).toBeGreaterThan(2 * a.disc[2]);
    }
    // The Senkaku sheet has a ring to check (a place its sheet shows large has none).
    expect(rings).toBeGreaterThanOrEqual(1);
    expect(svgOf('senkaku-islands')).toContain('data-ring');
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

  test('no "which place is letter X?" offers a place whose shape holds letter X (Penghu in the Taiwan Strait): two answers would be right', () => {
    const shapes = new Map(regions().features.map((f) => [f.properties.id, f]));
    let asked = 0;
    for (const id of ids) {
      const marks = new Map(marksOf(svgOf(id)).map((m) => [m.letter, m]));
      const byName = new Map(regions().features.map((f) => [f.properties.name, f.properties.id]));
      for (const [, letter, options] of htmlOf(id).matchAll(/Which place is letter <strong>([A-Z])<\/strong>\? (.*?)<\/li>/g)) {
        asked++;
        const at = marks.get(letter!)!.lonlat;
        const names = [...options!.matchAll(/<span class="tickbox"><\/span> ([^<]+)<\/span>/g)].map(([, n]) => unescape(n!));
        expect(names.length, `${id} ${letter}`).toBeGreaterThanOrEqual(2);
        for (const name of names) {
          const shape = shapes.get(byName.get(name) ?? '');
          if (!shape || name === marks.get(letter!)!.kind) continue;
          const g = shape.geometry;
          const holds = (g.type === 'Polygon' || g.type === 'MultiPolygon') && booleanPointInPolygon(at, g);
          // The right answer's own shape holds its letter; no other may.
          if (holds) expect(marks.get(letter!)!.kind, `${id}: letter ${letter} lies in ${name}`).toBe(`region:${shape.properties.id}`);
        }
      }
    }
    expect(asked).toBeGreaterThanOrEqual(20);
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
