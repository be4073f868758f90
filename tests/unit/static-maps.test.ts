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
    expect(svg).toContain('>Senkaku Islands</text>');
    expect((readText(`${dir}/washington-dc.svg`).match(/<path /g) ?? []).length).toBeGreaterThan(0);
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
