/**
 * Real people by the shape of their name, not only by list: a capitalised word used only as a name
 * followed by another capitalised word ("Paul Mescal", "Emma Stone") reads as a person's name, even
 * when no list has that person. Not people: licensed characters (the engine skips anything another
 * rule or an alias already matched), WordNet's names of places and things ("Los Angeles"),
 * a name followed by a kind of place ("Victoria Station", "Taylor Park"), a few figures of folklore,
 * and words that are also ordinary words ("Rose Garden", "Jack Frost": "rose" and "jack" are words).
 */
import data from './generated/names.json';
import type { Token } from './normalise';
import { SortedWords } from './sorted-words';

/** Built on first use, in the worker: the UI imports this package's types and never pays for it. */
let tables: { nameOnly: SortedWords; wordForms: SortedWords; places: Set<string> } | null = null;
const nameTables = () => (tables ??= { nameOnly: new SortedWords(data.nameOnly), wordForms: new SortedWords(data.wordForms), places: new Set(data.places) });
/** A name followed by one of these is a place or a thing named after someone. */
const PLACE_WORDS = new Set(
  ('street road lane avenue drive way square station garden gardens park lake river mountain mount hill hills valley bay beach island ' +
    'islands bridge hall house castle tower palace museum zoo market airport stadium arena center centre city town village county ' +
    'state school college university academy church cathedral abbey chapel temple falls forest wood woods canyon desert glacier ' +
    'harbour harbor port pier point cape coast sea ocean creek pond springs library theatre theater cinema hotel inn cafe restaurant ' +
    'shop store mall farm ranch lodge cottage manor estate building buildings plaza court quay wharf dock canal hospital prison fort ' +
    'st rd ave ln blvd bld pl way boulevard district north south east west air airlines airways express bank group company ' +
    'records studios motors sports team club united flag').split(' '),
);
/** Figures of folklore and festivals: named like people, not real. */
const FOLKLORE = new Set(['santa claus', 'santa clause', 'father christmas', 'easter bunny', 'tooth fairy', 'mother goose', 'mother nature', 'old man winter', 'baby new year']);

const NAME_SHAPE = /^[A-Z][a-z]+$/;
const LOWER_SHAPE = /^[a-z]{3,}$/;

export interface NameMatch {
  from: number;
  to: number;
  start: number;
  end: number;
}

/**
 * Pairs of tokens shaped like "Firstname Surname" in `prompt`, skipping spans `taken` (already
 * matched by another rule or a character alias). In a prompt written in Title Case both words must
 * be names, since every word is capitalised there.
 */
export function findPersonNames(prompt: string, tokens: readonly Token[], taken: (from: number, to: number) => boolean): NameMatch[] {
  const { nameOnly: NAME_ONLY, wordForms: WORD_FORMS, places: PLACES } = nameTables();
  const words = tokens.filter((t) => /\p{L}/u.test(prompt.slice(t.start, t.end)));
  // Title Case is judged on the words around a pair: in "Pip hugs Paul Mescal" the pair itself
  // and a character's name would make a short prompt look like a title.
  const titleCaseAround = (first: Token, second: Token) => {
    const others = words.filter((t) => t !== first && t !== second);
    return others.length >= 3 && others.filter((t) => t.capitalised).length / others.length >= 0.7;
  };
  const found: NameMatch[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i]!;
    const second = tokens[i + 1]!;
    const a = prompt.slice(first.start, first.end);
    const b = prompt.slice(second.start, second.end);
    // Written in lower case ("paul mescal"), both words must be names only, and not forms of a word
    // ("plants seeds"): no ordinary word reads as a name then.
    const lower = LOWER_SHAPE.test(a) && LOWER_SHAPE.test(b) && !WORD_FORMS.has(a) && !WORD_FORMS.has(b);
    if (!((NAME_SHAPE.test(a) && NAME_SHAPE.test(b)) || lower) || !/^\s+$/.test(prompt.slice(first.end, second.start))) continue;
    const pair = `${a} ${b}`.toLowerCase();
    if (!NAME_ONLY.has(a.toLowerCase()) || PLACE_WORDS.has(b.toLowerCase()) || PLACES.has(pair) || FOLKLORE.has(pair)) continue;
    if ((lower || titleCaseAround(first, second)) && !NAME_ONLY.has(b.toLowerCase())) continue;
    if (taken(i, i + 2)) continue;
    found.push({ from: i, to: i + 2, start: first.start, end: second.end });
    i++;
  }
  return found;
}
