/**
 * Manifest URL -> verified bytes. Every file is checked against the manifest's size and sha256
 * before anything is handed to onnxruntime, so a corrupt or tampered download never runs.
 */
import { KinoraError } from '../errors';
import { validateManifest, type GraphVariant, type ModelManifest, type Precision } from './manifest';
import { verifyFile } from './integrity';

export type Fetcher = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

export async function fetchManifest(url: string, fetcher: Fetcher = fetch): Promise<ModelManifest> {
  let res: Response;
  try {
    res = await fetcher(url);
  } catch (e) {
    throw new KinoraError('ModelLoadError', `Could not read the model manifest at ${url}: ${(e as Error).message}`);
  }
  if (!res.ok) throw new KinoraError('ModelLoadError', `Could not read the model manifest at ${url} (HTTP ${res.status}).`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new KinoraError('ManifestError', `The model manifest at ${url} is not valid JSON.`);
  }
  return validateManifest(json);
}

/** Picks the variant to run: the preferred precision when present, else fp32 (always present). */
export function pickVariant(manifest: ModelManifest, graph: string, precision: Precision = 'fp32'): GraphVariant {
  const spec = manifest.graphs[graph];
  if (!spec) throw new KinoraError('ManifestError', `The model has no graph named "${graph}".`);
  return spec.variants.find((v) => v.precision === precision) ?? spec.variants.find((v) => v.precision === 'fp32')!;
}

export interface GraphBytes {
  model: Uint8Array;
  /** External data files by the path the graph refers to them with. */
  externalData: { path: string; data: Uint8Array }[];
}

/** Downloads and verifies one graph variant's files. */
export async function fetchGraph(baseUrl: string, variant: GraphVariant, fetcher: Fetcher = fetch, signal?: AbortSignal): Promise<GraphBytes> {
  const read = async (path: string) => {
    const url = new URL(path, baseUrl).href;
    let res: Response;
    try {
      res = await fetcher(url, signal ? { signal } : {});
    } catch (e) {
      if (signal?.aborted) throw e;
      throw new KinoraError('ModelLoadError', `Could not read model file ${path}: ${(e as Error).message}`);
    }
    if (!res.ok) throw new KinoraError('ModelLoadError', `Could not read model file ${path} (HTTP ${res.status}).`);
    return new Uint8Array(await res.arrayBuffer());
  };
  const model = await read(variant.file.path);
  await verifyFile(variant.file, model);
  const externalData = [];
  for (const f of variant.externalData) {
    const data = await read(f.path);
    await verifyFile(f, data);
    externalData.push({ path: f.path, data });
  }
  return { model, externalData };
}
