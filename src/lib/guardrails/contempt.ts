/**
 * Finds contempt for a group without a slur (lists/contempt.ts): a group word and a contempt word
 * within a few words of each other.
 */
import { CONTEMPT_TERMS, GROUP_TERMS } from './lists/contempt';
import { termWords } from './normalise';

/** How far apart (in words) the two may be: one clause. */
const WINDOW = 8;
/** The phrases as words, folded like list terms (once, on first use). */
let phrases: { groups: string[][]; contempt: string[][] } | null = null;
const lists = () => (phrases ??= { groups: GROUP_TERMS.map(termWords), contempt: CONTEMPT_TERMS.map(termWords) });

function positions(words: readonly string[], phrases: readonly string[][]): number[] {
  const at: number[] = [];
  for (let i = 0; i < words.length; i++) if (phrases.some((p) => p.every((w, j) => words[i + j] === w))) at.push(i);
  return at;
}

/** True when the prompt's words (folded, in order) put a group and contempt within one clause. */
export function expressesContempt(words: readonly string[]): boolean {
  const { groups: groupPhrases, contempt: contemptPhrases } = lists();
  const groups = positions(words, groupPhrases);
  if (groups.length === 0) return false;
  const contempt = positions(words, contemptPhrases);
  return groups.some((g) => contempt.some((c) => Math.abs(g - c) <= WINDOW) || barred(words, g));
}

/** "no gays allowed", "no foreigners welcome here": a group barred by a sign's formula. */
function barred(words: readonly string[], group: number): boolean {
  if (words[group - 1] !== 'no') return false;
  return words.slice(group + 1, group + 4).some((w) => BARRED.has(w));
}
const BARRED = new Set(['allowed', 'welcome', 'permitted', 'admitted', 'served', 'wanted']);
