import type { Page, Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { probeClip, type ClipFacts } from '../../src/lib/video';

export { openCreate, fillSettings } from '../../scripts/ui-driver';

/** Reads a downloaded MP4 back with a real demuxer (mediabunny in Node). */
export async function probeMp4(path: string): Promise<ClipFacts> {
  return probeClip(readFileSync(path));
}

/** Every request the page (and its workers) makes to something other than this app's origin. */
export function watchRequests(page: Page): { all: Request[]; foreign: () => string[] } {
  const all: Request[] = [];
  page.context().on('request', (r) => all.push(r));
  return {
    all,
    foreign: () => all.map((r) => r.url()).filter((u) => !/^(https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|blob:|data:)/.test(u)),
  };
}
