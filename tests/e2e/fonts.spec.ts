// The atlas's own Japanese font: every Japanese string on the page and on the
// map is drawn with it, whatever fonts the machine has, and the English first
// view fetches none of it.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CJK_FONTS } from '../../src/lib/content/fonts';
import { expect, mapIdle, SCREENSHOTS, test } from './fixtures';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/gu;

/**
 * For each element of the page whose own text has CJK characters: how many
 * there are, and how many glyphs the browser drew with a web font (not a font
 * of the machine), as Chromium reports them (CSS.getPlatformFontsForNode).
 */
async function cjkGlyphs(page: Page): Promise<{ text: string; cjk: number; custom: number; fonts: string[] }[]> {
  const texts = await page.evaluate((pattern) => {
    const re = new RegExp(pattern, 'gu');
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !(n.textContent ?? '').match(re)) continue;
      // Only what is drawn: not hidden text, nor the options of a closed list.
      if (!el.checkVisibility() || el.closest('option, .visually-hidden')) continue;
      seen.add(el);
      el.setAttribute('data-cjk-probe', String(out.length));
      out.push([...el.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.textContent).join(''));
    }
    return out;
  }, CJK.source);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-cjk-probe]' });
  const out = [];
  for (const nodeId of nodeIds) {
    const { attributes } = await cdp.send('DOM.getAttributes', { nodeId });
    const i = Number(attributes[attributes.indexOf('data-cjk-probe') + 1]);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    out.push({
      text: texts[i]!,
      cjk: (texts[i]!.match(CJK) ?? []).length,
      custom: fonts.filter((f) => f.isCustomFont).reduce((s, f) => s + f.glyphCount, 0),
      fonts: fonts.map((f) => `${f.familyName}${f.isCustomFont ? ' (web font)' : ''}: ${f.glyphCount}`),
    });
  }
  await cdp.detach();
  return out;
}

test('the English first view fetches none of the Japanese or Chinese font: only the language menu\'s three glyphs', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (/\.(woff2?|ttf|otf)$/.test(new URL(r.url()).pathname)) fonts.push(new URL(r.url()).pathname);
  });
  await page.goto('./');
  await mapIdle(page);
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.map((f) => f.replace(/^.*\/data\//, ''))).toEqual([CJK_FONTS.names.path]);
});

test('the Japanese interface draws every Japanese string with the atlas\'s font, on the page and on the map, basemap labels in Japanese', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (/\.woff2$/.test(r.url())) fonts.push(new URL(r.url()).pathname);
  });
  await page.goto('./?lang=ja&region=japan');
  await mapIdle(page);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SCREENSHOTS, 'fonts-japanese.png') });

  // The page: on a machine with a Japanese font of its own (CI's IPA Gothic) too, the glyphs are the web font's.
  const drawn = await cjkGlyphs(page);
  expect(drawn.length).toBeGreaterThan(20);
  const wrong = drawn.filter((d) => d.custom < d.cjk).map((d) => `${d.text} → ${d.fonts.join(', ')}`);
  expect(wrong).toEqual([]);

  // The map: MapLibre fetched the Japanese file and drew with it (a face it registered, loaded).
  expect(fonts.some((f) => f.endsWith(CJK_FONTS.jp.path))).toBe(true);
  const mapFaces = await page.evaluate(() => [...document.fonts].filter((f) => f.family.startsWith('maplibre-gl-font-face')).map((f) => f.status));
  expect(mapFaces).toContain('loaded');
  // Its labels are in Japanese: places, seas and the regions, where the data has a Japanese name.
  const labels = await page.evaluate(() => {
    const m = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
    const field = (id: string) => JSON.stringify(m.getLayoutProperty(id, 'text-field'));
    const shown = (id: string) => m.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties.name_ja ?? f.properties.name));
    return { fields: ['place-labels', 'sea-labels', 'island-names', 'region-labels'].map(field), places: shown('place-labels'), regions: shown('region-labels') };
  });
  for (const f of labels.fields) expect(f).toContain('name_ja');
  expect(labels.regions).toContain('日本');
  expect(labels.places.some((p) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(p))).toBe(true);
});
