/**
 * Stage 5, decode: the clean estimate -> packed RGBA frames at the model's size, and their SHA-256
 * (equal for equal seeds and settings on one backend). kinora-tiny works in pixel space, so there
 * is no decoder graph; a latent model's decoder would run here.
 */
import { sha256Hex, type ModelManifest } from '../models';
import { toRgbaFrames } from '../video/frames';

export interface DecodeOutput {
  frames: Uint8ClampedArray;
  framesSha256: string;
  ms: number;
}

export async function decode(manifest: ModelManifest, x0: Float32Array): Promise<DecodeOutput> {
  const start = performance.now();
  const { frames: frameCount, width, height, range } = manifest.video;
  const frames = toRgbaFrames(x0, { frames: frameCount, width, height }, range);
  return { frames, framesSha256: await sha256Hex(frames), ms: performance.now() - start };
}
