/** App-wide state: the studio, the open model and what Create should start from (remix). */
import { defaultSettings, type GenerationSettings } from '../lib/engine';
import { BUNDLED_MODEL_URL, type ModelManifest } from '../lib/models';
import { randomSeed } from '../lib/sampler';
import { Studio } from '../lib/studio';
import { toKinoraError, type KinoraError } from '../lib/errors';
import type { LoadedPacks, PackCharacter } from '../lib/packs';

export type Page = 'create' | 'gallery' | 'settings';

export const studio = new Studio(__APP_VERSION__);

export const app = $state<{
  page: Page;
  manifest: ModelManifest | null;
  loadError: KinoraError | null;
  settings: GenerationSettings | null;
  galleryVersion: number;
  /** Packs as the inference worker verified them (it enforces them; the UI only shows them). */
  packs: LoadedPacks | null;
}>({ page: 'create', manifest: null, loadError: null, settings: null, galleryVersion: 0, packs: null });

/** Characters of the verified packs, with their licensor, in pack order. */
export function licensedCharacters(): (PackCharacter & { licensor: string })[] {
  return (app.packs?.verified ?? []).flatMap((p) => p.manifest.characters.map((c) => ({ ...c, licensor: p.trustedLicensor })));
}

export async function openPacks(): Promise<void> {
  try {
    app.packs = await studio.engine.packs();
  } catch (e) {
    // Nothing can be generated without verified packs; say why where the packs are listed.
    app.packs = { verified: [], rejected: [{ id: 'packs', code: 'unavailable', reason: toKinoraError(e).message }] };
  }
}

export async function openBundledModel(): Promise<void> {
  try {
    const manifest = await studio.open(BUNDLED_MODEL_URL);
    app.manifest = manifest;
    app.settings ??= defaultSettings(manifest, randomSeed());
  } catch (e) {
    app.loadError = toKinoraError(e, 'ModelLoadError');
  }
}

export function go(page: Page): void {
  app.page = page;
  if (location.hash !== `#/${page}`) history.replaceState(null, '', `#/${page}`);
}

/** Reopens Create with a clip's settings. */
export function remix(settings: GenerationSettings): void {
  app.settings = { ...settings };
  go('create');
}
