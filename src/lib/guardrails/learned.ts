/**
 * The learned check: a small linear classifier over hashed n-grams and word vectors (features.ts,
 * word-logits.ts) that catches what the lists cannot, the same request in other words. It runs beside the rules: the rules
 * explain (a span, the word, what kind of thing it is); this layer gives a category and a score.
 *
 * The model itself runs wherever onnxruntime is (the inference worker, or Node for the CLIs): the
 * caller passes `run`, this module turns a prompt into its features and the graph's class
 * probabilities into a score. The classifier ships with its manifest
 * (generated/classifier.json, written by models/guard-classifier/train.py).
 */
import * as v from 'valibot';
import { formatTag, list, matching, numberIn, object, parseOrFail, record, text, wholeNumberIn } from '../validation';
import { features, type ClassifierInput } from './features';
import { MAX_CHECKED_LENGTH } from './policy';
import type { VerifiedPack } from '../packs/types';
import type { Category, Decision, Guard } from './types';
import { displayedText } from './visible';

/** The harmful classes the classifier knows, as guard categories (class 0 is "benign"). */
const LEARNED_CATEGORIES = ['sexual', 'violence', 'horror', 'hate', 'self-harm', 'drugs'] as const satisfies readonly Category[];
export type LearnedCategory = (typeof LEARNED_CATEGORIES)[number];
const CLASSES = ['benign', ...LEARNED_CATEGORIES];

const probability = numberIn(0, 1);
const sha256 = matching(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits');

/** kinora-guard-classifier/1: the classifier file, its feature scheme, classes and calibrated threshold. */
export const ClassifierManifestSchema = object({
  format: formatTag('kinora-guard-classifier/1'),
  file: object({ path: text, bytes: wholeNumberIn(1), sha256 }),
  features: object({
    scheme: formatTag('kinora-guard-features/4'),
    dims: wholeNumberIn(1),
    maxFeatures: wholeNumberIn(1),
    /** Prompts whose squared feature norm is under this are scaled by it instead (features.ts). */
    evidenceFloor: wholeNumberIn(0),
    /** The bundled characters' terms at training time; the reference scores were computed with them. */
    trainingCharacterTerms: list(text),
  }),
  /** The word-vector layer's table (generated/word-logits.json), made with this classifier. */
  wordLogits: object({
    path: text,
    bytes: wholeNumberIn(1),
    sha256,
    words: wholeNumberIn(1),
    alpha: numberIn(0, 100),
    /** Prompts of fewer words have no word layer. */
    minWords: wholeNumberIn(0),
    source: text,
  }),
  /** Class 0 is harmless, then the learned categories in this order (the guard maps them by position). */
  classes: v.pipe(
    list(text),
    v.check((c) => c.join() === CLASSES.join(), `expected the classes ${CLASSES.join(', ')}`),
  ),
  /** Blocked when 1 - P(benign) is at least this (set on held-out harmless prompts; see the report). */
  threshold: probability,
  trainer: text,
  reference: list(object({ prompt: v.string(), indices: list(wholeNumberIn(0)), probabilities: list(probability) })),
  report: record(v.unknown()),
});
export type ClassifierManifest = v.InferOutput<typeof ClassifierManifestSchema>;

export function parseClassifierManifest(json: unknown): ClassifierManifest {
  return parseOrFail(ClassifierManifestSchema, json, 'classifier manifest', (where, message) => {
    throw new Error(`The guard classifier's manifest is invalid at ${where}: ${message}`);
  });
}

/** What the learned layer said about one prompt: recorded in the decision and the audit log. */
export interface LearnedScore {
  /** 1 - P(benign), 0..1. */
  score: number;
  /** The most likely harmful class. */
  category: LearnedCategory;
  threshold: number;
  blocked: boolean;
}

/** Runs the classifier graph on one prompt's input; resolves to its class probabilities. */
export type RunClassifier = (input: ClassifierInput) => Promise<Float32Array>;

/** A runtime's Tensor class: each onnxruntime build has its own, and a session takes only its own build's tensors. */
export type TensorClass<T> = new (data: BigInt64Array | Float32Array, dims: readonly number[]) => T;

/** The classifier graph's named inputs for one prompt, as tensors of the runtime that runs it. */
export function classifierFeeds<T>(Tensor: TensorClass<T>, { indices, values, wordLogits }: ClassifierInput): { indices: T; values: T; wordLogits: T } {
  return { indices: new Tensor(indices, [indices.length]), values: new Tensor(values, [values.length]), wordLogits: new Tensor(wordLogits, [wordLogits.length]) };
}

/** Decides on one prompt; `characterTerms` are the licensed characters' names and aliases (see `characterTerms`). */
export type LearnedCheck = (prompt: string, characterTerms: readonly string[]) => Promise<LearnedScore | null>;

/**
 * The learned check for a manifest and a way to run its graph. It reads the prompt as displayed;
 * null when there is nothing to read, or more than the guard reads (refused unread anyway).
 */
export function learnedCheck(manifest: ClassifierManifest, run: RunClassifier): LearnedCheck {
  return async (prompt, characterTerms) => {
    const text = displayedText(prompt);
    if (text.length > MAX_CHECKED_LENGTH) return null;
    const { dims, maxFeatures, evidenceFloor } = manifest.features;
    const input = features(text, dims, maxFeatures, characterTerms, evidenceFloor, { classes: manifest.classes.length, minWords: manifest.wordLogits.minWords });
    return input.indices.length === 0 ? null : learnedScore(await run(input), manifest);
  };
}

export function learnedScore(probabilities: Float32Array | readonly number[], manifest: ClassifierManifest): LearnedScore {
  if (probabilities.length !== manifest.classes.length) throw new Error(`The guard classifier gave ${probabilities.length} scores for ${manifest.classes.length} classes.`);
  let best = 1;
  for (let i = 2; i < probabilities.length; i++) if (probabilities[i]! > probabilities[best]!) best = i;
  const score = Math.min(1, Math.max(0, 1 - probabilities[0]!));
  return { score, category: LEARNED_CATEGORIES[best - 1]!, threshold: manifest.threshold, blocked: score >= manifest.threshold };
}

/** Both layers on one prompt: the learned score first, then the rules' decision, which records it. */
export async function checkWithLearned(guard: Guard, learned: LearnedCheck, terms: readonly string[], prompt: string, character?: string): Promise<Decision> {
  const score = await learned(prompt, terms);
  return guard.check(prompt, { ...(character !== undefined && { character }), ...(score && { learned: score }) });
}

/** Every name, id and alias of the verified packs' characters: the words the learned check reads as "character". */
export function characterTerms(packs: readonly VerifiedPack[]): string[] {
  return [...new Set(packs.flatMap((p) => p.manifest.characters.flatMap((c) => [c.id, c.name, ...c.aliases])))];
}
