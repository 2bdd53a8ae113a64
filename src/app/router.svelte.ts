/** Hash routes (#/create, #/gallery, #/settings): the one place that knows which page is shown. */
export const PAGES = [
  { id: 'create', label: 'Create' },
  { id: 'gallery', label: 'Gallery' },
  { id: 'settings', label: 'Settings' },
] as const;

export type Page = (typeof PAGES)[number]['id'];

function fromHash(hash: string): Page | null {
  const id = hash.replace(/^#\/?/, '');
  return PAGES.find((p) => p.id === id)?.id ?? null;
}

export const route = $state<{ page: Page }>({ page: fromHash(location.hash) ?? 'create' });

window.addEventListener('hashchange', () => {
  route.page = fromHash(location.hash) ?? 'create';
});

export function go(page: Page): void {
  route.page = page;
  if (location.hash !== `#/${page}`) history.pushState(null, '', `#/${page}`);
}
