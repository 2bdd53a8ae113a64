/**
 * Two kinds of words close together: neither refuses alone ("a sore throat", "slit the envelope";
 * "Pip learns about Jewish holidays", "Pip hates broccoli"), both within a few words of each other
 * do ("slits the guard's throat"; "says immigrants are dirty"). The rules are lists/nearby.ts.
 */
import { NEARBY_RULES, type NearbyRule } from './lists/nearby';
import { termWords } from './normalise';

/** Phrases as words, keyed by their first word: a prompt word only tries the phrases it can start. */
type Phrases = Map<string, string[][]>;
type Compiled = { rule: NearbyRule; first: Phrases; second: Phrases };

function phrases(list: readonly string[]): Phrases {
  const byFirst: Phrases = new Map();
  for (const words of list.map(termWords)) {
    if (words.length === 0) continue;
    const same = byFirst.get(words[0]!);
    if (same) same.push(words);
    else byFirst.set(words[0]!, [words]);
  }
  return byFirst;
}

/** The phrases folded like list terms (once, on first use). */
let compiled: Compiled[] | null = null;
const rules = (): Compiled[] => (compiled ??= NEARBY_RULES.map((rule) => ({ rule, first: phrases(rule.first), second: phrases(rule.second) })));

function positions(words: readonly string[], phrases: Phrases): number[] {
  const at: number[] = [];
  for (let i = 0; i < words.length; i++) if (phrases.get(words[i]!)?.some((p) => p.every((w, j) => words[i + j] === w))) at.push(i);
  return at;
}

/** "no gays allowed", "no foreigners welcome here": a group barred by a sign's formula. */
function barred(words: readonly string[], at: number): boolean {
  return words[at - 1] === 'no' && words.slice(at + 1, at + 4).some((w) => BARRED.has(w));
}
const BARRED = new Set(['allowed', 'welcome', 'permitted', 'admitted', 'served', 'wanted']);

/** The rules the prompt's words (folded, in order) match, in list order. */
export function nearbyMatches(words: readonly string[]): NearbyRule[] {
  return rules()
    .filter(({ rule, first, second }) => {
      const firsts = positions(words, first);
      if (firsts.length === 0) return false;
      const seconds = positions(words, second);
      const near = (f: number, s: number) => (rule.ordered ? s > f && s - f <= rule.window : Math.abs(f - s) <= rule.window);
      return firsts.some((f) => seconds.some((s) => near(f, s)) || (rule.barred === true && barred(words, f)));
    })
    .map(({ rule }) => rule);
}
