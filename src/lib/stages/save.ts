/**
 * Stage 9, save (main thread): the sealed clip -> the gallery (IndexedDB). A full or failing disk
 * does not lose the clip: it comes back with the reason, still downloadable. A job cancelled before
 * this point saves nothing.
 */
import { toKinoraError, type KinoraError } from '../errors';
import { requestPersistence, saveClip, type StoredClip } from '../storage';

export interface SaveOutput {
  /** Null when the clip is in the gallery; otherwise why it is not. */
  error: KinoraError | null;
  ms: number;
}

export async function save(clip: StoredClip, signal: AbortSignal): Promise<SaveOutput> {
  signal.throwIfAborted();
  const start = performance.now();
  try {
    await saveClip(clip);
    // Now there is something worth keeping: ask the browser not to evict the gallery.
    void requestPersistence();
    return { error: null, ms: performance.now() - start };
  } catch (e) {
    return { error: toKinoraError(e, 'StorageError'), ms: performance.now() - start };
  }
}
