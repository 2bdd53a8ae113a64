/**
 * The guard's learned check in the inference worker: the classifier graph shipped with the app
 * (src/lib/guardrails/generated), sha256-checked against its manifest, run by onnxruntime-web on
 * WASM. Its runs are guard work, not model calls: they are not counted in modelCallCount().
 */
import classifierUrl from '../guardrails/generated/classifier.onnx?url';
import classifierManifest from '../guardrails/generated/classifier.json';
import { sha256Hex } from '../bytes';
import { KinoraError } from '../errors';
import { learnedCheck, parseClassifierManifest, type LearnedCheck } from '../guardrails';
import { wasmThreads } from './backend';
import { configureOrt, createSession } from './ort';

export async function loadLearnedCheck(fetchFn: typeof fetch = fetch): Promise<LearnedCheck> {
  const manifest = parseClassifierManifest(classifierManifest);
  const response = await fetchFn(new URL(classifierUrl, self.location.href));
  if (!response.ok) throw new KinoraError('ModelLoadError', `The guard's classifier could not be fetched (HTTP ${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if ((await sha256Hex(bytes)) !== manifest.file.sha256) throw new KinoraError('ModelLoadError', "The guard's classifier file is damaged (its sha256 does not match its manifest).");
  // The same threads the model's WASM sessions will ask for: the first session fixes them for the build.
  await configureOrt('wasm', wasmThreads());
  const { ort, inference } = await createSession({ model: bytes, externalData: [] }, 'wasm');
  return learnedCheck(manifest, async (indices, values) => {
    const dims = [indices.length];
    const out = await inference.run({ indices: new ort.Tensor('int64', indices, dims), values: new ort.Tensor('float32', values, dims) });
    return out.probabilities!.data as Float32Array;
  });
}
