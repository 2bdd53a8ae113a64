/**
 * Stage 6, record: the generation record, built in the inference worker where its facts live (the
 * job it ran, the model it ran, and the guard's decision), then sent to the encoder with the
 * frames. The encoder adds the content hash and the signature (seal).
 */
import type { Admission } from '../engine/policy-gate';
import type { GenerationSettings } from '../engine/settings';
import type { GenerationRecord } from '../provenance/record';
import type { Loaded } from './load';

/** Every clip is upscaled to this size (encode stage). */
export const OUTPUT_SIZE = 512;

export interface RecordInput {
  appVersion: string;
  settings: GenerationSettings;
  admission: Admission;
  loaded: Loaded;
  createdAt: Date;
}

export function buildRecord({ appVersion, settings, admission, loaded, createdAt }: RecordInput): GenerationRecord {
  const { manifest, mode, backend, denoiser } = loaded;
  return {
    app: { name: 'Kinora', version: appVersion },
    model: { id: manifest.id, version: manifest.version, denoiser: mode.denoiser, sha256: denoiser.sha256 },
    packs: admission.decision.packs,
    policyVersion: admission.decision.policyVersion,
    prompt: settings.prompt,
    character: settings.character,
    seed: settings.seed,
    mode: settings.mode,
    steps: settings.steps,
    guidance: mode.guidance.kind === 'cfg' ? settings.guidance : null,
    backend: backend.backend,
    frames: manifest.video.frames,
    fps: manifest.video.fps,
    width: OUTPUT_SIZE,
    height: OUTPUT_SIZE,
    createdAt: createdAt.toISOString(),
  };
}
