// What the share dialog hands out: links, the iframe and script snippets,
// and a citation of a paragraph. Pure functions of the options.
import { DEFAULT_LANG, type Lang } from '../content/languages.ts';
import { DEFAULT_STATEMENT, type StatementEntry } from '../content/statements.ts';
import type { Statement } from '../model/types';
import { atlasHash, clampHeight, linkQuery, type LinkOptions } from '../model/url-links.ts';

export interface EmbedOptions extends LinkOptions {
  lang: Lang;
  /** Height of the map in px (inside EMBED_HEIGHT's limits). */
  height: number;
}


/** Attribute text: the values are checked ids, but a snippet is HTML and is escaped as such. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const attr = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** The URL of the view the options describe, under the atlas's base URL: the embed view, or the full atlas. */
export function viewUrl(base: string, o: EmbedOptions, { embed = true } = {}): string {
  const url = new URL(base);
  url.search = linkQuery(o, { embed });
  url.hash = atlasHash(o);
  return url.href;
}

/** The embed's title, in the statement's language: the place, or the whole statement. */
export function embedTitle(about: StatementEntry, placeName: string | null): string {
  const name = about.name[DEFAULT_LANG];
  return placeName ? `Interactive map: ${placeName} in the ${name}` : `Interactive map: the ${name}, place by place`;
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

export function iframeSnippet(base: string, o: EmbedOptions, placeName: string | null, about = DEFAULT_STATEMENT): string {
  const frameHeight = iframeHeight(o.height);
  return (
    `<iframe src="${attr(viewUrl(base, o))}" title="${attr(embedTitle(about, placeName))}" width="100%" height="${frameHeight}" ` +
    `style="width:100%;border:0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allow="fullscreen" ` +
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`
  );
}

/** The script path: a div the loader turns into an iframe that sizes itself; the link inside is the fallback. */
export function scriptSnippet(base: string, o: EmbedOptions, placeName: string | null, about = DEFAULT_STATEMENT): string {
  const data: string[] = [];
  if (o.statement) data.push(`data-statement="${attr(o.statement)}"`);
  // A user's atlas: the loader puts it in the frame's address as the link carries it.
  if (o.atlas) data.push('file' in o.atlas ? `data-atlas="${attr(o.atlas.file)}"` : `data-atlas-hash="${attr(o.atlas.hash)}"`);
  if (o.tour) data.push(`data-tour="${o.tour}"`);
  else {
    if (o.region) data.push(`data-region="${attr(o.region)}"`);
    if (o.paragraph) data.push(`data-passage="${attr(o.paragraph)}"`);
  }
  if (o.lang !== DEFAULT_LANG) data.push(`data-lang="${o.lang}"`);
  if (!o.labels) data.push('data-labels="0"');
  data.push(`data-height="${clampHeight(o.height)}"`);
  const full = new URL(base);
  full.search = '';
  full.hash = '';
  const loader = new URL('embed.js', full).href;
  const link = viewUrl(base, o, { embed: false });
  return (
    `<div data-statement-atlas ${data.join(' ')}><a href="${attr(link)}">${attr(embedTitle(about, placeName))}</a></div>\n` +
    `<script async src="${attr(loader)}"></script>`
  );
}

const given = (v: string | undefined) => (v?.trim() ? v : null);

/**
 * A citation of one paragraph: the official source (title, date, section and
 * paragraph; collection, reference and publisher; its address) and the
 * atlas's address of the passage. Only what the source's data has: a text
 * without a reference number is cited without one. `link` is absolute; a
 * source address given relative to the atlas (a text the project wrote) is
 * resolved against it.
 */
export function citation(statement: Statement, paragraphId: string, section: string | null, link: string): string {
  const n = paragraphId.slice(1);
  // "Opening" only where the text has headings for the rest (a user's text often has none).
  const headed = statement.sections.some((s) => s.heading);
  const where = section ? `section “${section}”, paragraph ${n}` : headed ? `opening, paragraph ${n}` : `paragraph ${n}`;
  const { collection, reference, publisher, url } = statement.source;
  const series = [given(collection), given(reference)].filter(Boolean).join(', ');
  const by = given(publisher) ? (series ? `(${publisher})` : publisher) : '';
  // What is not given (a user's text may have no date, series or address) leaves no empty slot.
  const source = [[series, by].filter(Boolean).join(' '), given(url) ? new URL(url, link).href : ''].filter(Boolean).join(', ');
  return `${[`“${statement.title}”`, statement.dateText, where].filter(Boolean).join(', ')}. ${source ? `${source}. ` : ''}Mapped in Statement Atlas: ${link}`;
}
