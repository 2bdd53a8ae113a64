/**
 * The tensor names the stages bind a model's graphs by. Every kinora-model/1 text encoder and
 * denoiser uses these names (see models/manifest.ts); a graph without one of them is refused when
 * it is loaded, with the name it lacks, rather than fed the wrong tensor.
 */
import { KinoraError } from '../errors';
import type { ModelManifest } from '../models';

export const TEXT_ENCODER_IO = { tokens: 'tokens', embedding: 'text_embedding' } as const;
export const DENOISER_IO = { latent: 'z', time: 't', text: 'text', velocity: 'v' } as const;

/** Throws ManifestError unless `graph` has every input and output named in `io`. */
export function requireGraphIo(manifest: ModelManifest, graph: string, io: { [role: string]: string }, outputs: string[]): void {
  const spec = manifest.graphs[graph];
  const have = new Set([...(spec?.inputs ?? []).map((t) => t.name), ...(spec?.outputs ?? []).map((t) => t.name)]);
  const missing = Object.values(io).filter((name) => !have.has(name));
  if (missing.length > 0) throw new KinoraError('ManifestError', `The model's ${graph} graph has no tensor named ${missing.map((m) => `"${m}"`).join(', ')}; Kinora binds its ${outputs.includes(io.velocity ?? '') ? 'denoiser' : 'text encoder'} by these names.`);
}
