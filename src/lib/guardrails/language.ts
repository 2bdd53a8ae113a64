/**
 * Whether a prompt is written in English: the guard's lists, its learned check and the model all
 * read English only. A prompt in another language ("Pip tötet den Hasen mit einem Messer") would
 * pass lists it has no words for, or be refused by a classifier that reads it as noise ("Pip spielt
 * mit seinem Hund im Schnee"), and the model would ignore its words; so it is refused with a
 * reason the fan can act on, before anything else reads it.
 *
 * The sign is another language's function words outnumbering English ones, among a prompt's
 * words that are mostly not English words: typos, slang and foreign names in an English sentence
 * ("Pip at a café in la rambla") stay English.
 */
import english from './generated/english.json';
import { SortedWords } from './sorted-words';

/**
 * Articles, prepositions, conjunctions and pronouns of the languages most often typed instead
 * (German, French, Spanish, Italian, Portuguese, Dutch). Any that is also an English word is left
 * out when the set is built ("die", "son", "con"), and so is "da", English slang for "the".
 */
const FOREIGN_FUNCTION_WORDS = (
  'der das und ist mit ein eine einem einer einen nicht im am zum zur auf fur von dem den des sich auch wie bei nach aus ich du er sie es wir ihr seine seinem seiner ihre ihrem sind wird ' +
  'de le la les des une du et est avec dans sur pour pas au aux ses sa leur qui que il elle ils nous vous je tu ce cette ' +
  'el los las una con en del por para su sus al se lo mientras muy como ' +
  'il lo gli le di della delle dei nel nella per che sul sulla alla suo sua ' +
  'os uma com do dos das em no na ao seu num numa ' +
  'het een en op van voor niet zijn haar zich naar ook'
).split(' ');

/** English function words: their count against the foreign ones decides a mixed prompt. */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the and with of in on at to is are an his her their its he she it they them from by for into while who that this as was were be has have some while over under near'.split(' '),
);

/** Below this share of English words a prompt may be another language. */
const MIN_ENGLISH_SHARE = 0.5;
/** Fewer counted words than this say too little to tell (and a prompt half typed, "Pip le", is not refused). */
const MIN_WORDS = 3;

let englishWords: SortedWords | null = null;
let foreignWords: ReadonlySet<string> | null = null;

function wordSets(): [SortedWords, ReadonlySet<string>] {
  englishWords ??= new SortedWords(english.words);
  foreignWords ??= new Set(FOREIGN_FUNCTION_WORDS.filter((w) => !englishWords!.has(w)));
  return [englishWords, foreignWords];
}

/**
 * `words`: the prompt's words, lower case, accents dropped, licensed characters' names already
 * taken out (they belong to no language). Words with digits and single letters are not counted.
 */
export function readsAsEnglish(words: readonly string[]): boolean {
  const [known, foreign] = wordSets();
  const counted = words.filter((w) => /^\p{L}{2,}$/u.test(w));
  const englishCount = counted.filter((w) => known.has(w)).length;
  if (counted.length < MIN_WORDS || englishCount >= MIN_ENGLISH_SHARE * counted.length) return true;
  const foreignFunction = counted.filter((w) => foreign.has(w)).length;
  const englishFunction = counted.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return foreignFunction === 0 || foreignFunction <= englishFunction;
}
