// oEmbed on a static host: the build writes one JSON file per view a
// publisher may paste (each text's overview, each place, each passage at each
// place), and the pages link theirs with <link rel="alternate"
// type="application/json+oembed">, so a CMS that discovers oEmbed turns a
// pasted link into the map. Its HTML is the share dialog's iframe snippet.
// Pure, but for pointOembedLink (the page's <head>).
import { DEFAULT_LANG } from '../content/languages.ts';
import { statementParam, type StatementEntry } from '../content/statements.ts';
import { EMBED_HEIGHT } from '../model/url-state.ts';
import { embedTitle, iframeHeight, iframeSnippet } from './snippets.ts';

export const OEMBED_TYPE = 'application/json+oembed';
/** The width the iframe is designed for, in px, as oEmbed asks (the iframe itself is fluid: width 100%). */
export const OEMBED_WIDTH = 600;

/**
 * Where a view's oEmbed file is, under the atlas's folder: `oembed/` then the
 * text's data path (none for the flagship), then `index.json` for the
 * overview, `places/<region>.json`, or `places/<region>/<paragraph>.json`.
 */
export function oembedPath(about: StatementEntry, region: string | null, paragraph: string | null = null): string {
  const view = region ? `places/${region}${paragraph ? `/${paragraph}` : ''}` : 'index';
  return `oembed/${about.dataPath}${view}.json`;
}

/** The view's title: the embed's, and the passage when there is one. */
export function oembedTitle(about: StatementEntry, placeName: string | null, paragraph: string | null = null): string {
  const title = embedTitle(about, placeName);
  return paragraph ? `${title}, paragraph ${paragraph.slice(1)}` : title;
}

export interface OembedDocument {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/** The oEmbed response for a view, under the atlas's public URL (absolute, ending in /). */
export function oembedDocument(publicUrl: string, about: StatementEntry, region: string | null, paragraph: string | null, placeName: string | null): OembedDocument {
  const options = { region, paragraph, tour: null, lang: DEFAULT_LANG, height: EMBED_HEIGHT.default, labels: true, statement: statementParam(about) };
  return {
    version: '1.0',
    type: 'rich',
    title: oembedTitle(about, placeName, paragraph),
    provider_name: 'Statement Atlas',
    provider_url: publicUrl,
    html: iframeSnippet(publicUrl, options, placeName, about),
    width: OEMBED_WIDTH,
    height: iframeHeight(EMBED_HEIGHT.default),
  };
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const attr = (s: string) => s.replace(/[&<>"]/g, (c) => ENTITIES[c]!);

/** The discovery tag a page puts in its <head>. */
export const oembedLinkTag = (href: string, title: string) => `<link rel="alternate" type="${OEMBED_TYPE}" href="${attr(href)}" title="${attr(title)}">`;

/**
 * Points the page's discovery link (there is one when the build knew the
 * public URL) at the view on screen, for tools that read the page as it is
 * now; returns what puts it back.
 */
export function pointOembedLink(about: StatementEntry, region: string, paragraph: string | null, placeName: string): () => void {
  const link = document.querySelector<HTMLLinkElement>(`link[rel="alternate"][type="${OEMBED_TYPE}"]`);
  if (!link) return () => {};
  const [href, title] = [link.href, link.title];
  link.href = new URL(oembedPath(about, region, paragraph), new URL('./', location.href)).href;
  link.title = oembedTitle(about, placeName, paragraph);
  return () => {
    link.href = href;
    link.title = title;
  };
}

/** What the build writes for one text of the collection: its files (path → JSON) and the discovery tag of each place's page. */
export function oembedFiles(
  publicUrl: string,
  about: StatementEntry,
  places: { id: string; name: string; paragraphs: string[] }[],
): { files: Map<string, string>; overviewTag: string; placeTags: Map<string, string> } {
  const files = new Map<string, string>();
  const placeTags = new Map<string, string>();
  const add = (region: string | null, paragraph: string | null, name: string | null) => {
    const path = oembedPath(about, region, paragraph);
    const doc = oembedDocument(publicUrl, about, region, paragraph, name);
    files.set(path, `${JSON.stringify(doc, null, 1)}\n`);
    return oembedLinkTag(new URL(path, publicUrl).href, doc.title);
  };
  const overviewTag = add(null, null, null);
  for (const p of places) {
    placeTags.set(p.id, add(p.id, null, p.name));
    for (const paragraph of p.paragraphs) add(p.id, paragraph, p.name);
  }
  return { files, overviewTag, placeTags };
}
