/**
 * The whole-generation part of `npm run bench`: clips made through the app's own UI (the production
 * build, served by vite preview, driven as `npm run generate` drives it), per backend and mode. Each
 * clip's own stage timings (performance.now() in the workers) become one sample of each stage;
 * the first clip of each mode is a warm-up. Also the time from page load to ready-to-generate, on
 * the first visit and on later ones.
 */
import type { Browser } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { measurement, type Measurement } from '../src/lib/bench';
import { makeClip, openCreate, waitReady, watchLongTasks, type ClipLine } from './ui-driver';

export type GenerationBackend = 'webgpu' | 'wasm';
export type GenerationMode = 'fast' | 'quality';

/** Per stage: its name in the result and its figure from one clip. */
const STAGES: [name: string, unit: 'ms' | '%', figure: (clip: ClipLine) => number][] = [
  ['generation.text', 'ms', (c) => c.timings.textMs],
  ['generation.noise', 'ms', (c) => c.timings.noiseMs],
  ['generation.denoise', 'ms', (c) => c.timings.stepMs.reduce((a, b) => a + b, 0)],
  ['generation.decode', 'ms', (c) => c.timings.decodeMs],
  // Frame preparation (upscale, overlay), WebCodecs encode, MP4 mux and signing, in the encoder worker;
  // then its two parts that are not the codec: frame preparation, and mux + content hash + signature.
  ['generation.encode', 'ms', (c) => c.timings.encodeMs],
  ['generation.frame-prep', 'ms', (c) => c.timings.framePrepMs],
  ['generation.mux-seal', 'ms', (c) => c.timings.sealMs],
  ['generation.save', 'ms', (c) => c.timings.saveMs],
  // From pressing Generate to the clip on screen, as a person waits.
  ['generation.total', 'ms', (c) => c.timings.wallMs],
  // Everything but onnxruntime's session.run, as a share of the worker's generation time.
  ['generation.overhead', '%', (c) => c.timings.outsideSessionRunPercent],
  ['generation.longest-main-thread-task', 'ms', (c) => c.timings.longestMainThreadTaskMs],
];

const PROMPT = 'Pip the fox jumps in the snow';

/** Runs the clips on the build in dist/ (the caller builds it) and returns their measurements. */
export async function benchGenerations(browser: Browser, options: { backends: GenerationBackend[]; modes: GenerationMode[]; warmup: number; repeat: number }): Promise<Measurement[]> {
  const server = await preview({ logLevel: 'error', preview: { port: 0, host: '127.0.0.1' } });
  const baseURL = server.resolvedUrls?.local[0];
  const outDir = mkdtempSync(join(tmpdir(), 'kinora-bench-clips-'));
  const measurements: Measurement[] = [];
  try {
    if (!baseURL) throw new Error('the preview server did not start');
    for (const backend of options.backends) {
      // A fresh context per backend: nothing cached in the page, the model loads as on a first visit after install.
      const context = await browser.newContext({ baseURL, acceptDownloads: true });
      try {
        const page = await context.newPage();
        await watchLongTasks(page);
        await openCreate(page, backend, 600_000);
        const readyMs = await page.evaluate(() => performance.now());
        measurements.push(measurement({ name: 'app.ready-to-generate', backend, unit: 'ms', timing: 'wall-clock', warmup: 0, samples: [readyMs], params: { visit: 'first' } }));
        for (const mode of options.modes) {
          const clips: ClipLine[] = [];
          for (let i = 0; i < options.warmup + options.repeat; i++) {
            clips.push(await makeClip(page, { prompt: PROMPT, character: 'pip', seed: 1000 + i, mode }, join(outDir, `${backend}-${mode}-${i}.mp4`), readyMs));
          }
          const steps = clips[0]!.timings.stepMs.length;
          for (const [name, unit, figure] of STAGES) {
            measurements.push(measurement({ name, backend, unit, timing: 'wall-clock', warmup: options.warmup, samples: clips.map(figure), params: { mode, steps } }));
          }
        }
        // A later visit: the app and the model come from the browser's caches (the service worker's once it has stored them).
        const again: number[] = [];
        for (let i = 0; i < options.repeat; i++) {
          await page.reload();
          await waitReady(page, 600_000);
          again.push(await page.evaluate(() => performance.now()));
          // Create keeps its settings across reloads; make sure the figure is this backend's.
          const kept = await page.getByLabel('Backend').inputValue();
          if (kept !== backend) throw new Error(`after a reload Create runs on "${kept}", not "${backend}"`);
        }
        measurements.push(measurement({ name: 'app.ready-to-generate', backend, unit: 'ms', timing: 'wall-clock', warmup: 0, samples: again, params: { visit: 'repeat' } }));
      } finally {
        await context.close();
      }
    }
  } finally {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  return measurements;
}
