/**
 * One progress bar over the whole job. Each stage owns a slice of the bar in the order the stages
 * run, so the bar only moves forward: sampling fills most of it step by step, encoding and saving
 * the rest. Pure.
 */
import type { Progress, Stage } from '../engine';

const SLICES: Record<Stage, [number, number]> = {
  load: [0, 4],
  text: [4, 8],
  sample: [8, 84],
  decode: [84, 87],
  encode: [87, 97],
  save: [97, 100],
};

/** Percent done (0-100) after `p`; never less than `previous`. */
export function progressPercent(p: Progress, previous = 0): number {
  const [from, to] = SLICES[p.stage];
  const within = p.steps ? (p.step ?? 0) / p.steps : 0;
  return Math.max(previous, Math.round(from + (to - from) * within));
}
