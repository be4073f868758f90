// A draft as a statement folder the data build accepts
// (geodata/statements/<id>/: source.txt, about.json, tour.json,
// corrections.json), plus the self-contained atlas file and a README saying
// how to add it. The build links a text to the verified regions by their
// curated terms; corrections.json turns that into exactly the links the user
// reviewed. Links to other gazetteer places travel in atlas.json: the build
// draws only verified regions.
import { LANGS } from '../content/languages';
import { termLinker } from '../linker/link';
import type { GazetteerPlace } from '../linker/gazetteer';
import type { Correction } from '../model/types';
import { blocks, METADATA_LINE } from '../linker/paragraphs';
import type { Draft, SharedAtlas } from './draft';
import { linksOf, type Reviewed } from './review';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** yyyy-mm-dd as the source format writes a date: "February 7, 2025". */
export const dateLine = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[m! - 1]} ${d}, ${y}`;
};

/** A folder name (and ?statement= value) from the title and date. */
export function folderId(draft: Pick<Draft, 'title' | 'date'>): string {
  const slug = draft.title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  // Cut long titles at a word: the folder name is for people, the title is in the text.
  const words = slug.length <= 48 || slug[48] === '-' ? slug.slice(0, 48) : slug.slice(0, 48).replace(/-[^-]*$/, '');
  return [words || 'statement', draft.date].filter(Boolean).join('-');
}

/** Why the draft cannot become a folder yet (empty when it can). */
export function folderProblems(draft: Draft): ('title' | 'date' | 'text' | 'metadata')[] {
  const out: ('title' | 'date' | 'text' | 'metadata')[] = [];
  if (!draft.title.trim()) out.push('title');
  if (!draft.date) out.push('date');
  if (!draft.text.trim()) out.push('text');
  else if (blocks(draft.text).some((b) => METADATA_LINE.test(b))) out.push('metadata');
  return out;
}

/** The corrections that make the build's links (curated terms of the verified regions) the reviewed ones. */
export function correctionsFor(reviewed: Reviewed, places: readonly GazetteerPlace[]) {
  // The build's own linker over the same terms (its links are the baseline the corrections amend).
  const curated = termLinker(places.filter((p) => p.verified && p.terms?.length).map((p) => ({ region: p.id, terms: p.terms! })));
  const key = (c: Correction) => `${c.paragraph}|${c.start}|${c.end}|${c.region}`;
  const built = new Map<string, Correction>();
  reviewed.paragraphs.forEach((p, i) => {
    for (const m of curated.link(p.text).mentions) {
      const c = { paragraph: `p${i + 1}`, start: m.start, end: m.end, text: m.text, region: m.place };
      built.set(key(c), c);
    }
  });
  const wanted = new Map<string, Correction>();
  for (const l of linksOf(reviewed))
    if (l.place.verified) {
      const c = { paragraph: `p${l.paragraph + 1}`, start: l.start, end: l.end, text: l.text, region: l.place.id };
      wanted.set(key(c), c);
    }
  return {
    unlink: [...built].filter(([k]) => !wanted.has(k)).map(([, { end: _, ...u }]) => u),
    link: [...wanted].filter(([k]) => !built.has(k)).map(([, c]) => c),
  };
}

/** A string in every interface language, as the content layer writes it (the same text until translated). */
const inEvery = (text: string) => `{ ${LANGS.map((l) => `${l}: ${JSON.stringify(text)}`).join(', ')} }`;
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** The folder's files, by name. */
export function folderFiles(draft: Draft, reviewed: Reviewed, places: readonly GazetteerPlace[], shared: SharedAtlas): { id: string; files: Record<string, string> } {
  const id = folderId(draft);
  const title = draft.title.replace(/\s+/g, ' ').trim();
  const source = [
    `**${title}**`,
    `*${dateLine(draft.date)}*`,
    '',
    draft.text.replace(/\r\n?/g, '\n').trim(),
    '',
  ].join('\n');
  const corrections = correctionsFor(reviewed, places);
  let host = '';
  try {
    host = new URL(draft.source).hostname;
  } catch {
    // Not a URL: the source is recorded as given.
  }
  const other = linksOf(reviewed).filter((l) => !l.place.verified);
  const readme = [
    `# ${title}`,
    '',
    `A statement folder made with Statement Atlas's "New atlas" view. To add it to the collection:`,
    '',
    `1. Copy this folder to \`geodata/statements/${id}/\`.`,
    '2. Add its entry to `STATEMENTS` in `src/lib/content/statements.ts` (and translate its names):',
    '',
    '```ts',
    `  {`,
    `    id: ${JSON.stringify(id)},`,
    `    dataPath: ${JSON.stringify(`statements/${id}/`)},`,
    `    name: ${inEvery(title)},`,
    `    fullName: ${inEvery(title)},`,
    `    kind: ${inEvery('Statement')},`,
    `  },`,
    '```',
    '',
    '3. Run `npm run data`, then open `?statement=' + id + '`.',
    '',
    `The data build links the text to the atlas's verified regions; \`corrections.json\` (${corrections.unlink.length} to unlink, ${corrections.link.length} to link) makes those links the ones reviewed here.`,
    other.length
      ? `${other.length} links name places outside the verified regions (coarser gazetteer entries); they are kept in \`atlas.json\`, which the New atlas view opens, and the build does not draw them.`
      : 'Every link names a verified region.',
    '',
    `Source: ${draft.source || 'not given'}. Licence: ${draft.licence || 'not given'}: record both before publishing the text.`,
    '',
  ].join('\n');
  return {
    id,
    files: {
      'source.txt': source,
      'about.json': json({
        $comment: 'Made with the Statement Atlas New atlas view.',
        // The text as the user gave it: not called official, with the licence they gave (nothing made up).
        source: { publisher: host || 'the atlas’s author', url: draft.source, licence: draft.licence, official: false },
      }),
      'tour.json': json({ steps: [] }),
      'corrections.json': json(corrections),
      'atlas.json': json(shared),
      'README.md': readme,
    },
  };
}

/** The folder as a .zip (fflate: a small, well-kept zip writer; loaded only on export). */
export async function folderZip(folder: { id: string; files: Record<string, string> }): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await import('fflate');
  return zipSync({ [folder.id]: Object.fromEntries(Object.entries(folder.files).map(([name, text]) => [name, strToU8(text)])) }, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}
