// What both views (the full atlas and the embed) do on start: set up the
// selection and language contexts, load the data, and apply the URL once the
// data is there, then keep the URL in step.
import { quote, readPage } from '../model/url-state';
import { chooseLang, Locale, setLocaleContext, syncLang } from '../i18n/locale.svelte';
import type { LinkIndex } from '../model/link-index';
import type { TourStep } from '../model/types';
import type { Known } from '../model/url-state';
import { getContext, setContext } from 'svelte';
import { DEFAULT_STATEMENT, statementFor, type StatementEntry } from '../content/statements';
import { AtlasData, type Ready } from './data.svelte';
import { Selection, setSelectionContext } from './selection.svelte';
import { NoticeList, setNoticesContext } from '../ui/notices.svelte';
import { applyUrl, syncUrl } from './url-sync.svelte';

/** The loaded atlas: its data, and what the URL parser may ask of it. */
export class Atlas {
  readonly data: AtlasData;
  index = $state.raw<LinkIndex | null>(null);
  tour = $state.raw<TourStep[]>([]);
  readonly known: Known & { readonly tour: TourStep[] };

  constructor(about: StatementEntry = DEFAULT_STATEMENT, read?: () => Promise<Ready>) {
    this.data = new AtlasData(about, read);
    const atlas = this;
    this.known = {
      hasRegion: (id) => !!atlas.index?.hasRegion(id),
      hasParagraph: (id) => !!atlas.index?.hasParagraph(id),
      names: (paragraph, region) => !atlas.index || atlas.index.paragraphsOf(region).some((p) => p.id === paragraph),
      get tourLength() {
        return atlas.tour.length;
      },
      get tour() {
        return atlas.tour;
      },
    };
  }
}

interface Options {
  /** Embedded: selections replace the URL instead of adding history entries. */
  replaceHistory?: boolean;
  /** Runs once, when the data is ready and the URL applied. */
  onReady?: (atlas: Atlas) => void;
}

const STATEMENT = Symbol('statement');
/** The statement the view reads (its names and where it was published), for components that show them. */
export const getStatement = () => getContext<StatementEntry>(STATEMENT);

/** Call once, at the top of a view component. */
export function startAtlas({ replaceHistory = false, onReady }: Options = {}) {
  // The tour the selection's bar shows is the atlas's (made below), as it is at each moment.
  const selection = setSelectionContext(new Selection(() => atlas.tour));
  const notices = setNoticesContext(new NoticeList());
  const page = readPage(location.search);
  const chosen = chooseLang(page.lang, navigator.languages);
  const locale = setLocaleContext(new Locale(chosen.lang));
  if (chosen.notice) notices.add(chosen.notice);
  syncLang(locale);

  // ?statement= picks a text of the collection; the flagship otherwise (every older link).
  // ?view=atlas: a user's text, from the link; ?view=new: the draft being edited, read again at each change
  // (the entry is named once the text is read).
  const asked = page.statement;
  const user: StatementEntry | null = $state(page.view ? { ...DEFAULT_STATEMENT, id: page.view } : null);
  const about = user || statementFor(asked);
  if (!about) notices.add({ key: 'notice.unknownStatement', params: { value: quote(asked!) } });
  const atlas = new Atlas(
    about || DEFAULT_STATEMENT,
    user ? () => import('./user-atlas').then((m) => (page.view === 'new' ? m.readDraft(user!, locale) : m.readUserText(user!, locale, notices))) : undefined,
  );
  setContext(STATEMENT, atlas.data.about);
  atlas.data.load();
  $effect(() => {
    const state = atlas.data.state;
    if (state.status !== 'ready' || atlas.index) return;
    atlas.index = state.index;
    atlas.tour = state.tour;
    applyUrl(selection, notices, atlas.known, 'url');
    onReady?.(atlas);
  });
  syncUrl(selection, notices, atlas.known, { replace: replaceHistory });
  return { atlas, selection, locale, notices };
}
