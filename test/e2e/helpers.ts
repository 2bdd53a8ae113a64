import { expect, type Page, type Request } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { validateManifest, variantFor, type GraphVariant } from '../../src/lib/models';
import { probeClip, type ClipFacts } from '../../src/lib/video';

export { openCreate, fillSettings, waitReady } from '../../scripts/ui-driver';

/** The bundled student variant the app runs on WASM on this machine (int8 only single-threaded), as the manifest lists it. */
export function wasmStudent(): GraphVariant {
  const threads = Math.min(availableParallelism(), 8); // as the app's wasmThreads() counts them, cross-origin isolated
  return variantFor(validateManifest(JSON.parse(readFileSync('models/kinora-tiny/manifest.json', 'utf8'))), 'student', 'wasm', threads);
}

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

/** Luminance of the played-back frame at 1 s, over [x0, x1) x [y0, y1) of the 512x512 clip. */
export function frameLuma(page: Page, [x0, y0, x1, y1]: [number, number, number, number]): Promise<number[]> {
  return page.getByTestId('result-video').evaluate(async (v: HTMLVideoElement, [bx0, by0, bx1, by1]) => {
    v.pause();
    v.currentTime = 1;
    await new Promise((r) => v.addEventListener('seeked', r, { once: true }));
    const c = new OffscreenCanvas(v.videoWidth, v.videoHeight);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(v, 0, 0);
    const d = ctx.getImageData(bx0, by0, bx1 - bx0, by1 - by0).data;
    const out: number[] = [];
    for (let i = 0; i < d.length; i += 4) out.push(0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!);
    return out;
  }, [x0, y0, x1, y1] as const);
}
