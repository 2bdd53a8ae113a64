/**
 * The kiosk's hold on updates: while an event kiosk runs, the page keeps an empty cache of this
 * name and the service worker refuses to install a new version (no download, no waiting version, no
 * prompt in front of visitors). Cache Storage, because the page and the service worker both see it.
 */
export const UPDATE_HOLD_CACHE = 'kinora-update-hold';

export async function holdUpdates(hold: boolean): Promise<void> {
  if (typeof caches === 'undefined') return;
  if (hold) await caches.open(UPDATE_HOLD_CACHE);
  else await caches.delete(UPDATE_HOLD_CACHE);
}

export async function updatesHeld(): Promise<boolean> {
  return typeof caches !== 'undefined' && caches.has(UPDATE_HOLD_CACHE);
}
