/**
 * Finds other studios' characters described without their names (lists/signatures.ts): every
 * group of a signature must have one of its phrases among the prompt's words. Phrases match whole
 * words, singular or plural.
 */
import { SIGNATURES, type Signature } from './lists/signatures';
import { termWords } from './normalise';

type Compiled = { signature: Signature; groups: string[][][] }[];
/** Each phrase as words, folded like list terms (once, on first use). */
let compiled: Compiled | null = null;
const signatures = (): Compiled => (compiled ??= SIGNATURES.map((signature) => ({ signature, groups: signature.groups.map((group) => group.map(termWords)) })));

const singular = (w: string) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);

/** The first signature the prompt's words (folded, in order) match, if any. */
export function describedCharacter(words: readonly string[]): Signature | null {
  const forms = words.map(singular);
  const has = (phrase: string[]) => forms.some((_, i) => phrase.every((p, j) => forms[i + j] !== undefined && forms[i + j] === singular(p)));
  return signatures().find(({ groups }) => groups.every((group) => group.some(has)))?.signature ?? null;
}
