/**
 * Generation settings and their validation. Pure: the UI shows these messages next to the field,
 * and the worker runs the same check again before it touches a model.
 */
import type { ModelManifest, ModeName } from '../models';
import { visibleText } from '../guardrails/visible';
import { MAX_SEED } from '../sampler';

export type BackendChoice = 'auto' | 'webgpu' | 'wasm';
export const BACKEND_CHOICES: readonly BackendChoice[] = ['auto', 'webgpu', 'wasm'];
export const MAX_PROMPT_LENGTH = 300;

export interface GenerationSettings {
  prompt: string;
  seed: number;
  /** "fast" = the distilled student, "quality" = the teacher with classifier-free guidance. */
  mode: ModeName;
  steps: number;
  /** Classifier-free guidance scale; used by modes with `cfg` guidance. */
  guidance: number;
  frames: number;
  backend: BackendChoice;
  /** Character id picked in the UI; the guardrails treat it as named in the prompt. */
  character: string | null;
}

export interface SettingsIssue {
  field: keyof GenerationSettings;
  message: string;
}

/** Defaults for a model: its fast mode at its default steps. */
export function defaultSettings(manifest: ModelManifest, seed: number): GenerationSettings {
  const mode = manifest.modes.fast;
  const quality = manifest.modes.quality;
  return {
    prompt: '',
    seed,
    mode: 'fast',
    steps: mode.steps.default,
    guidance: quality?.guidance.kind === 'cfg' ? quality.guidance.default : 0,
    frames: manifest.video.frames,
    backend: 'auto',
    character: null,
  };
}

/** What is wrong with a seed, or null. */
export function seedIssue(seed: unknown): string | null {
  return Number.isInteger(seed) && (seed as number) >= 0 && (seed as number) <= MAX_SEED ? null : `Seed must be a whole number from 0 to ${MAX_SEED}.`;
}

export function checkSettings(s: GenerationSettings, manifest: ModelManifest): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const add = (field: keyof GenerationSettings, message: string) => issues.push({ field, message });
  // Invisible characters don't count: a prompt of zero-width spaces is empty.
  const prompt = typeof s.prompt === 'string' ? visibleText(s.prompt) : '';
  if (prompt.trim().length === 0) add('prompt', 'Describe the clip: the prompt is empty.');
  else if (prompt.length > MAX_PROMPT_LENGTH) add('prompt', `Keep the prompt under ${MAX_PROMPT_LENGTH} characters (it has ${prompt.length}).`);
  const badSeed = seedIssue(s.seed);
  if (badSeed) add('seed', badSeed);
  const mode = manifest.modes[s.mode];
  if (!mode) {
    add('mode', `This model has no "${s.mode}" mode.`);
  } else {
    if (!Number.isInteger(s.steps) || s.steps < mode.steps.min || s.steps > mode.steps.max) {
      add('steps', `${mode.label} mode takes ${mode.steps.min === mode.steps.max ? mode.steps.min : `${mode.steps.min} to ${mode.steps.max}`} steps (got ${s.steps}).`);
    }
    if (mode.guidance.kind === 'cfg' && (!Number.isFinite(s.guidance) || s.guidance < mode.guidance.min || s.guidance > mode.guidance.max)) {
      add('guidance', `Guidance must be from ${mode.guidance.min} to ${mode.guidance.max} (got ${s.guidance}).`);
    }
  }
  if (s.frames !== manifest.video.frames) add('frames', `${manifest.name} makes clips of exactly ${manifest.video.frames} frames (got ${s.frames}).`);
  if (!BACKEND_CHOICES.includes(s.backend)) add('backend', `Backend must be one of ${BACKEND_CHOICES.join(', ')}.`);
  return issues;
}
