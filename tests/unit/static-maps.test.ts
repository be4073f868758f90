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
  const ids = ['overview', ...fc.features.map((f) => f.properties.id)];
  test('every region and the overview have a picture under 200 KB, with a title: its own, 800 × 500, and two that fill a frame', () => {
    for (const id of ids) {
      for (const name of [id, `${id}-frame`, `${id}-frame-small`]) {
        const file = join(root, dir, `${name}.svg`);
        expect(existsSync(file), name).toBe(true);
        expect(statSync(file).size, name).toBeLessThan(200_000);
        const svg = readText(`${dir}/${name}.svg`);
        expect(svg).toMatch(/<title id="t">Map of [^<]+<\/title>/);
        expect(svg).not.toMatch(/NaN/);
      }
      expect(readText(`${dir}/${id}.svg`)).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 800 500" width="800" height="500"/);
      // A frame's picture has no size of its own: it takes its frame's.
      expect(readText(`${dir}/${id}-frame.svg`)).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="100%" height="100%" [^>]*data-picture="800 500"/);
      expect(readText(`${dir}/${id}-frame-small.svg`)).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="100%" height="100%" [^>]*data-picture="320 200"/);
    }
  });

  test('a region\'s picture draws the region and its land', () => {
    const svg = readText(`${dir}/senkaku-islands.svg`);
    expect(svg).toContain('stroke="#D55E00"');
    expect(svg).toMatch(/>Senkaku<\/tspan><tspan [^>]*>Islands<\/tspan><\/text>/);
    expect((readText(`${dir}/washington-dc.svg`).match(/<path /g) ?? []).length).toBeGreaterThan(0);
  });

  test('a ring marks a chosen place too small to see, not one the picture already shows large', () => {
    for (const name of ['senkaku-islands', 'senkaku-islands-frame', 'senkaku-islands-frame-small']) expect(readText(`${dir}/${name}.svg`), name).toContain('data-ring');
    // Okinawa Island fills its own picture: a ring at its label point would only sit on its name.
    for (const name of ['okinawa', 'okinawa-frame', 'okinawa-frame-small']) expect(readText(`${dir}/${name}.svg`), name).not.toContain('data-ring');
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
        for (const b of labels.slice(i + 1)) expect(apart(a.box, b.box, 3), `${id}: ${a.text} / ${b.text}`).toBe(true);
      }
    }
    // The chosen place's name is the strongest on its picture; the credit is drawn whole in its corner.
    expect(readText(`${dir}/senkaku-islands.svg`)).toMatch(/font-size="15" font-weight="700"[^>]*data-label="region:senkaku-islands"/);
    for (const f of fc.features) expect(readText(`${dir}/${f.properties.id}.svg`)).toContain('data-credit="">Natural Earth · © OpenStreetMap contributors</text>');
  });

  /** The picture's size, the view it frames and the credit's box, in its px (data-focus, data-box). */
  const geometryOf = (svg: string) => {
    const [w, h] = (/data-picture="(\d+) (\d+)"/.exec(svg) ?? /viewBox="0 0 (\d+) (\d+)"/.exec(svg))!.slice(1).map(Number) as [number, number];
    const focus = /data-focus="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number) as [number, number, number, number];
    const credit = /data-box="([^"]+)" data-credit=""/.exec(svg)![1]!.split(' ').map(Number) as [number, number, number, number];
    return { w, h, focus, credit };
  };
  const apart = (a: number[], b: number[], gap = 0) => a[2]! + gap <= b[0]! || b[2]! + gap <= a[0]! || a[3]! + gap <= b[1]! || b[3]! + gap <= a[1]!;

  test('in every picture the names keep a gap from each other, inside the picture and above the credit', () => {
    for (const id of ids) {
      for (const name of [id, `${id}-frame`, `${id}-frame-small`]) {
        const svg = readText(`${dir}/${name}.svg`);
        const { w, h, credit } = geometryOf(svg);
        expect(svg, name).toContain('data-credit="">Natural Earth · © OpenStreetMap contributors</text>');
        const labels = labelsOf(svg);
        if (id !== 'overview') expect(labels.map((l) => l.kind), name).toContain(`region:${id}`);
        for (const [i, a] of labels.entries()) {
          expect(a.box[0] >= 0 && a.box[1] >= 0 && a.box[2] <= w && a.box[3] <= h, `${name}: ${a.text} inside`).toBe(true);
          expect(a.box[3] <= credit[1], `${name}: ${a.text} above the credit's band`).toBe(true);
          for (const b of labels.slice(i + 1)) expect(apart(a.box, b.box, 3), `${name}: ${a.text} / ${b.text}`).toBe(true);
        }
      }
    }
    // The journalist's Senkaku picture at phone size still shows Taiwan and Ishigaki by name; the overview names the Koreas and the East China Sea.
    const senkaku = labelsOf(readText(`${dir}/senkaku-islands-frame-small.svg`)).flatMap((l) => [l.kind, l.text]);
    for (const n of ['region:senkaku-islands', 'region:taiwan', 'Ishigaki-jima']) expect(senkaku, n).toContain(n);
    const overview = labelsOf(readText(`${dir}/overview-frame.svg`)).map((l) => l.kind);
    for (const n of ['region:east-china-sea', 'region:senkaku-islands', 'region:north-korea', 'region:republic-of-korea']) expect(overview, n).toContain(n);
  });

  test('the credit covers nothing of the view a picture frames: in its own picture, and in every frame a screen\'s picture fills', () => {
    for (const id of ids) {
      const own = geometryOf(readText(`${dir}/${id}.svg`));
      expect(apart(own.focus, own.credit), id).toBe(true);
      for (const name of [`${id}-frame`, `${id}-frame-small`]) {
        const { w, h, focus, credit } = geometryOf(readText(`${dir}/${name}.svg`));
        // The picture scaled whole into the middle of the frame, the credit at the same scale in the frame's corner (frameSvg).
        for (const aspect of [0.6, 0.75, 1, 1.3, 1.6, 2, 3]) {
          const [fw, fh] = aspect > w / h ? [h * aspect, h] : [w, w / aspect];
          const [ox, oy] = [(fw - w) / 2, (fh - h) / 2];
          const onScreen = [focus[0] + ox, focus[1] + oy, focus[2] + ox, focus[3] + oy];
          const creditOnScreen = [fw - (w - credit[0]), fh - (h - credit[1]), fw, fh];
          expect(apart(onScreen, creditOnScreen), `${name} in a frame ${aspect}:1`).toBe(true);
        }
      }
    }
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
