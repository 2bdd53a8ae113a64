/**
 * The UI's door to the inference worker: a typed bridge (src/lib/bridge) where every call settles
 * with its result, a readable error (a dead worker is replaced, and the model reopened, for the
 * next call) or Cancelled. The worker runs jobs one at a time; cancel stops a job within one step.
 */
import * as Comlink from 'comlink';
import type { InferenceApi } from '../../../workers/inference.worker';
import { WorkerBridge } from '../bridge';
import { KinoraError } from '../errors';
import type { Decision } from '../guardrails';
import type { ModelManifest } from '../models';
import type { LoadedPacks } from '../packs';
import type { BackendDecision } from './backend';
import type { GenerationSettings } from './settings';
import type { GenerationOutput, Progress } from './types';

/** A job the inference worker's guardrails refused: nothing was generated. */
export class PolicyBlockedError extends KinoraError {
  constructor(
    readonly decision: Decision,
    /** False when the refusal could not be written to the audit log. */
    readonly audited: boolean,
  ) {
    super('PolicyBlocked', decision.reason);
  }
}

export interface GenerateOptions {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

export class Engine {
  private manifestUrl: string | null = null;
  private previewShown = true;
  private readonly bridge = new WorkerBridge<InferenceApi>({
    label: 'generation',
    spawn: (name) => new Worker(new URL('../../../workers/inference.worker.ts', import.meta.url), { type: 'module', name }),
    // A new worker (after a crash) reopens the model before its first call.
    onStart: async (api) => {
      if (this.manifestUrl) await api.open(this.manifestUrl);
    },
  });

  /** Changes whenever a new worker starts (its port to the encoder must be wired again). */
  get incarnation(): number {
    return this.bridge.incarnation;
  }

  /** Opens a model from its manifest URL (fetched and checked in the worker). */
  async open(manifestUrl: string): Promise<ModelManifest> {
    const manifest = await this.bridge.call('open', [manifestUrl]);
    this.manifestUrl = manifestUrl;
    return manifest;
  }

  /** Loads models and sessions for these settings ahead of time, so Generate starts at once. */
  prepare(settings: Pick<GenerationSettings, 'mode' | 'backend'>): Promise<BackendDecision> {
    return this.bridge.call('prepare', [crypto.randomUUID(), settings]);
  }

  /** Makes the noise for this seed in the worker's idle time, so a Generate with it does not wait for it. */
  prepareNoise(seed: number): Promise<void> {
    return this.bridge.call('prepareNoise', [seed]);
  }

  /** The character packs the worker verified, and those it refused with the reason. */
  packs(): Promise<LoadedPacks> {
    return this.bridge.call('packs', []);
  }

  /** The worker's guardrail decision on a prompt, without generating or logging (live feedback). */
  check(prompt: string, character: string | null): Promise<Decision> {
    return this.bridge.call('check', [prompt, character]);
  }

  /**
   * Whether the live preview is on screen: when it is not, the worker makes none (no RGBA frames, no
   * GPU read-back), from the next step of a running job. Sent again to a new worker with each job.
   */
  showPreview(shown: boolean): Promise<void> {
    this.previewShown = shown;
    return this.bridge.call('showPreview', [shown]);
  }

  /** Counters from the worker (model calls so far). */
  stats(): Promise<{ modelCalls: number }> {
    return this.bridge.call('stats', []);
  }

  /** Gives the worker its end of the port to the encoder worker (frames go there, not here). */
  connectEncoder(port: MessagePort): Promise<void> {
    return this.bridge.call('connectEncoder', [Comlink.transfer(port, [port])]);
  }

  /** Runs one job; its frames go straight to the encoder worker. Throws PolicyBlockedError when refused. */
  async generate(jobId: string, settings: GenerationSettings, { signal, onProgress }: GenerateOptions = {}): Promise<GenerationOutput> {
    // A restarted worker starts with previews on.
    if (!this.previewShown) void this.bridge.call('showPreview', [false]).catch(() => undefined);
    const result = await this.bridge.call('generate', [jobId, settings, Comlink.proxy((p: Progress) => onProgress?.(p))], {
      signal,
      onAbort: () => void this.bridge.call('cancel', [jobId]).catch(() => undefined),
    });
    if (result.kind === 'blocked') throw new PolicyBlockedError(result.decision, result.audited);
    return result.output;
  }
}
