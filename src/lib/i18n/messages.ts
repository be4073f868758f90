// Every string of the interface, in English (other languages: messages-<code>.ts). The statement itself
// is never here: it is quoted in its official English, in both languages.
// Placeholders are {name}; a test checks both languages use the same ones.
import type { Lang } from '../content/languages';

const en = {
  'app.title': 'Statement Atlas',
  'app.subtitle': 'The {statement}, place by place',
  'app.loading': 'Loading the statement and its places…',
  'app.loadError': 'The atlas could not load its data.',
  'app.retry': 'Try again',
  'app.partError': 'This part of the atlas could not load: {message}',
  'app.share': 'Share & embed',
  'compare.title': 'In the other texts of the collection',
  'compare.intro': 'Newest first, each passage quoted as its text has it.',
  'compare.none': 'No other text in the collection names this place.',
  'compare.sample': 'A sample text written by the project, not an official statement',
  'compare.open': 'Open this text at {name}',
  'compare.loading': 'Loading the other texts…',
  'compare.error': 'The other texts could not be loaded: {message}',
  'app.language': 'Language',
  'notice.dismiss': 'Dismiss',
  'notice.repeated': 'The link gives “{key}” {count} times; the first is used.',
  'notice.unknownRegion': 'This link names a place the atlas does not know (“{value}”). Showing the overview.',
  'notice.unknownParagraph': 'This link names a passage the statement does not have (“{value}”).',
  'notice.unknownStep': 'The guided tour has no step “{value}”; it has {count}.',
  'notice.badQuiz': 'A quiz link needs a number, e.g. ?quiz=42.',
  'notice.unknownStatement': 'The collection has no text “{value}”. Showing its flagship text.',
  'notice.badLang': 'The interface is in English or Japanese (“en” or “ja”), not “{value}”.',
  'overview.title': 'Read the statement through its geography',
  'overview.intro': 'The {statement} names {count} places. Each is drawn on the map and linked to the words that name it.',
  'overview.clickPlace': 'Click a place on the map or in the list to read what the statement says about it.',
  'overview.clickName': 'Click an underlined name in the text to see where it is.',
  'overview.links': 'Every view has its own link: copy the address to share it.',
  'overview.tour': 'Take the guided tour',
  'overview.quiz': 'Quiz yourself',
  'list.label': 'Places in the statement',
  'list.featured': 'Featured places',
  'list.other': 'Other places the statement names',
  'list.item': '{name}, named in {count} passages',
  'list.itemOne': '{name}, named in 1 passage',
  'kind.sea': 'Sea',
  'kind.strait': 'Strait',
  'kind.island-group': 'Island group',
  'kind.island': 'Island',
  'kind.site': 'Site',
  'kind.country': 'Country',
  'kind.region': 'Region',
  'panel.close': 'Close and show the overview',
  'panel.statementTerm': 'In the statement: {term}',
  'panel.alsoCalled': 'Also called',
  'panel.administeredBy': 'Administered by',
  'panel.claimedBy': 'Also claimed by',
  'panel.parts': 'Named on this card · {count} parts',
  'panel.note': 'On this map',
  'panel.says': 'What the statement says · {count} passages',
  'panel.saysOne': 'What the statement says · 1 passage',
  'panel.opening': 'Opening',
  'panel.unfold': 'Show the whole card',
  'panel.readInContext': 'Read in context',
  'panel.paragraph': '(paragraph {n})',
  'panel.sources': 'Sources for this card:',
  'panel.shape': 'Shape: {source}. Licence: {licence}.',
  'panel.worksheet': 'Worksheet for a lesson: print it, with an answer key',
  'panel.contentInEnglish': 'The card’s facts are given in English, with their sources.',
  'cite.source': 'Source {n}: {title}',
  'geo.title': 'Geography',
  'geo.computed': 'computed from the map data',
  'geo.area': 'Area',
  'geo.extent': 'Extent',
  'geo.extentValue': '{ns} km north–south, {ew} km east–west',
  'geo.published': 'published: about {km} km',
  'geo.publishedArea': 'published: {km2} km²',
  'geo.source': 'source',
  'mention.show': 'Show {names} on the map',
  'mention.and': ' and ',
  'reader.kicker': '{kind} · {date}',
  'reader.source': 'Official English text, quoted verbatim from the {collection} ({dcpd}).',
  'reader.englishNote': '',
  'reader.paragraph': 'Paragraph {n}',
  'reader.note': 'Note in the source:',
  'reader.subjects': 'Subjects:',
  'tour.source': 'source',
  'tour.label': 'Guided tour',
  'tour.count': 'Guided tour · step {n} of {total}',
  'tour.exit': 'Exit tour',
  'tour.progress': 'Tour progress',
  'tour.progressText': 'Step {n} of {total}',
  'tour.previous': 'Previous',
  'tour.next': 'Next',
  'tour.hint': 'Arrow keys ← → step through the statement; Esc leaves the tour.',
  'quiz.title': 'Quiz',
  'quiz.exit': 'Exit quiz',
  'quiz.final': 'You scored {score} of {total}.',
  'quiz.again': 'Play another round',
  'quiz.progress': 'Question {n} of {total} · score {score}',
  'quiz.find': 'Find {name} on the map.',
  'quiz.findAlt': 'Click it on the map, or choose it here:',
  'quiz.yourAnswer': 'Your answer',
  'quiz.answer': 'Answer',
  'quiz.nameIt': 'Which place is highlighted on the map?',
  'quiz.answers': 'Answers',
  'quiz.right': 'Right: that is {name}.',
  'quiz.wrongGiven': 'Not quite: that was {given}. The answer is {name}, now highlighted on the map.',
  'quiz.wrong': 'Not quite. The answer is {name}, now highlighted on the map.',
  'quiz.next': 'Next question',
  'quiz.score': 'See your score',
  'layers.button': 'Layers & legend',
  'layers.legend': 'Map layers',
  'layers.shelf': 'Continental shelf',
  'layers.shelfNote': 'Sea floor deeper than 200 m shaded; the pale water between is the shelf. The Okinawa Trough runs west of the Ryukyu chain.',
  'layers.island-groups': 'Island groups',
  'layers.island-groupsNote': 'The six groups of the Southwest Islands, Ōsumi to Yaeyama.',
  'layers.sea-features': 'South China Sea features',
  'layers.sea-featuresNote': 'Spratly and Paracel Islands, Scarborough Shoal and reefs (Natural Earth).',
  'layers.maritime': 'Maritime boundary lines',
  'layers.maritimeNote': 'Natural Earth indicator lines: 200 nmi limits, median and treaty lines. Not legal boundaries.',
  'layers.labels': 'Labels',
  'layers.labelsNote': 'Turn off for a blank map.',
  'map.printSelected': 'Outlined: {name}',
  'measure.button': 'Measure distance',
  'measure.how': 'Click two points on the map, or choose two places: the atlas’s own measure where it has one (the nearest coast), else between their label points.',
  'measure.from': 'From',
  'measure.to': 'To',
  'measure.result': '{from} → {to}, great-circle distance',
  'measure.second': 'From {from}: now the second point.',
  'measure.none': 'No distance yet.',
  'measure.clear': 'Clear',
  'map.summarySelected': 'Map showing {name}, selected. {count} places from the statement are drawn; use the list of places to select one by keyboard.',
  'map.summary': 'Map of East Asia showing the {count} places the statement names, among them {names}. Use the list of places to select one by keyboard.',
  'map.partError': 'Part of the map could not be drawn: {message}',
  'map.noWebgl': 'This browser cannot draw the interactive map (WebGL is unavailable), so this is a static picture of the selected place. Everything else works: choose places from the list or the text.',
  'map.noWebglShort': 'A static picture: this browser has no WebGL.',
  'map.noWebglEmbed': 'This browser cannot draw the interactive map (WebGL is unavailable), so this is a static picture. The text works as usual.',
  'map.static': 'Static map of {name}',
  'map.staticOverview': 'Static map of East Asia with the places the statement names',
  'embed.showText': 'Show the text',
  'embed.hideText': 'Hide the text',
  'embed.sheet': 'What the statement says',
  'embed.closePlace': 'Close and show all places',
  'embed.choose': 'Choose a place to read what the statement says about it:',
  'embed.open': 'Open the full atlas',
  'embed.credit': 'Statement Atlas · text: {dcpd}, public domain · map: Natural Earth, © OpenStreetMap contributors',
  'share.title': 'Share & embed',
  'share.close': 'Close',
  'share.link': 'Link to this view',
  'share.embed': 'Embed in an article',
  'share.options': 'Embed options',
  'share.place': 'Place',
  'share.allPlaces': 'All places (overview)',
  'share.passage': 'Passage',
  'share.none': 'None',
  'share.step': 'Tour step',
  'share.noTour': 'No tour',
  'share.language': 'Language',
  'share.height': 'Map height (px)',
  'share.heightNote': 'The map is {map} px tall. The iframe snippet is {frame} px: the map and the passage under it on a phone, which scrolls inside if longer. The script embed sizes itself to its content.',
  'share.labels': 'Map labels',
  'share.iframe': 'Iframe (works everywhere)',
  'share.script': 'Script embed (sizes itself; for sites that allow scripts)',
  'share.cite': 'Cite this passage',
  'share.citeLabel': 'Citation of paragraph {n}',
  'share.citeHint': 'Select a place or a passage to cite it.',
  'copy.button': 'Copy',
  'copy.done': 'Copied.',
  'copy.select': 'Selected: press Ctrl+C (⌘C) to copy.',
  'announce.selected': 'Selected: {name}, named in {count} passages.',
  'announce.selectedOne': 'Selected: {name}, named in 1 passage.',
  'announce.paragraph': 'Paragraph {n}.',
  'announce.step': 'Tour step {n} of {total}: {title}.',
  'announce.none': 'No place selected: the overview.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };

export const EN: Messages = en;

// English ships with the app; every other language is its own file,
// messages-<code>.ts exporting MESSAGES, loaded when chosen, so an English
// reader does not download the Japanese interface.
const packs: Partial<Record<string, Messages>> = { en };
const files = import.meta.glob<Messages>('./messages-*.ts', { import: 'MESSAGES' });

/** Makes a language's messages available to format() (what loadMessages does once the file is in). */
export function addMessages(lang: string, messages: Messages): void {
  packs[lang] = messages;
}

/** Makes a language's messages available to format(); call (and wait) before switching to it. */
export async function loadMessages(lang: Lang): Promise<void> {
  const file = files[`./messages-${lang}.ts`];
  if (!packs[lang] && file) addMessages(lang, await file());
}


export type Params = Record<string, string | number>;

/** The message in a language, with its {placeholders} filled in (as text, never markup). */
export function format(lang: string, key: MessageKey, params: Params = {}): string {
  return (packs[lang] ?? en)[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A message to show later, in whatever language the interface is in by then. */
export interface Notice {
  key: MessageKey;
  params?: Params;
}
