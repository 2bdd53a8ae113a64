/**
 * WordNet concepts for the learned check's features (scheme kinora-guard-features/4): a common noun
 * or verb form reads also as the synset of its lemma's most frequent sense and that synset's
 * lexicographer file (noun.animal, noun.body, verb.contact...), so a word the classifier never met
 * in training weighs like the words of its class. The table is generated from WordNet by
 * scripts/build-lexicon.ts (generated/concepts.json); the trainer reads the same file.
 */
import table from './generated/concepts.json';
import { SortedWords } from './sorted-words';

const CONCEPTS = new SortedWords(table.entries);

/** "dragged" -> ["s|v35", "h|v01456044"]: each sense's lexicographer file, then its synset; [] for other words. */
export function conceptFeatureNames(word: string): string[] {
  const entry = CONCEPTS.get(word);
  if (!entry) return [];
  return entry.split(',').flatMap((concept) => {
    const [synset, lexFile] = concept.split('.') as [string, string];
    return [`s|${synset[0]}${lexFile}`, `h|${synset}`];
  });
}
