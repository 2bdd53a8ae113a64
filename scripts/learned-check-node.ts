/**
 * The guard's learned check in Node, for the CLIs (npm run guard, guard:eval) and the unit tests:
 * the same classifier file and manifest as the app, run by onnxruntime-node.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { classifierFeeds, learnedCheck, parseClassifierManifest, type ClassifierManifest, type LearnedCheck } from '../src/lib/guardrails';

const DIR = new URL('../src/lib/guardrails/generated/', import.meta.url);

export function classifierManifest(): ClassifierManifest {
  return parseClassifierManifest(JSON.parse(readFileSync(new URL('classifier.json', DIR), 'utf8')));
}

export async function nodeLearnedCheck(manifest = classifierManifest()): Promise<LearnedCheck> {
  const bytes = readFileSync(new URL(manifest.file.path, DIR));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== manifest.file.sha256) throw new Error(`The guard classifier file does not match its manifest (sha256 ${sha256}, manifest ${manifest.file.sha256}).`);
  const session = await ort.InferenceSession.create(bytes, { intraOpNumThreads: 1 });
  return learnedCheck(manifest, async (input) => {
    const out = await session.run(classifierFeeds(ort.Tensor, input));
    return out.probabilities!.data as Float32Array;
  });
}
