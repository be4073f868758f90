// A user's atlas as its share link carries it (?view=atlas#atlas=…), for the
// bench and the review sheets: a text written for them (user-text.txt),
// linked by the linker the New atlas view runs, its links shared as they stand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newDraft } from '../../src/lib/draft/draft';
import { linksOf, review } from '../../src/lib/draft/review';
import { encodeShared } from '../../src/lib/draft/share';
import { gazetteerLinker, linkDocument } from '../../src/lib/linker/document';
import { viewQuery } from '../../src/lib/model/url-links';

const root = join(import.meta.dirname, '..', '..');

/** The query and hash of the link, to put after the atlas's address. */
export async function userAtlasLink(): Promise<string> {
  const text = readFileSync(join(import.meta.dirname, 'user-text.txt'), 'utf8');
  const linker = gazetteerLinker(JSON.parse(readFileSync(join(root, 'public/data/gazetteer.json'), 'utf8')));
  const links = linksOf(review(linkDocument(text, linker), []));
  const draft = { ...newDraft(0, 'bench'), title: 'Joint Statement on Maritime Security', date: '2025-03-01', licence: 'CC0 1.0', text };
  return viewQuery('atlas', 'en', { hash: await encodeShared({ draft, links }) });
}
