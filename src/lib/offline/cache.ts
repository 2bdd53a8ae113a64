/**
 * The service worker's stored copies, as the app's code sees them (Cache Storage works in the page
 * and in workers alike).
 */
import type { DropStoredCopy } from '../models';

/** Workbox's precache keys carry the file's revision in this query parameter. */
const REVISION_PARAM = '__WB_REVISION__';

/**
 * Deletes every stored copy of `url` from Cache Storage, so the service worker goes to the network
 * for it; `refill` puts a checked replacement back under the same keys (Workbox does not re-store
 * a precached file it had to fetch). Null when nothing was stored.
 */
export const dropStoredCopy: DropStoredCopy = async (url) => {
  if (typeof caches === 'undefined') return null;
  const target = new URL(url);
  const dropped: { cache: Cache; request: Request; headers: Headers }[] = [];
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const key = new URL(request.url);
      key.searchParams.delete(REVISION_PARAM);
      if (key.href !== target.href) continue;
      const headers = new Headers((await cache.match(request))?.headers);
      if (await cache.delete(request)) dropped.push({ cache, request, headers });
    }
  }
  if (dropped.length === 0) return null;
  return {
    refill: async (bytes) => {
      for (const { cache, request, headers } of dropped) {
        headers.set('Content-Length', String(bytes.byteLength));
        await cache.put(request, new Response(bytes as Uint8Array<ArrayBuffer>, { headers }));
      }
    },
  };
};
