// Which place names are also words of English or people's names, from
// compromise's lexicon (a maintained part-of-speech lexicon) and an English
// word list (word-list, read at build time only): the linker links "Reading"
// and "Jordan" only where the text reads as a place (src/lib/linker/link.ts).
import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

const WORDS = new Set(readFileSync(wordListPath, 'utf8').split('\n'));

const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const PERSON = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific']);
const PLACE = new Set(['Place', 'City', 'Country', 'Region', 'ProperNoun', 'Organization', 'SportsTeam', 'Demonym']);
/** Word classes that are never a place's name on their own ("Of", "Will", "May"). */
const NEVER = new Set(['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Modal', 'Copula', 'Auxiliary', 'QuestionWord', 'Month', 'WeekDay', 'Date', 'Negative']);
/** Months and weekdays, which the lexicon files as dates. */
const CALENDAR = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

export interface NameFlags {
  common: boolean;
  person: boolean;
  never: boolean;
}

export function nameFlags(name: string): NameFlags {
  if (/\s/.test(name) || !/^\p{Lu}/u.test(name)) return { common: false, person: false, never: false };
  const word = name.toLowerCase();
  const raw = lexicon[word];
  const tags = new Set(raw === undefined ? [] : Array.isArray(raw) ? raw : raw.split(','));
  const never = CALENDAR.test(word) || [...tags].some((t) => NEVER.has(t));
  const person = [...tags].some((t) => PERSON.has(t));
  const common = !never && !person && (tags.size > 0 || WORDS.has(word)) && ![...tags].some((t) => PLACE.has(t));
  return { common, person, never };
}

/** Given names from the lexicon, capitalised: a place name after one is part of a person's name ("Michael Jordan"). */
export function givenNames(): string[] {
  const names = Object.entries(lexicon)
    .filter(([, tags]) => (Array.isArray(tags) ? tags : tags.split(',')).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName'))
    .map(([w]) => w.charAt(0).toUpperCase() + w.slice(1))
    .filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
  return [...new Set(names)].sort();
}
