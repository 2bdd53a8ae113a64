/**
 * The learned check's features (scheme kinora-guard-features/4): hashed word, word-pair, WordNet
 * concept (concepts.ts) and character 3-gram counts, L2-normalised (short prompts less: see
 * `evidenceFloor`), as sparse (index, value) pairs, and the words' share of each class's logit
 * from their word vectors (word-logits.ts). Licensed characters' names and aliases are
 * read as one word, "character": a name says nothing about harm, and a new pack's names must not
 * move the score. The trainer (models/guard-classifier/train.py) computes exactly the same; the
 * unit tests hold both to the reference prompts in the classifier's manifest.
 */
import { conceptFeatureNames } from './concepts';
import { wordLogits } from './word-logits';

/** Lower case, compatibility forms folded, accents dropped; every run of non-word characters is one space. */
export function featureText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** FNV-1a (32 bit) over the UTF-8 bytes. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** Words with every run that spells a character term (longest first) replaced by "character". */
export function maskedWords(text: string, characterTerms: readonly string[]): string[] {
  const words = featureText(text).split(' ').filter(Boolean);
  const terms = characterTerms.map((t) => featureText(t).split(' ').filter(Boolean)).filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const term = terms.find((t) => t.every((w, k) => words[i + k] === w));
    out.push(term ? 'character' : words[i]!);
    i += term ? term.length : 1;
  }
  return out;
}

function featureNames(words: readonly string[], maxFeatures: number): string[] {
  const names: string[] = [];
  words.forEach((word, i) => {
    names.push(`w|${word}`);
    if (i + 1 < words.length) names.push(`b|${word} ${words[i + 1]}`);
    names.push(...conceptFeatureNames(word));
    const padded = [...`<${word}>`];
    for (let j = 0; j + 3 <= padded.length; j++) names.push(`c|${padded.slice(j, j + 3).join('')}`);
  });
  return names.slice(0, maxFeatures);
}

/** What the classifier graph takes for one prompt. */
export interface ClassifierInput {
  /** Ascending bucket indices (int64, as the graph takes them). */
  indices: BigInt64Array;
  values: Float32Array;
  /** Per class (harmless first, always 0): the word-vector layer's share of the logit. */
  wordLogits: Float32Array;
}

/**
 * `evidenceFloor`: the squared norm below which a prompt is not scaled up to unit length. A prompt
 * of a few words is little evidence, but L2 normalisation makes each of its words weigh as much as
 * a long prompt's whole text ("sad Pip crying" read as self-harm); under the floor its values stay
 * smaller, which pulls its score toward the classifier's prior. 0 is plain L2 normalisation.
 * `classes` and `minWords` are the word layer's (word-logits.ts); without them it is all zeros.
 */
export function features(text: string, dims: number, maxFeatures: number, characterTerms: readonly string[] = [], evidenceFloor = 0, { classes, minWords } = { classes: 0, minWords: 0 }): ClassifierInput {
  const words = maskedWords(text, characterTerms);
  const counts = new Map<number, number>();
  for (const name of featureNames(words, maxFeatures)) {
    const bucket = fnv1a(name) % dims;
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  const buckets = [...counts.keys()].sort((a, b) => a - b);
  const norm = Math.sqrt(Math.max(evidenceFloor, buckets.reduce((sum, b) => sum + counts.get(b)! ** 2, 0))) || 1;
  return {
    indices: BigInt64Array.from(buckets, (b) => BigInt(b)),
    values: Float32Array.from(buckets, (b) => counts.get(b)! / norm),
    wordLogits: wordLogits(words, classes, minWords),
  };
}
