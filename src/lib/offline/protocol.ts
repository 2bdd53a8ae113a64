/** What the page and the service worker say to each other (vite-plugin-pwa's register sends the same). */
export const SKIP_WAITING = 'SKIP_WAITING';
