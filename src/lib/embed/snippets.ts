// What the share dialog hands out: links, the iframe and script snippets,
// and a citation of a paragraph. Pure functions of the options.
import type { Lang } from '../content/languages';
import type { Statement } from '../model/types';

export interface EmbedOptions {
  region: string | null;
  paragraph: string | null;
  tour: number | null;
  lang: Lang;
  /** Height of the map in px (240–1200). */
  height: number;
  labels: boolean;
}

export const DEFAULT_EMBED_HEIGHT = 460;
export const clampHeight = (n: number) => (Number.isFinite(n) ? Math.min(1200, Math.max(240, Math.round(n))) : DEFAULT_EMBED_HEIGHT);

/** Attribute text: the values are checked ids, but a snippet is HTML and is escaped as such. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const attr = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** The URL of the view the options describe, under the atlas's base URL: the embed view, or the full atlas. */
export function viewUrl(base: string, o: EmbedOptions, { embed = true } = {}): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  if (embed) url.searchParams.set('embed', '1');
  if (o.tour) url.searchParams.set('tour', String(o.tour));
  else {
    if (o.region) url.searchParams.set('region', o.region);
    if (o.paragraph) url.searchParams.set('p', o.paragraph);
  }
  if (o.lang !== 'en') url.searchParams.set('lang', o.lang);
  if (embed && !o.labels) url.searchParams.set('labels', '0');
  return url.href;
}

export function embedTitle(placeName: string | null): string {
  return placeName
    ? `Interactive map: ${placeName} in the U.S.–Japan Joint Statement of 7 February 2025`
    : 'Interactive map: the U.S.–Japan Joint Statement of 7 February 2025, place by place';
}

/**
 * The no-script path: a plain iframe. Lazy, full width; the sandbox lets the
 * atlas run and open links in a new tab, nothing else (no top navigation, no
 * forms); the referrer policy sends the host's origin only.
 */
/** What a plain iframe adds to the map's height: room for the passage under the map on a phone (it scrolls inside beyond). */
export const IFRAME_TEXT_ROOM = 140;
/** The plain iframe's height for a map height: the one figure the dialog and the snippet both give. */
export const iframeHeight = (mapHeight: number) => clampHeight(mapHeight) + IFRAME_TEXT_ROOM;

export function iframeSnippet(base: string, o: EmbedOptions, placeName: string | null): string {
  const frameHeight = iframeHeight(o.height);
  return (
    `<iframe src="${attr(viewUrl(base, o))}" title="${attr(embedTitle(placeName))}" width="100%" height="${frameHeight}" ` +
    `style="width:100%;border:0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allow="fullscreen" ` +
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`
  );
}

/** The script path: a div the loader turns into an iframe that sizes itself; the link inside is the fallback. */
export function scriptSnippet(base: string, o: EmbedOptions, placeName: string | null): string {
  const data: string[] = [];
  if (o.tour) data.push(`data-tour="${o.tour}"`);
  else {
    if (o.region) data.push(`data-region="${attr(o.region)}"`);
    if (o.paragraph) data.push(`data-passage="${attr(o.paragraph)}"`);
  }
  if (o.lang !== 'en') data.push(`data-lang="${o.lang}"`);
  if (!o.labels) data.push('data-labels="0"');
  data.push(`data-height="${clampHeight(o.height)}"`);
  const full = new URL(base);
  full.search = '';
  full.hash = '';
  const loader = new URL('embed.js', full).href;
  const link = viewUrl(base, o, { embed: false });
  return (
    `<div data-statement-atlas ${data.join(' ')}><a href="${attr(link)}">${attr(embedTitle(placeName))}</a></div>\n` +
    `<script async src="${attr(loader)}"></script>`
  );
}

/** A citation of one paragraph, with its deep link. */
export function citation(statement: Statement, paragraphId: string, section: string | null, link: string): string {
  const n = paragraphId.slice(1);
  const where = section ? `section “${section}”, paragraph ${n}` : `opening, paragraph ${n}`;
  return `“${statement.title}”, ${statement.dateText}, ${where}. ${statement.source.collection}, ${statement.source.dcpd}. ${link}`;
}
