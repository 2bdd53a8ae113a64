/**
 * The guardrails' cost where they run, in the browser: start-up of the rules index and of the
 * learned check (classifier fetched, sha256-checked, onnxruntime session), and the time of one
 * check (rules and classifier) over prompts of every shape the guard meets, from three words to
 * the longest it reads.
 */
import { loadLearnedCheck } from '../engine/learned-check';
import { characterTerms, checkWithLearned, createGuard, MAX_CHECKED_LENGTH } from '../guardrails';
import { loadBundledPacks } from '../packs';
import { quantile } from './stats';

const PROMPTS = [
  'Pip jumps in the snow',
  'Bolt the robot walks to the left at sunset',
  'show me nova the star who spins around at night please',
  'Gloop makes lemonade at the fair, watercolor, highly detailed',
  'Pip the fox shoots a basketball into the hoop and kills time waiting for the bus',
  'Bolt the robot expl0des into pieces at night',
  'Pip dances with Taylor Swift at a concert',
  'Nova with a yellow electric mouse with red cheeks',
  'Gloop says those people are dirty and should leave',
  'Pip with a \u202Enug\u202C',
  'a detailed painting of a fox standing alone in an empty apartment, vivid colors, neon, art by several painters, trending on artstation, 8k',
  'P.i.p w1th a g-u-n in the sn0w',
  'Pip '.repeat(40).trim(),
  `Pip walks ${'very '.repeat(Math.floor((MAX_CHECKED_LENGTH - 40) / 5))}slowly`,
];

export interface GuardBench {
  /** Per round: rules index built from the verified packs, and the learned check loaded, in ms (the first round is cold). */
  rulesStartMs: number[];
  learnedStartMs: number[];
  /** Per round: the mean time of one check (learned score, then the rules' decision) over the prompts, in ms. */
  meanCheckMs: number[];
  /** Over every check after the first round: p95 and slowest, in ms. */
  p95CheckMs: number;
  maxCheckMs: number;
  prompts: number;
}

export async function benchGuard(baseUrl: string, rounds: number): Promise<GuardBench> {
  const packs = await loadBundledPacks(baseUrl);
  const rulesStartMs: number[] = [];
  const learnedStartMs: number[] = [];
  const meanCheckMs: number[] = [];
  const checkMs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    const guard = createGuard(packs.verified);
    rulesStartMs.push(performance.now() - t);
    t = performance.now();
    const learned = await loadLearnedCheck();
    learnedStartMs.push(performance.now() - t);
    const terms = characterTerms(packs.verified);
    let total = 0;
    for (const prompt of PROMPTS) {
      t = performance.now();
      await checkWithLearned(guard, learned, terms, prompt, 'pip');
      const ms = performance.now() - t;
      total += ms;
      if (r > 0 || rounds === 1) checkMs.push(ms);
    }
    meanCheckMs.push(total / PROMPTS.length);
  }
  const sorted = checkMs.sort((a, b) => a - b);
  return { rulesStartMs, learnedStartMs, meanCheckMs, p95CheckMs: quantile(sorted, 0.95), maxCheckMs: sorted.at(-1)!, prompts: PROMPTS.length };
}
