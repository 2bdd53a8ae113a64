/**
 * The learned check: a small linear classifier over hashed n-grams (features.ts) that catches
 * what the lists cannot, the same request in other words. It runs beside the rules: the rules
 * explain (a span, the word, what kind of thing it is); this layer gives a category and a score.
 *
 * The model itself runs wherever onnxruntime is (the inference worker, or Node for the CLIs): the
 * caller passes `run`, this module turns a prompt into its features and the graph's class
 * probabilities into a score. The classifier ships with its manifest
 * (generated/classifier.json, written by models/guard-classifier/train.py).
 */
import * as v from 'valibot';
import { features } from './features';
import { MAX_CHECKED_LENGTH } from './policy';
import type { VerifiedPack } from '../packs/types';
import type { Category } from './types';
import { displayedText } from './visible';

/** The harmful classes the classifier knows, as guard categories (class 0 is "benign"). */
const LEARNED_CATEGORIES = ['sexual', 'violence', 'horror', 'hate', 'self-harm', 'drugs'] as const satisfies readonly Category[];
export type LearnedCategory = (typeof LEARNED_CATEGORIES)[number];
const CLASSES = ['benign', ...LEARNED_CATEGORIES];

const sha256Hex = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex sha256'));
const probability = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/** kinora-guard-classifier/1: the classifier file, its feature scheme, classes and calibrated threshold. */
export const ClassifierManifestSchema = v.object({
  format: v.literal('kinora-guard-classifier/1'),
  file: v.object({ path: v.string(), bytes: v.pipe(v.number(), v.integer(), v.minValue(1)), sha256: sha256Hex }),
  features: v.object({ scheme: v.literal('kinora-guard-features/2'), dims: v.pipe(v.number(), v.integer(), v.minValue(1)), maxFeatures: v.pipe(v.number(), v.integer(), v.minValue(1)),
    /** The bundled characters' terms at training time; the reference scores were computed with them. */
    trainingCharacterTerms: v.array(v.string()),
  }),
  /** Class 0 is harmless, then the learned categories in this order (the guard maps them by position). */
  classes: v.pipe(
    v.array(v.string()),
    v.check((c) => c.join() === CLASSES.join(), `expected the classes ${CLASSES.join(', ')}`),
  ),
  /** Blocked when 1 - P(benign) is at least this (set on held-out harmless prompts; see the report). */
  threshold: probability,
  trainer: v.string(),
  reference: v.array(v.object({ prompt: v.string(), indices: v.array(v.number()), probabilities: v.array(probability) })),
  report: v.record(v.string(), v.unknown()),
});
export type ClassifierManifest = v.InferOutput<typeof ClassifierManifestSchema>;

export function parseClassifierManifest(json: unknown): ClassifierManifest {
  const parsed = v.safeParse(ClassifierManifestSchema, json);
  if (!parsed.success) throw new Error(`The guard classifier's manifest is not valid: ${v.summarize(parsed.issues)}`);
  return parsed.output;
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

/** Runs the classifier graph on one prompt's features; resolves to its class probabilities. */
export type RunClassifier = (indices: BigInt64Array, values: Float32Array) => Promise<Float32Array>;

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
    const { indices, values } = features(text, manifest.features.dims, manifest.features.maxFeatures, characterTerms);
    return indices.length === 0 ? null : learnedScore(await run(indices, values), manifest);
  };
}

export function learnedScore(probabilities: Float32Array | readonly number[], manifest: ClassifierManifest): LearnedScore {
  if (probabilities.length !== manifest.classes.length) throw new Error(`The guard classifier gave ${probabilities.length} scores for ${manifest.classes.length} classes.`);
  let best = 1;
  for (let i = 2; i < probabilities.length; i++) if (probabilities[i]! > probabilities[best]!) best = i;
  const score = Math.min(1, Math.max(0, 1 - probabilities[0]!));
  return { score, category: LEARNED_CATEGORIES[best - 1]!, threshold: manifest.threshold, blocked: score >= manifest.threshold };
}

/** Every name, id and alias of the verified packs' characters: the words the learned check reads as "character". */
export function characterTerms(packs: readonly VerifiedPack[]): string[] {
  return [...new Set(packs.flatMap((p) => p.manifest.characters.flatMap((c) => [c.id, c.name, ...c.aliases])))];
}
