/**
 * Inflected forms of a list word, generated once when an index is built, so that matching a prompt
 * is a hash lookup and never strips suffixes off the prompt's own words (stemming "dating" or
 * "pots" would hit unrelated words; generating forms from "date" only adds forms of "date").
 */

/** Irregular forms of words that appear in the lists and in licensors' rules. */
const IRREGULAR = new Map<string, string[]>(Object.entries({
  eat: ['ate', 'eaten'],
  fall: ['fell', 'fallen'],
  burn: ['burnt'],
  break: ['broke', 'broken'],
  bleed: ['bled'],
  fight: ['fought'],
  beat: ['beaten'],
  blow: ['blew', 'blown'],
  drink: ['drank', 'drunk'],
  throw: ['threw', 'thrown'],
  hang: ['hung'],
  strike: ['struck'],
  tear: ['tore', 'torn'],
  freeze: ['froze', 'frozen'],
  steal: ['stole', 'stolen'],
  knife: ['knives'],
  die: ['dying'],
}));

const VOWEL = /[aeiou]/;

/**
 * "stab" -> "stabb" (stabbing), "kidnap" -> "kidnapp": a consonant-vowel-consonant ending may
 * double. Whether it does depends on stress, so both spellings are generated; the wrong one is
 * just a form nobody types.
 */
function doubledStem(word: string): string | undefined {
  const m = /[^aeiou][aeiou]([b-df-hj-np-tvz])$/.exec(word);
  return m ? word + m[1] : undefined;
}

export function inflections(word: string): string[] {
  // A Map, not an object: a licensor's term "constructor" must not find Object.prototype's.
  const forms = new Set([word, ...(IRREGULAR.get(word) ?? [])]);
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return [...forms];
  const add = (stem: string, ...suffixes: string[]) => suffixes.forEach((s) => forms.add(stem + s));
  if (/(s|x|z|ch|sh|o)$/.test(word)) add(word, 'es');
  else add(word, 's');
  if (/[^aeiou]y$/.test(word)) add(word.slice(0, -1), 'ies', 'ied');
  if (/[^f]fe?$/.test(word)) forms.add(word.replace(/fe?$/, 'ves'));
  if (word.endsWith('ie')) add(word, 'd');
  else if (word.endsWith('ee')) add(word, 'd', 'ing', 'r', 'rs');
  else if (word.endsWith('e') && VOWEL.test(word.slice(0, -1))) add(word.slice(0, -1), 'ing', 'ed', 'er', 'ers');
  else for (const stem of [word, doubledStem(word)]) if (stem) add(stem, 'ing', 'ed', 'er', 'ers');
  return [...forms];
}
