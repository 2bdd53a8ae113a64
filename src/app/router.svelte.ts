/** Hash routes (#/create, #/gallery, #/settings, #/bench): the one place that knows which page is shown. */
export const PAGES = [
  { id: 'create', label: 'Create' },
  { id: 'gallery', label: 'Gallery' },
  { id: 'settings', label: 'Settings' },
] as const;

/** Pages reached from a link (Settings → Benchmark), not from the navigation bar. */
const LINKED_PAGES = ['bench'] as const;

export type Page = (typeof PAGES)[number]['id'] | (typeof LINKED_PAGES)[number];

function fromHash(hash: string): Page | null {
  const id = hash.replace(/^#\/?/, '');
  return PAGES.find((p) => p.id === id)?.id ?? LINKED_PAGES.find((p) => p === id) ?? null;
}

export const route = $state<{ page: Page }>({ page: fromHash(location.hash) ?? 'create' });

/** Set while a kiosk runs: Create is the only page, whatever the address bar says. */
let lockedTo: Page | null = null;

window.addEventListener('hashchange', () => {
  if (lockedTo) {
    history.replaceState(null, '', `#/${lockedTo}`);
    return;
  }
  route.page = fromHash(location.hash) ?? 'create';
});

/** Keeps the app on `page` (null lets every page be reached again). */
export function lockRoute(page: Page | null): void {
  lockedTo = page;
  if (page) go(page);
}

export function go(page: Page): void {
  if (lockedTo && page !== lockedTo) return;
  route.page = page;
  if (location.hash !== `#/${page}`) history.pushState(null, '', `#/${page}`);
}
