// A user's atlas, read where its link puts it: #atlas=… (the whole atlas,
// deflated, in the hash, which never leaves the browser) or ?atlas=<file>, an
// atlas file hosted beside the app (same origin only: the atlas asks no
// other). It is then the same data a text of the collection is: a statement,
// the regions, the measures, a tour and the index, read by the same views.
// A draft being edited (?view=new) is read the same way, each time it is linked
// anew: what its author sees is what a reader of its link will.
import type { Translated } from '../content/languages';
import type { StatementEntry } from '../content/statements';
import { MAX_TEXT_BYTES } from '../linker/input';
import { newDraft, parseShared, type SharedAtlas } from '../draft/draft';
import { decodeShared, sharedIn } from '../draft/share';
import { LinkIndex } from '../model/link-index';
import type { Carried } from '../model/url-links';
import { readPage } from '../model/url-state';
import { readUserAtlas } from '../model/user-atlas';
import type { Locale } from '../i18n/locale.svelte';
import type { NoticeList } from '../ui/notices.svelte';
import type { Geography, RegionCollection } from '../model/types';
import { fetchJson, isGeography, isRegions, type Ready } from './data.svelte';

/** What the reading view calls a user's text, over its title. */
const USER_KIND: Translated = { en: 'Shared atlas', ja: '共有アトラス' };
const DRAFT_KIND: Translated = { en: 'Draft', ja: '下書き' };

/** An atlas file's address from ?atlas=, if it is a .json file on this site; null otherwise. */
export function atlasFileUrl(value: string, base: string): URL | null {
  try {
    const url = new URL(value, base);
    return url.origin === new URL(base).origin && /\.json$/i.test(url.pathname) ? url : null;
  } catch {
    return null;
  }
}

/** The atlas the page's address carries, and how (for the links the share dialog makes), or an error a reader can act on. */
async function carried(): Promise<{ atlas: SharedAtlas; carried: Carried }> {
  const file = readPage(location.search).atlas;
  if (file !== null) {
    const url = atlasFileUrl(file, location.href);
    if (!url) throw new Error('This atlas link names a file that is not an atlas file on this site (?atlas= takes a .json file beside the atlas).');
    const response = await fetch(url);
    if (!response.ok) throw new Error(`The atlas file ${url.pathname} could not be loaded (HTTP ${response.status}).`);
    const text = await response.text();
    if (text.length > MAX_TEXT_BYTES * 2) throw new Error(`The atlas file ${url.pathname} is larger than the atlas accepts.`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`The atlas file ${url.pathname} is damaged (not valid JSON).`);
    }
    const parsed = parseShared(json);
    if (!parsed.ok) throw new Error(`The atlas file ${url.pathname} could not be read: ${parsed.error}.`);
    return { atlas: parsed.value, carried: { file } };
  }
  const value = sharedIn(location.hash);
  if (value === null) throw new Error('This link carries no atlas (#atlas=… is missing). Make one in the New atlas view.');
  const decoded = await decodeShared(value);
  if (!decoded.ok) throw new Error(`This link’s atlas could not be read: ${decoded.error}.`);
  return { atlas: decoded.value, carried: { hash: value } };
}

/** The atlas's own files a user's text is read against: the verified regions, their labels and the measures (fetched once). */
type Basis = [RegionCollection, RegionCollection, Geography];
let basis: Promise<Basis> | null = null;
const basisOf = () =>
  (basis ??= Promise.all([fetchJson('regions-lite.geojson', isRegions), fetchJson('region-labels.geojson', isRegions), fetchJson('geography.json', isGeography)]).catch((e: unknown) => {
    basis = null; // a failed fetch is tried again when next asked
    throw e;
  }));

/** Names `about` (the view's reactive entry for its text) by the atlas's title, as `kind` calls it. */
function name(about: StatementEntry, kind: Translated, title: string) {
  const name: Translated = { en: `${kind.en.toLowerCase()} “${title}”`, ja: `${kind.ja}「${title}」` };
  Object.assign(about, { name, fullName: name, kind });
}

/** A user's atlas as a reading view's data: its text, its places and tour, and the index every view reads. */
function readyOf(atlas: SharedAtlas, [verified, labels, geography]: Basis, untitled: string, how: Carried | null) {
  const text = readUserAtlas(atlas, verified, labels, untitled);
  const index = new LinkIndex(text.statement, text.regions, { regions: text.regions, labels: text.labels, overview: text.overview, atlas, carried: how });
  const ready: Ready = { status: 'ready', statement: text.statement, regions: text.regions, geography, tour: text.tour, index };
  return { ready, dropped: text.dropped };
}

/**
 * The user's atlas as a reading view's data; links that do not fit its text are left out, and the reader told.
 * `about` (the view's entry for its text, reactive) is named by the atlas's title once it is read.
 */
export async function readUserText(about: StatementEntry, locale: Locale, notices: NoticeList): Promise<Ready> {
  const [{ atlas, carried: how }, base] = await Promise.all([carried(), basisOf()]);
  // (Its strings are in: main.ts loads the later ones beside a user's atlas's view.)
  const { ready, dropped } = readyOf(atlas, base, locale.t('draft.untitled'), how);
  name(about, USER_KIND, ready.statement.title);
  if (dropped) notices.add({ key: 'draft.droppedLinks', params: { count: dropped } });
  return ready;
}

/** A draft being edited (?view=new), read as every text is: `draft` its text with its reviewed links, again at each change. */
export async function readDraft(about: StatementEntry, locale: Locale, draft: SharedAtlas = { draft: newDraft(0, 'new'), links: [] }): Promise<Ready> {
  const { ready } = readyOf(draft, await basisOf(), locale.t('draft.untitled'), null);
  name(about, DRAFT_KIND, ready.statement.title);
  return ready;
}
