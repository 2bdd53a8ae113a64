/**
 * Manifest URL -> verified bytes. Every file is checked against the manifest's size and sha256
 * before anything is handed to onnxruntime, so a corrupt or tampered download never runs.
 */
import { KinoraError } from '../errors';
import { validateManifest, type GraphVariant, type ModelFile, type ModelManifest, type Precision } from './manifest';
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

/** The most WASM threads the int8 variant is picked for: its integer convolutions scale badly across threads. */
export const INT8_MAX_THREADS = 1;

/**
 * The variant a backend runs: on single-threaded WASM (a page that is not cross-origin isolated)
 * the int8 one where the graph lists it (a model lists one only if it judges within a point of
 * fp32), else fp32. Measured on 2 cores: on 1 thread int8 takes 0.5x fp32's time; on 2 it runs
 * frame by frame with a small threaded GEMM each, and while another process wants a core (the
 * service worker precaching on a first visit, a busy machine) its threads wait on each other: a
 * first clip took 2.6-4.0 s against fp32's 0.8-1.8 s, and a busy benchmark run 1.8x fp32's time
 * a call, for 0.9x once quiet. So threaded WASM runs fp32.
 */
export function variantFor(manifest: ModelManifest, graph: string, backend: 'wasm' | 'webgpu', wasmThreads: number): GraphVariant {
  return pickVariant(manifest, graph, backend === 'wasm' && wasmThreads <= INT8_MAX_THREADS ? 'int8' : 'fp32');
}

export interface GraphBytes {
  model: Uint8Array;
  /** External data files by the path the graph refers to them with. */
  externalData: { path: string; data: Uint8Array }[];
}

/**
 * Drops a stored copy of a file (the service worker's cache) so the next fetch goes to the network;
 * resolves to a way to store the checked replacement, or null when there was no stored copy. Given
 * by the browser edge (src/lib/offline).
 */
export type DropStoredCopy = (url: string) => Promise<{ refill: (bytes: Uint8Array) => Promise<void> } | null>;

/**
 * Downloads and verifies one graph variant's files (see fetchVerifiedFile).
 */
export async function fetchGraph(baseUrl: string, variant: GraphVariant, fetcher: Fetcher = fetch, signal?: AbortSignal, dropStoredCopy?: DropStoredCopy): Promise<GraphBytes> {
  const readVerified = (file: ModelFile) => fetchVerifiedFile(baseUrl, file, fetcher, signal, dropStoredCopy);
  const model = await readVerified(variant.file);
  const externalData = [];
  for (const f of variant.externalData) externalData.push({ path: f.path, data: await readVerified(f) });
  return { model, externalData };
}

/**
 * Downloads one file and checks its size and sha256. A file that fails its check is, when a stored
 * copy of it was dropped, fetched once more and checked again: a damaged offline copy is repaired
 * when online, and refused with a clear message when not. A wrong file never loads.
 */
export async function fetchVerifiedFile(baseUrl: string, file: ModelFile, fetcher: Fetcher = fetch, signal?: AbortSignal, dropStoredCopy?: DropStoredCopy): Promise<Uint8Array> {
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
  const bytes = await read(file.path);
  try {
    await verifyFile(file, bytes);
    return bytes;
  } catch (damaged) {
    const stored = await dropStoredCopy?.(new URL(file.path, baseUrl).href);
    if (!stored) throw damaged;
    let fresh: Uint8Array;
    try {
      fresh = await read(file.path);
    } catch (e) {
      if (signal?.aborted) throw e;
      throw new KinoraError(
        'ModelIntegrityError',
        `The stored copy of ${file.path} was damaged and has been removed, but it could not be downloaded again (${(e as Error).message}). Connect to the network once and try again. (${(damaged as Error).message})`,
      );
    }
    await verifyFile(file, fresh);
    // Keep the good copy for offline use (a failure here only costs a download next time).
    await stored.refill(fresh).catch(() => undefined);
    return fresh;
  }
}
