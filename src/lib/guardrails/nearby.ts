/**
 * Two kinds of words close together: neither refuses alone ("a sore throat", "slit the envelope";
 * "Pip learns about Jewish holidays", "Pip hates broccoli"), both within a few words of each other
 * do ("slits the guard's throat"; "says immigrants are dirty"). The rules are lists/nearby.ts.
 */
import { NEARBY_RULES, type NearbyRule } from './lists/nearby';
import { termWords } from './normalise';

/** One phrase of one rule: which rule, which side of the pair, and its words. */
interface Phrase {
  rule: number;
  second: boolean;
  words: string[];
}

/**
 * Every rule's phrases, folded like list terms and keyed by their first word (once, on first
 * use): one pass over a prompt's words finds every rule's phrases, instead of one pass per rule.
 */
let index: Map<string, Phrase[]> | null = null;
function phraseIndex(): Map<string, Phrase[]> {
  if (index) return index;
  const built = new Map<string, Phrase[]>();
  NEARBY_RULES.forEach((rule, at) => {
    for (const [second, list] of [[false, rule.first], [true, rule.second]] as const) {
      for (const words of list.map(termWords)) {
        if (words.length === 0) continue;
        const phrase = { rule: at, second, words };
        const same = built.get(words[0]!);
        if (same) same.push(phrase);
        else built.set(words[0]!, [phrase]);
      }
    }
  });
  return (index = built);
}

/** "no gays allowed", "no foreigners welcome here": a group barred by a sign's formula. */
function barred(words: readonly string[], at: number): boolean {
  return words[at - 1] === 'no' && words.slice(at + 1, at + 4).some((w) => BARRED.has(w));
}
const BARRED = new Set(['allowed', 'welcome', 'permitted', 'admitted', 'served', 'wanted']);

/** The rules the prompt's words (folded, in order) match, in list order. */
export function nearbyMatches(words: readonly string[]): NearbyRule[] {
  const found = new Map<number, { firsts: number[]; seconds: number[] }>();
  const phrases = phraseIndex();
  for (let i = 0; i < words.length; i++) {
    for (const { rule, second, words: phrase } of phrases.get(words[i]!) ?? []) {
      if (!phrase.every((w, j) => words[i + j] === w)) continue;
      let at = found.get(rule);
      if (!at) found.set(rule, (at = { firsts: [], seconds: [] }));
      const list = second ? at.seconds : at.firsts;
      if (list.at(-1) !== i) list.push(i);
    }
  }
  return NEARBY_RULES.filter((rule, at) => {
    const { firsts = [], seconds = [] } = found.get(at) ?? {};
    const near = (f: number, s: number) => (rule.ordered ? s > f && s - f <= rule.window : Math.abs(f - s) <= rule.window);
    return firsts.some((f) => seconds.some((s) => near(f, s)) || (rule.barred === true && barred(words, f)));
  });
}
