/**
 * The models the app ships with, and the only manifests the inference worker opens: a page script
 * asking it to open another origin's (or another path's) manifest gets a readable refusal, so
 * foreign graphs, and a manifest without the model's character words, never reach a generation.
 */
import { KinoraError } from '../errors';

/** Where the app finds the model it ships with (relative to the app's origin). */
export const BUNDLED_MODEL_URL = '/models/kinora-tiny/manifest.json';
const BUNDLED_MODEL_URLS = [BUNDLED_MODEL_URL];

/** The absolute URL of a bundled model's manifest; throws a readable ModelLoadError for anything else. */
export function bundledManifestUrl(manifestUrl: string, appUrl: string): string {
  const app = new URL(appUrl);
  let url: URL;
  try {
    url = new URL(manifestUrl, app);
  } catch {
    throw new KinoraError('ModelLoadError', `"${manifestUrl}" is not a model manifest URL.`);
  }
  if (url.origin !== app.origin) {
    throw new KinoraError('ModelLoadError', `Kinora opens models only from its own origin (${app.origin}); a model from ${url.origin} was refused.`);
  }
  const bundled = BUNDLED_MODEL_URLS.map((path) => new URL(path, app).href);
  if (!bundled.includes(url.href)) {
    throw new KinoraError('ModelLoadError', `Kinora opens only the models it ships with (${BUNDLED_MODEL_URLS.join(', ')}); ${url.pathname}${url.search} was refused.`);
  }
  return url.href;
}
