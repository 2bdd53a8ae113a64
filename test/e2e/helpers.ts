import { expect, type Page, type Request } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { probeClip, type ClipFacts } from '../../src/lib/video';

export { openCreate, fillSettings, waitReady } from '../../scripts/ui-driver';

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

/** Keeps every core of the machine busy until stopped: tests that must hold on a loaded machine. */
export function burnCpu(): { stop: () => void } {
  const burners = Array.from({ length: Math.max(2, availableParallelism()) }, () => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
  return { stop: () => burners.forEach((b) => b.kill('SIGKILL')) };
}

/** The worker's model-call counter, as Settings shows it (asked of the worker itself). Leaves the page on Settings. */
export async function modelCalls(page: Page): Promise<number> {
  await page.getByRole('link', { name: 'Settings' }).click();
  const counter = page.getByTestId('model-calls');
  await expect(counter).toHaveAttribute('data-count', /^\d+$/);
  return Number(await counter.getAttribute('data-count'));
}

/** Clicks Cancel from inside the page the moment the status shows `stage` (no round trip to the test). */
export async function cancelAtStage(page: Page, stage: string): Promise<void> {
  await page.evaluate((stage) => {
    const observer = new MutationObserver(() => {
      if (document.querySelector(`[data-testid=status][data-stage=${stage}]`)) {
        observer.disconnect();
        [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Cancel')?.click();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  }, stage);
}
