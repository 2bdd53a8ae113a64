/** App-wide state: the studio, the open model and the verified packs. */
import { BUNDLED_MODEL_URL, type ModelManifest } from '../lib/models';
import { Studio } from '../lib/studio';
import { toKinoraError, type KinoraError } from '../lib/errors';
import type { LoadedPacks, PackCharacter } from '../lib/packs';

export const studio = new Studio();

export const session = $state<{
  manifest: ModelManifest | null;
  loadError: KinoraError | null;
  /** Packs as the inference worker verified them (it enforces them; the UI only shows them). */
  packs: LoadedPacks | null;
}>({ manifest: null, loadError: null, packs: null });

/** Characters of the verified packs, with their licensor, in pack order. */
export function licensedCharacters(): (PackCharacter & { licensor: string })[] {
  return (session.packs?.verified ?? []).flatMap((p) => p.manifest.characters.map((c) => ({ ...c, licensor: p.trustedLicensor })));
}

async function openPacks(): Promise<void> {
  try {
    session.packs = await retryOnCrash(() => studio.engine.packs());
  } catch (e) {
    // Nothing can be generated without verified packs; say why where the packs are listed.
    session.packs = { verified: [], rejected: [{ id: 'packs', code: 'unavailable', reason: toKinoraError(e).message }] };
  }
}

/**
 * Runs a background worker call once more if its worker died under it: the bridge has started a
 * new worker by then, so a one-off crash costs a reload, not an error on screen.
 */
export async function retryOnCrash<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (toKinoraError(e).code === 'WorkerCrashed') return call();
    throw e;
  }
}

/** Opens the model and the packs; called again after a failure, it opens only what is missing. */
export function startSession(): void {
  if (!session.manifest) void openBundledModel();
  if (!session.packs || session.packs.verified.length === 0) void openPacks();
}

async function openBundledModel(): Promise<void> {
  session.loadError = null;
  try {
    session.manifest = await retryOnCrash(() => studio.open(BUNDLED_MODEL_URL));
  } catch (e) {
    session.loadError = toKinoraError(e, 'ModelLoadError');
  }
}
