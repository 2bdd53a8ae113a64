/**
 * The UI's door to the inference worker: a typed Comlink bridge with one queue. Jobs run one at a
 * time; an AbortSignal cancels between steps; a crashed worker fails its job with a readable
 * error and is replaced for the next one.
 */
import * as Comlink from 'comlink';
import { KinoraError, toKinoraError } from '../errors';
import type { InferenceApi } from '../../../workers/inference.worker';
import type { BackendDecision } from './backend';
import type { GenerationSettings } from './settings';
import type { ModelManifest } from '../models';
import type { Decision } from '../guardrails';
import type { LoadedPacks } from '../packs';
import type { GenerationOutput, Progress } from './types';

/** A job the inference worker's guardrails refused: nothing was generated. */
export class PolicyBlockedError extends KinoraError {
  constructor(readonly decision: Decision) {
    super('PolicyBlocked', decision.reason);
  }
}

export interface GenerateOptions {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

export class Engine {
  private worker: Worker | null = null;
  private api: Comlink.Remote<InferenceApi> | null = null;
  private crashed: ((e: KinoraError) => void) | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private manifestUrl = '';

  private start(): Comlink.Remote<InferenceApi> {
    if (this.api) return this.api;
    const worker = new Worker(new URL('../../../workers/inference.worker.ts', import.meta.url), { type: 'module', name: 'kinora-inference' });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.crashed?.(new KinoraError('WorkerCrashed', `The generation worker stopped unexpectedly${event.message ? ` (${event.message})` : ''}. It has been restarted; your settings and gallery are untouched.`));
      this.stop();
    });
    this.worker = worker;
    this.api = Comlink.wrap<InferenceApi>(worker);
    return this.api;
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
  }

  /** Opens a model from its manifest URL (checked in the worker). */
  async open(manifestUrl: string): Promise<ModelManifest> {
    this.manifestUrl = manifestUrl;
    try {
      return await this.start().open(manifestUrl);
    } catch (e) {
      throw toKinoraError(e, 'ModelLoadError');
    }
  }

  /** Loads models and sessions for these settings ahead of time (queued like a job). */
  prepare(settings: Pick<GenerationSettings, 'mode' | 'backend'>): Promise<BackendDecision> {
    return this.enqueue(async () => {
      try {
        return await (await this.ready()).prepare(settings);
      } catch (e) {
        throw toKinoraError(e, 'ModelLoadError');
      }
    });
  }

  /** The character packs the worker verified, and those it refused with the reason. */
  async packs(): Promise<LoadedPacks> {
    return (await this.ready()).packs();
  }

  /** The worker's guardrail decision on a prompt, without generating or logging (live feedback). */
  async check(prompt: string, character: string | null): Promise<Decision> {
    return (await this.ready()).check(prompt, character);
  }

  /** Counters from the worker (model calls so far). */
  async stats(): Promise<{ modelCalls: number }> {
    return (await this.ready()).stats();
  }

  generate(settings: GenerationSettings, { signal, onProgress }: GenerateOptions = {}): Promise<GenerationOutput> {
    return this.enqueue(() => this.runJob(settings, signal, onProgress));
  }

  /** One job at a time, in order; a failed job doesn't block the next. */
  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The worker, started (and the model reopened) if a crash took the last one. */
  private async ready(): Promise<Comlink.Remote<InferenceApi>> {
    const restarted = !this.api;
    const api = this.start();
    if (restarted && this.manifestUrl) await api.open(this.manifestUrl);
    return api;
  }

  private async runJob(settings: GenerationSettings, signal: AbortSignal | undefined, onProgress: ((p: Progress) => void) | undefined): Promise<GenerationOutput> {
    if (signal?.aborted) throw new KinoraError('Cancelled', 'Generation was cancelled.');
    const api = await this.ready();
    const id = this.nextId++;
    const onAbort = () => void api.cancel(id);
    signal?.addEventListener('abort', onAbort, { once: true });
    const crash = new Promise<never>((_, reject) => {
      this.crashed = reject;
    });
    try {
      const result = await Promise.race([api.generate(id, settings, Comlink.proxy((p: Progress) => onProgress?.(p))), crash]);
      if (result.kind === 'blocked') throw new PolicyBlockedError(result.decision);
      return result.output;
    } catch (e) {
      throw toKinoraError(e);
    } finally {
      this.crashed = null;
      signal?.removeEventListener('abort', onAbort);
    }
  }

  dispose(): void {
    this.stop();
  }
}
