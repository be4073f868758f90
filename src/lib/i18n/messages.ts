// Every string of the interface, in English (other languages: messages-<code>.ts). The statement itself
// is never here: it is quoted in its official English, in both languages.
// Placeholders are {name}; a test checks both languages use the same ones.
import type { Lang } from '../content/languages';

const en = {
  'app.title': 'Statement Atlas',
  'app.loading': 'Loading the statement and its places…',
  'app.loadError': 'The atlas could not load its data.',
  'app.retry': 'Try again',
  'app.partError': 'This part of the atlas could not load: {message}',
  'app.updated': 'The atlas has been updated since this page was opened. Reload to use the new version; this view and any draft are kept.',
  'app.reload': 'Reload',
  'app.language': 'Language',
  'list.featured': 'Featured places',
  'kind.sea': 'Sea',
  'kind.strait': 'Strait',
  'kind.island-group': 'Island group',
  'kind.island': 'Island',
  'kind.site': 'Site',
  'kind.country': 'Country',
  'kind.region': 'Region',
  'reader.opening': 'Opening',
  'cite.source': 'Source {n}: {title}',
  'mention.show': 'Show {names} on the map',
  'mention.and': ' and ',
  'map.printSelected': 'Outlined: {name}',
  'map.summarySelected': 'Map showing {name}, selected. {count} places from the statement are drawn; use the list of places to select one by keyboard.',
  'map.summary': 'Map of East Asia showing the {count} places the statement names, among them {names}. Use the list of places to select one by keyboard.',
  'map.partError': 'Part of the map could not be drawn: {message}',
  'map.noWebgl': 'This browser cannot draw the interactive map (WebGL is unavailable), so this is a static picture of the selected place. Everything else works: choose places from the list or the text.',
  'map.noWebglShort': 'A static picture: this browser has no WebGL.',
  'map.static': 'Static map of {name}',
  'map.staticOverview': 'Static map of East Asia with the places the statement names',
  'announce.selected': 'Selected: {name}, named in {count} passages.',
  'announce.selectedOne': 'Selected: {name}, named in 1 passage.',
  'announce.paragraph': 'Paragraph {n}.',
  'announce.step': 'Tour step {n} of {total}: {title}.',
  'announce.none': 'No place selected: the overview.',
} as const;

/** Every key: those both views show first, the reading view's (en-app.ts), the embed's (en-embed.ts) and those of the parts that load later (en-later.ts). */
export type MessageKey = keyof typeof en | keyof typeof import('./en-app').APP | keyof typeof import('./en-embed').EMBED | keyof typeof import('./en-later').LATER;
export type Messages = { readonly [K in MessageKey]: string };
type FirstMessages = { readonly [K in keyof typeof en]: string };

/** The English both views' first view needs (the rest is in en-app.ts, en-embed.ts and en-later.ts). */
export const EN_FIRST: FirstMessages = en;

// English ships with the app; every other language is its own file,
// messages-<code>.ts exporting MESSAGES, loaded when chosen, so an English
// reader does not download the Japanese interface.
const packs: Partial<Record<string, Partial<Messages>>> = { en };
const files = import.meta.glob<Messages>('./messages-*.ts', { import: 'MESSAGES' });

/** Makes a language's messages available to format() (what loadMessages does once the file is in). */
export function addMessages(lang: string, messages: Messages): void {
  packs[lang] = messages;
}

/**
 * The English strings of the parts that load on use (the share dialog, the
 * comparison of texts): call (and wait) beside loading such a part. Other
 * languages' files hold every string already.
 */
export async function loadLaterMessages(): Promise<void> {
  if (laterMessagesLoaded()) return;
  const { LATER } = await import('./en-later');
  packs.en = { ...packs.en, ...LATER };
}

/** Whether the English of the parts loaded on use (en-later.ts) is in. */
export const laterMessagesLoaded = (): boolean => 'share.title' in (packs.en ?? {});

/** English a view brings with it: the reading view's (en-app.ts) and the embed's (en-embed.ts), which the other does not carry. */
export function addEnglish(messages: Partial<Messages>): void {
  packs.en = { ...packs.en, ...messages };
}

/** Makes a language's messages available to format(); call (and wait) before switching to it. */
export async function loadMessages(lang: Lang): Promise<void> {
  const file = files[`./messages-${lang}.ts`];
  if (!packs[lang] && file) addMessages(lang, await file());
}


export type Params = Record<string, string | number>;

/**
 * The message in a language, with its {placeholders} filled in (as text, never markup). A value that
 * ends a sentence itself ("Washington, D.C.") stands for the stop the message puts after it, in either script.
 */
export function format(lang: string, key: MessageKey, params: Params = {}): string {
  const text = packs[lang]?.[key] ?? packs.en?.[key] ?? key;
  return text.replace(/\{(\w+)\}([.。]?)/g, (whole, name: string, stop: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return value + (/[.。!?！？]$/.test(value) ? '' : stop);
  });
}

/** A message to show later, in whatever language the interface is in by then. */
export interface Notice {
  key: MessageKey;
  params?: Params;
}
