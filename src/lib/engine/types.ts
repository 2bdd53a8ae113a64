import type { Decision } from '../guardrails';
import type { GenerationRecord } from '../provenance/record';
import type { Precision } from '../models';
import type { BackendDecision } from './backend';

/** Where a job is, in order: each stage is a module in src/lib/stages. */
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
  /** Making the seeded noise: next to none when the worker made it before Generate. */
  noiseMs: number;
  stepMs: number[];
  decodeMs: number;
  /** Time inside onnxruntime's session.run, summed over every call (on WebGPU, with the waits for the GPU to finish the denoiser's). */
  runMs: number;
  totalMs: number;
}

/** What the inference worker reports for a finished job; its frames went to the encoder worker. */
export interface GenerationOutput {
  jobId: string;
  /** The generation record, built in the worker from the job, the model and the guard decision. */
  record: GenerationRecord;
  /** SHA-256 of the RGBA frames: equal for the same seed and settings on the same backend. */
  framesSha256: string;
  backend: BackendDecision;
  /** Precision of the denoiser file that ran (int8 on WASM where the model has it). */
  precision: Precision;
  /** Set when the run had to leave its first backend (e.g. GPU device lost): says what happened. */
  fallback?: string;
  unknownWords: string[];
  /** Prompt words the model was not given because they would draw a character that isn't admitted. */
  withheldWords: string[];
  /** The guardrail decision the worker made on this job's prompt (always allowed here). */
  decision: Decision;
  /** False when the decision could not be written to the audit log. */
  audited: boolean;
  timings: Timings;
}

/** What the worker answers for a job: a clip, or the guardrail decision that stopped it. */
export type JobResult = { kind: 'done'; output: GenerationOutput } | { kind: 'blocked'; decision: Decision; audited: boolean };
