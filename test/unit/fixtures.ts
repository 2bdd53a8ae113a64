import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateManifest, type ModelManifest } from '../../src/lib/models';

export const MODEL_DIR = fileURLToPath(new URL('../../models/kinora-tiny/', import.meta.url));

export function readModelFile(path: string): Uint8Array {
  return new Uint8Array(readFileSync(MODEL_DIR + path));
}

export function rawManifest(): Record<string, unknown> {
  return JSON.parse(readFileSync(MODEL_DIR + 'manifest.json', 'utf8')) as Record<string, unknown>;
}

export function bundledManifest(): ModelManifest {
  return validateManifest(rawManifest());
}

export interface Reference {
  prompt: string;
  tokens: number[];
  textEmbedding: number[];
  uncondEmbedding: number[];
  schedule: { times: number[]; alphas: number[]; sigmas: number[] };
  seed: number;
  noiseHead: number[];
  noiseSum: number;
  sampleEvery: number;
  teacherV: { t: number; values: number[] };
  studentV: { t: number; values: number[] };
  studentSample: { steps: number; values: number[] };
}

/** Values saved by models/kinora-tiny/train/export.py from the PyTorch model. */
export function reference(): Reference {
  return JSON.parse(readFileSync(MODEL_DIR + 'reference.json', 'utf8')) as Reference;
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`length ${a.length} != ${b.length}`);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

export function every<T extends ArrayLike<number>>(x: T, step: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < x.length; i += step) out.push(x[i]!);
  return out;
}
