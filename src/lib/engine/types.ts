import type { Decision } from '../guardrails';
import type { BackendDecision } from './backend';
import type { GenerationSettings } from './settings';

export type Stage = 'load' | 'text' | 'sample' | 'decode' | 'encode' | 'save';

export interface Progress {
  stage: Stage;
  message: string;
  step?: number;
  steps?: number;
  /** Estimated milliseconds until sampling finishes. */
  etaMs?: number;
  /** RGBA frames of the current clean-clip estimate (after each sampling step). */
  preview?: Uint8ClampedArray;
}

export interface Timings {
  loadMs: number;
  textMs: number;
  stepMs: number[];
  decodeMs: number;
  /** Time inside onnxruntime's session.run, summed over every call. */
  runMs: number;
  totalMs: number;
}

export interface GenerationOutput {
  /** Packed RGBA frames, frame after frame, at the model's resolution. */
  frames: Uint8ClampedArray;
  /** SHA-256 of `frames`: equal for the same seed and settings on the same backend. */
  framesSha256: string;
  width: number;
  height: number;
  frameCount: number;
  fps: number;
  settings: GenerationSettings;
  backend: BackendDecision;
  /** Set when the run had to leave its first backend (e.g. GPU device lost): says what happened. */
  fallback?: string;
  unknownWords: string[];
  model: { id: string; version: string; denoiser: string; sha256: string };
  timings: Timings;
  /** The guardrail decision the worker made on this job's prompt (always allowed here). */
  decision: Decision;
  /** Attribution lines of the packs whose characters are in the clip. */
  attribution: string[];
  /** Prompt words the model was not given because they would draw a character that isn't admitted. */
  withheldWords: string[];
}

/** What the worker answers for a job: a clip, or the guardrail decision that stopped it. */
export type JobResult = { kind: 'done'; output: GenerationOutput } | { kind: 'blocked'; decision: Decision };
