// The pre-rendered static maps and pages: one per region plus the overview,
// small, titled, and quoting the statement verbatim.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { escapeXml } from '../../geodata/build/steps/static-maps';
import { paragraphs, readText, regions, root } from './helpers';

const dir = 'public/data/static';

describe('static maps', () => {
  const fc = regions();
  test('every region and the overview have a picture under 200 KB, with a title', () => {
    for (const id of ['overview', ...fc.features.map((f) => f.properties.id)]) {
      const file = join(root, dir, `${id}.svg`);
      expect(existsSync(file), id).toBe(true);
      expect(statSync(file).size, id).toBeLessThan(200_000);
      const svg = readText(`${dir}/${id}.svg`);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 800 500"/);
      expect(svg).toMatch(/<title id="t">Map of [^<]+<\/title>/);
      expect(svg).not.toMatch(/NaN/);
    }
  });

  test('a region\'s picture draws the region and its land', () => {
    const svg = readText(`${dir}/senkaku-islands.svg`);
    expect(svg).toContain('stroke="#D55E00"');
    expect(svg).toMatch(/>Senkaku<\/tspan><tspan [^>]*>Islands<\/tspan><\/text>/);
    expect((readText(`${dir}/washington-dc.svg`).match(/<path /g) ?? []).length).toBeGreaterThan(0);
  });

  /** The labels a picture draws: what each names, its text and its box in picture pixels. */
  const labelsOf = (svg: string) =>
    [...svg.matchAll(/<text [^>]*data-label="([^"]+)" data-box="([^"]+)">(.*?)<\/text>/g)].map(([, kind, box, spans]) => ({
      kind: kind!,
      box: box!.split(' ').map(Number) as [number, number, number, number],
      text: [...spans!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]).join(' '),
    }));

  test('the pictures are labelled like the live map: the place, its neighbours and the islands the cards name, none overlapping, all inside', () => {
    const want: Record<string, string[]> = {
      // The journalist's Senkaku picture: the islands, Taiwan and Ishigaki, named.
      'senkaku-islands': ['region:senkaku-islands', 'region:taiwan', 'Uotsuri-jima', 'Ishigaki-jima', 'Yonaguni-jima', 'Taipei'],
      'taiwan-strait': ['region:taiwan-strait', 'region:taiwan', 'Penghu', 'Kinmen', 'Taipei'],
      'southwest-islands': ['region:southwest-islands', 'Miyako-jima', 'Ishigaki-jima'],
      overview: ['region:senkaku-islands', 'region:east-china-sea', 'region:south-china-sea', 'region:taiwan-strait'],
    };
    for (const [id, names] of Object.entries(want)) {
      const labels = labelsOf(readText(`${dir}/${id}.svg`));
      const found = labels.flatMap((l) => [l.kind, l.text]);
      for (const n of names) expect(found, `${id}: ${n}`).toContain(n);
      for (const [i, a] of labels.entries()) {
        expect(a.box[0] >= 0 && a.box[1] >= 0 && a.box[2] <= 800 && a.box[3] <= 500, `${id}: ${a.text} inside`).toBe(true);
        for (const b of labels.slice(i + 1)) {
          const apart = a.box[2] <= b.box[0] || b.box[2] <= a.box[0] || a.box[3] <= b.box[1] || b.box[3] <= a.box[1];
          expect(apart, `${id}: ${a.text} / ${b.text}`).toBe(true);
        }
      }
    }
    // The chosen place's name is the strongest on its picture; the credit is drawn whole in its corner.
    expect(readText(`${dir}/senkaku-islands.svg`)).toMatch(/font-size="15" font-weight="700"[^>]*data-label="region:senkaku-islands"/);
    for (const f of fc.features) expect(readText(`${dir}/${f.properties.id}.svg`)).toContain('data-credit="">Natural Earth · © OpenStreetMap contributors</text>');
  });

  test('the small pictures (for frames under 560 px) name the chosen place, each label inside and apart, with the credit whole', () => {
    for (const id of ['overview', ...fc.features.map((f) => f.properties.id)]) {
      const svg = readText(`${dir}/${id}-small.svg`);
      expect(svg, id).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 320 200"/);
      expect(svg, id).toContain('data-credit="">Natural Earth · © OpenStreetMap contributors</text>');
      const labels = labelsOf(svg);
      if (id !== 'overview') expect(labels.map((l) => l.kind), id).toContain(`region:${id}`);
      for (const l of labels) {
        const [x0, y0, x1, y1] = l.box;
        expect(x0 >= 0 && y0 >= 0 && x1 <= 320 && y1 <= 200, `${id}: ${l.text} inside`).toBe(true);
      }
      for (const a of labels) for (const b of labels) if (a !== b) expect(a.box[0] < b.box[2] && b.box[0] < a.box[2] && a.box[1] < b.box[3] && b.box[1] < a.box[3], `${id}: ${a.text} / ${b.text}`).toBe(false);
    }
    // The journalist's Senkaku picture at phone size still shows Taiwan and Ishigaki by name.
    const senkaku = labelsOf(readText(`${dir}/senkaku-islands-small.svg`)).flatMap((l) => [l.kind, l.text]);
    for (const n of ['region:senkaku-islands', 'region:taiwan', 'Ishigaki-jima']) expect(senkaku, n).toContain(n);
  });

  test('each region\'s static page quotes every passage that names it, verbatim', () => {
    const byId = new Map(paragraphs().map((p) => [p.id, p.text]));
    for (const f of fc.features) {
      const html = readText(`${dir}/${f.properties.id}.html`);
      expect(html).toContain(`<h1>${escapeXml(f.properties.name)}</h1>`);
      for (const p of f.properties.passages) expect(html, `${f.properties.id} ${p}`).toContain(`<blockquote>${escapeXml(byId.get(p)!)}</blockquote>`);
    }
  });
});
