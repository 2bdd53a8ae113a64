/**
 * Offline use: registers the service worker (vite-plugin-pwa's register, in prompt mode) and says
 * what it did: storing the app and model, stored (with the size, asking for persistent storage at
 * that moment), could not store (the app keeps working online), or a new version waiting, which
 * is applied only when the person asks and never while a clip is being made.
 */
import { registerSW } from 'virtual:pwa-register';
import { holdUpdates } from '../lib/offline';
import { requestPersistence, storageStatus } from '../lib/storage';
import { create } from './create.svelte';
import { megabytes } from './format';

export type OfflineState = 'unsupported' | 'checking' | 'storing' | 'ready' | 'failed';

export const offline = $state<{
  state: OfflineState;
  /** Bytes the app and model take in the cache, once stored. */
  storedBytes: number | null;
  /** A new version is installed and waits for a reload. */
  updateWaiting: boolean;
  /** Why the app could not be stored, for people. */
  problem: string | null;
}>({ state: 'checking', storedBytes: null, updateWaiting: false, problem: null });

let applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;
let registration: ServiceWorkerRegistration | null = null;
/** Set while a kiosk runs: a waiting version stays waiting. */
let updatesPaused = false;

async function stored(): Promise<void> {
  offline.state = 'ready';
  offline.problem = null;
  const status = await storageStatus().catch(() => null);
  offline.storedBytes = status?.cacheBytes ?? status?.usedBytes ?? null;
  // Asked here, when there is something worth keeping (Settings shows the answer); the browser may decide without a prompt.
  await requestPersistence().catch(() => false);
}

async function notStored(reason: string): Promise<void> {
  offline.state = 'failed';
  const { usedBytes, quotaBytes } = await storageStatus().catch(() => ({ usedBytes: null, quotaBytes: null }));
  const room = usedBytes !== null && quotaBytes !== null ? ` This browser allows ${megabytes(Math.max(0, quotaBytes - usedBytes))} more for this site.` : '';
  offline.problem = `Kinora could not be stored for offline use (${reason}).${room} It keeps working while you are online.`;
}

/** Watches a first install: the precache either completes (ready) or the worker is thrown away (failed). */
function watchInstall(registration: ServiceWorkerRegistration): void {
  const installing = registration.installing;
  if (!installing) {
    if (registration.active) void stored();
    return;
  }
  offline.state = 'storing';
  installing.addEventListener('statechange', () => {
    if (installing.state === 'redundant' && !registration.active) void notStored('not enough storage space, or a download failed');
  });
}

export function startOffline(): void {
  if (!('serviceWorker' in navigator)) {
    offline.state = 'unsupported';
    return;
  }
  applyUpdate = registerSW({
    immediate: true,
    onOfflineReady: () => void stored(),
    onNeedRefresh: () => (offline.updateWaiting = true),
    onRegisteredSW: (_url, registered) => {
      registration = registered ?? null;
      if (registered) watchInstall(registered);
    },
    onRegisterError: (e: unknown) => void notStored(e instanceof Error ? e.message : String(e)),
  });
}

/** Switches to the waiting version and reloads, unless a clip is being made (the button says so). */
export function reloadToUpdate(): void {
  if (create.running || !applyUpdate || updatesPaused) return;
  // The register helper reloads only when the page was controlled before it registered; a page
  // that installed the first version itself must reload here when the new one takes over.
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  void applyUpdate(true);
}

/**
 * While a kiosk runs no new version installs (workers/sw.ts); when staff leave, the service
 * worker looks for one at once, and the usual prompt offers it.
 */
export async function holdOfflineUpdates(hold: boolean): Promise<void> {
  updatesPaused = hold;
  await holdUpdates(hold).catch(() => undefined);
  if (!hold) await registration?.update().catch(() => undefined);
}
