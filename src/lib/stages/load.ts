/**
 * Stage 2, load: the backend for these settings and the sessions of the text encoder and the
 * mode's denoiser (cached by ModelSessions: after the first load this costs nothing).
 */
import type { BackendDecision } from '../engine/backend';
import type { LoadedGraph, ModelSessions } from '../engine/sessions';
import type { GenerationSettings } from '../engine/settings';
import { KinoraError } from '../errors';
import { pickVariant, type ModelManifest, type ModeSpec } from '../models';
import { DENOISER_IO, requireGraphIo, TEXT_ENCODER_IO } from './io';

export interface LoadInput {
  models: ModelSessions;
  settings: Pick<GenerationSettings, 'mode' | 'backend'>;
  signal: AbortSignal;
}

export interface Loaded {
  manifest: ModelManifest;
  mode: ModeSpec;
  backend: BackendDecision;
  text: LoadedGraph;
  denoiser: LoadedGraph;
  ms: number;
}

export async function load({ models, settings, signal }: LoadInput): Promise<Loaded> {
  const start = performance.now();
  const manifest = models.manifest();
  const mode = manifest.modes[settings.mode];
  if (!mode) throw new KinoraError('InvalidSettings', `This model has no "${settings.mode}" mode.`);
  requireGraphIo(manifest, manifest.textEncoder, TEXT_ENCODER_IO, []);
  requireGraphIo(manifest, mode.denoiser, DENOISER_IO, [DENOISER_IO.velocity]);
  // The graphs are read and sha256-checked while the backend is chosen (probing a GPU adapter can take a second).
  for (const graph of [manifest.textEncoder, mode.denoiser]) models.prefetch(graph, settings.backend, signal);
  const backend = await models.backend(settings.backend, pickVariant(manifest, mode.denoiser, 'fp32').webgpuFeatures);
  const text = await models.graph(manifest.textEncoder, backend.backend, signal);
  // On WebGPU the velocity stays on the GPU: the sampler's DDIM step runs there too (stages/sample).
  const denoiser = await models.graph(mode.denoiser, backend.backend, signal, { gpuOutputs: [DENOISER_IO.velocity] });
  signal.throwIfAborted();
  return { manifest, mode, backend, text, denoiser, ms: performance.now() - start };
}
