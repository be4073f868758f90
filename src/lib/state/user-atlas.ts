// A user's atlas, read where its link puts it: #atlas=… (the whole atlas,
// deflated, in the hash, which never leaves the browser) or ?atlas=<file>, an
// atlas file hosted beside the app (same origin only: the atlas asks no
// other). It is then the same data a text of the collection is: a statement,
// the regions, the measures, a tour and the index, read by the same views.
import type { Translated } from '../content/languages';
import type { StatementEntry } from '../content/statements';
import { MAX_TEXT_BYTES } from '../linker/input';
import { parseShared, type SharedAtlas } from '../draft/draft';
import { decodeShared, sharedIn } from '../draft/share';
import { LinkIndex } from '../model/link-index';
import type { Carried } from '../model/url-links';
import { readPage } from '../model/url-state';
import { readUserAtlas } from '../model/user-atlas';
import type { Locale } from '../i18n/locale.svelte';
import type { Selection } from './selection.svelte';
import { fetchJson, isGeography, isRegions, type Ready } from './data.svelte';

/** What the reading view calls a user's text, over its title. */
const USER_KIND: Translated = { en: 'Shared atlas', ja: '共有アトラス' };

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

/**
 * The user's atlas as a reading view's data; links that do not fit its text are left out, and the reader told.
 * `about` (the view's entry for its text, reactive) is named by the atlas's title once it is read.
 */
export async function readUserText(about: StatementEntry, locale: Locale, selection: Selection): Promise<Ready> {
  const [{ atlas, carried: how }, verified, labels, geography] = await Promise.all([
    carried(),
    fetchJson('regions-lite.geojson', isRegions),
    fetchJson('region-labels.geojson', isRegions),
    fetchJson('geography.json', isGeography),
  ]);
  // (Its strings are in: main.ts loads the later ones beside a user's atlas's view.)
  const text = readUserAtlas(atlas, verified, labels, locale.t('draft.untitled'));
  const t = text.statement.title;
  const name: Translated = { en: `shared atlas “${t}”`, ja: `共有アトラス「${t}」` };
  Object.assign(about, { name, fullName: name, kind: USER_KIND });
  if (text.dropped) selection.notify({ key: 'draft.droppedLinks', params: { count: text.dropped } });
  const index = new LinkIndex(text.statement, text.regions, { regions: text.regions, labels: text.labels, overview: text.overview, atlas, carried: how });
  return { status: 'ready', statement: text.statement, regions: text.regions, geography, tour: text.tour, index };
}

