/**
 * Finds what a prompt describes without naming it (lists/signatures.ts): another studio's
 * character, a brand, a real person. A signature matches when every one of its groups has one of
 * its phrases among the prompt's words. Phrases match whole words, singular or plural.
 */
import { BRAND_SIGNATURES, PERSON_SIGNATURES, SIGNATURES, type Signature } from './lists/signatures';
import { termWords } from './normalise';

const singular = (w: string) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);

/** Each table's phrases as singular words, folded like list terms (once per table, on first use). */
const compiled = new Map<readonly Signature[], string[][][][]>();
const compile = (table: readonly Signature[]) => {
  let groups = compiled.get(table);
  if (!groups) compiled.set(table, (groups = table.map((s) => s.groups.map((group) => group.map((phrase) => termWords(phrase).map(singular))))));
  return groups;
};

/** The first signature of `table` the words' forms match, if any. */
function described(table: readonly Signature[], forms: readonly string[]): Signature | null {
  const has = (phrase: string[]) => forms.some((_, i) => phrase.every((p, j) => forms[i + j] === p));
  const at = compile(table).findIndex((groups) => groups.every((group) => group.some(has)));
  return at < 0 ? null : table[at]!;
}

/** What the prompt's words (folded, in order) describe without naming it, each kind looked up once. */
export function describedThings(words: readonly string[]): { character: Signature | null; brand: Signature | null; person: Signature | null } {
  const forms = words.map(singular);
  return { character: described(SIGNATURES, forms), brand: described(BRAND_SIGNATURES, forms), person: described(PERSON_SIGNATURES, forms) };
}
