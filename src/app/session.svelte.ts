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
    session.packs = await studio.engine.packs();
  } catch (e) {
    // Nothing can be generated without verified packs; say why where the packs are listed.
    session.packs = { verified: [], rejected: [{ id: 'packs', code: 'unavailable', reason: toKinoraError(e).message }] };
  }
}

/** Opens the model and the packs (again, after a failure: packs that loaded are kept). */
export function startSession(): void {
  void openBundledModel();
  if (!session.packs || session.packs.verified.length === 0) void openPacks();
}

async function openBundledModel(): Promise<void> {
  session.loadError = null;
  try {
    session.manifest = await studio.open(BUNDLED_MODEL_URL);
  } catch (e) {
    session.loadError = toKinoraError(e, 'ModelLoadError');
  }
}
