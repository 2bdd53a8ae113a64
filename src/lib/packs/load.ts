/**
 * Loads the packs the app ships with (public/packs/, same origin): the index, then each pack's
 * pack.json and pack.json.sig, verified one by one. Never throws: a pack that can't be fetched or
 * fails a check comes back in `rejected` with a reason a person can read, named by its index entry.
 */
import { BUNDLED_TRUST_STORE } from './trust-store';
import { KEBAB_ID } from './validate';
import { isVerified, verifyPack } from './verify';
import type { LoadedPacks, RejectedPack, TrustStore, VerifiedPack } from './types';

export type PackFetcher = (url: string) => Promise<Response>;

/** Relative to the app's base URL. */
export const PACKS_INDEX_PATH = 'packs/index.json';

/** Body of a fetched file, null when it isn't there; throws a reason for anything else. */
async function fetchOptional(fetchFn: PackFetcher, url: string): Promise<Response | null> {
  let res: Response;
  try {
    res = await fetchFn(url);
  } catch {
    throw new Error('the network request failed');
  }
  // An SPA fallback answers a missing file with index.html; that is "not there", not a file.
  if (res.status === 404 || (res.ok && res.headers.get('content-type')?.startsWith('text/html'))) return null;
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res;
}

async function loadPack(id: string, base: URL, fetchFn: PackFetcher, now: Date, trust: TrustStore): Promise<VerifiedPack | RejectedPack> {
  const manifestUrl = new URL(`packs/${id}/pack.json`, base).href;
  const unavailable = (why: string): RejectedPack => ({ id, code: 'unavailable', reason: `${id} couldn't be loaded (${why}).` });
  try {
    const [manifest, signature] = await Promise.all([fetchOptional(fetchFn, manifestUrl), fetchOptional(fetchFn, `${manifestUrl}.sig`)]);
    if (!manifest) return unavailable('pack.json is missing');
    const bytes = new Uint8Array(await manifest.arrayBuffer());
    return await verifyPack(bytes, signature && (await signature.text()), trust, now, { listedAs: id });
  } catch (e) {
    return unavailable((e as Error).message);
  }
}

/** Character ids are unique across all packs; a later pack that reuses one is refused whole. */
function refuseCharacterClashes(packs: VerifiedPack[]): LoadedPacks {
  const owner = new Map<string, string>();
  const result: LoadedPacks = { verified: [], rejected: [] };
  for (const pack of packs) {
    const { id, version, characters } = pack.manifest;
    const clash = characters.find((c) => owner.has(c.id));
    if (clash) {
      result.rejected.push({ id, code: 'conflict', reason: `${id} ${version} can't be used: its character '${clash.id}' is already provided by ${owner.get(clash.id)}.` });
      continue;
    }
    for (const c of characters) owner.set(c.id, id);
    result.verified.push(pack);
  }
  return result;
}

function readIndex(json: unknown): string[] | null {
  const packs = typeof json === 'object' && json !== null ? (json as { packs?: unknown }).packs : undefined;
  if (!Array.isArray(packs) || !packs.every((p): p is string => typeof p === 'string' && KEBAB_ID.test(p))) return null;
  return [...new Set(packs)];
}

/**
 * `baseUrl` is the app's base (ending in "/"), e.g. `new URL(import.meta.env.BASE_URL, location.href)`.
 */
export async function loadBundledPacks(
  baseUrl: string | URL,
  fetchFn: PackFetcher = fetch,
  now: Date = new Date(),
  trust: TrustStore = BUNDLED_TRUST_STORE,
): Promise<LoadedPacks> {
  const base = new URL(baseUrl);
  const indexFailure = (why: string): LoadedPacks => ({
    verified: [],
    rejected: [{ id: PACKS_INDEX_PATH, code: 'unavailable', reason: `The list of bundled character packs couldn't be loaded (${why}).` }],
  });
  let ids: string[] | null;
  try {
    const res = await fetchOptional(fetchFn, new URL(PACKS_INDEX_PATH, base).href);
    if (!res) return indexFailure(`${PACKS_INDEX_PATH} is missing`);
    ids = readIndex(await res.json());
  } catch (e) {
    return indexFailure(e instanceof SyntaxError ? 'it is not valid JSON' : (e as Error).message);
  }
  if (!ids) return indexFailure('expected {"packs": ["pack-id", ...]}');

  const results = await Promise.all(ids.map((id) => loadPack(id, base, fetchFn, now, trust)));
  const checked = refuseCharacterClashes(results.filter(isVerified));
  return { verified: checked.verified, rejected: [...results.filter((r): r is RejectedPack => !isVerified(r)), ...checked.rejected] };
}
