/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa, injectManifest): keeps the app shell, the workers,
 * onnxruntime's WASM, the bundled model and the packs in a Workbox precache whose list comes from
 * the build, and answers from it, so the app works with the network off. Every response it gives
 * carries the app's security headers (src/lib/security, the list the servers send too): a host that
 * sends none still gets a cross-origin isolated page (WASM threads) with its CSP, offline as online.
 * A new version waits until the page asks for it (never a silent swap), and while an event kiosk
 * runs it does not even install.
 */
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types';
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setDefaultHandler } from 'workbox-routing';
import { SKIP_WAITING, updatesHeld, withSecurityHeaders } from '../src/lib/offline';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

// Before Workbox's own install step: a new version refused here is thrown away; the kiosk page
// asks for it again when staff leave kiosk mode.
self.addEventListener('install', (event) => {
  if (!self.registration.active) return;
  event.waitUntil(
    updatesHeld().then((held) => {
      if (held) throw new Error('An event kiosk is running: the new version is installed when staff leave kiosk mode.');
    }),
  );
});

const headers: WorkboxPlugin = { handlerWillRespond: async ({ response }) => withSecurityHeaders(response) };
addPlugins([headers]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
// Anything not precached (none of the app's own files) still gets the headers.
setDefaultHandler(async ({ request }) => withSecurityHeaders(await fetch(request)));

// The first version takes the open page at once (it has nothing to replace); later ones wait.
clientsClaim();
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === SKIP_WAITING) void self.skipWaiting();
});
