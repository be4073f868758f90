// The links the atlas hands out: share links and embed snippets, links to a
// text of the collection, to the New atlas view and to a user's atlas. Built
// here, from url-state's names, and nowhere else; apart from url-state so
// that the first view, which reads its URL but hands out no link, does not
// carry them.
import { DEFAULT_LANG } from '../content/languages.ts';
import { EMBED_HEIGHT, PARAM, type View, type ViewState } from './url-state.ts';

/** A height for a snippet, inside the limits (the default when it is not a number). */
export const clampHeight = (n: number) =>
  Number.isFinite(n) ? Math.min(EMBED_HEIGHT.max, Math.max(EMBED_HEIGHT.min, Math.round(n))) : EMBED_HEIGHT.default;

/** How a link carries a user's atlas: in its hash (#atlas=…, deflated) or as an atlas file beside the app (?atlas=). */
export type Carried = { hash: string } | { file: string };

/** What a shared link or snippet describes. */
export interface LinkOptions extends ViewState {
  lang: string;
  labels: boolean;
  /** A text of the collection other than the flagship (the flagship needs none). */
  statement?: string | null;
  /** A user's atlas, as the link carries it (?view=atlas). */
  atlas?: Carried | null;
}

/** The query of a shared link: the embed view (with its options) or the full atlas. English is the default and is left out. */
export function linkQuery(o: LinkOptions, { embed }: { embed: boolean }): string {
  const params = new URLSearchParams();
  if (embed) params.set(PARAM.embed, '1');
  if (o.statement) params.set(PARAM.statement, o.statement);
  if (o.atlas) params.set(PARAM.view, 'atlas');
  if (o.atlas && 'file' in o.atlas) params.set(PARAM.atlas, o.atlas.file);
  if (o.tour) params.set(PARAM.tour, String(o.tour));
  else {
    if (o.region) params.set(PARAM.region, o.region);
    if (o.paragraph) params.set(PARAM.paragraph, o.paragraph);
  }
  if (o.lang !== DEFAULT_LANG) params.set(PARAM.lang, o.lang);
  if (embed && !o.labels) params.set(PARAM.labels, '0');
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The hash of a link that carries a user's atlas in it (#atlas=…), else ''. */
export const atlasHash = (o: Pick<LinkOptions, 'atlas'>) => (o.atlas && 'hash' in o.atlas ? `#${PARAM.atlas}=${o.atlas.hash}` : '');

/** The query of a link to one of the atlas's views (?view=new, the editor; ?view=atlas, a user's atlas carried as `atlas` says) in a language. */
export function viewQuery(view: View | null, lang: string, atlas?: Carried): string {
  const params = new URLSearchParams();
  if (view) params.set(PARAM.view, view);
  if (atlas && 'file' in atlas) params.set(PARAM.atlas, atlas.file);
  if (lang !== DEFAULT_LANG) params.set(PARAM.lang, lang);
  const s = params.toString();
  return (s ? `?${s}` : '') + atlasHash({ atlas });
}

/** `href` with the quiz round it plays (?quiz=<seed>), or with none: the address a class shares to play the same round. */
export function quizUrl(href: string, seed: number | null): string {
  const url = new URL(href);
  if (seed === null) url.searchParams.delete(PARAM.quiz);
  else url.searchParams.set(PARAM.quiz, String(seed));
  return url.href;
}
