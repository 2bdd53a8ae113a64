/**
 * The guard's learned check in the inference worker: the classifier graph shipped with the app
 * (src/lib/guardrails/generated), size- and sha256-checked against its manifest like the model's
 * files (a damaged offline copy is dropped and fetched again when online), run by onnxruntime-web
 * on WASM. Its runs are guard work, not model calls: they are not counted in modelCallCount().
 */
import classifierUrl from '../guardrails/generated/classifier.onnx?url';
import classifierManifest from '../guardrails/generated/classifier.json';
import { classifierFeeds, learnedCheck, parseClassifierManifest, type LearnedCheck } from '../guardrails';
import { fetchVerifiedFile, type Fetcher } from '../models';
import { dropStoredCopy } from '../offline';
import { wasmThreads } from './backend';
import { configureOrt, createSession } from './ort';

export async function loadLearnedCheck(fetcher: Fetcher = fetch): Promise<LearnedCheck> {
  const manifest = parseClassifierManifest(classifierManifest);
  // The build names the file by its content hash; the manifest says what its bytes must be.
  const url = new URL(classifierUrl, self.location.href).href;
  const bytes = await fetchVerifiedFile(url, { ...manifest.file, path: url }, fetcher, undefined, dropStoredCopy);
  // The same threads the model's WASM sessions will ask for: the first session fixes them for the build.
  await configureOrt('wasm', wasmThreads());
  const { ort, inference } = await createSession({ model: bytes, externalData: [] }, 'wasm');
  return learnedCheck(manifest, async (input) => {
    const out = await inference.run(classifierFeeds(ort.Tensor, input));
    return out.probabilities!.data as Float32Array;
  });
}
