/**
 * Headless CLI: builds and serves the app, drives it in headless Chromium through the same UI a
 * person uses, writes the MP4 and prints one JSON line. Exit code 1 with a message on failure.
 *
 *   npm run generate -- --prompt "Pip the fox jumps in the snow" [--character pip] [--seed N] [--steps N]
 *                       [--mode fast|quality] [--guidance G] [--backend auto|webgpu|wasm] --out clip.mp4
 */
import { chromium, type Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import type { BackendChoice } from '../src/lib/engine';
import { probeClip } from '../src/lib/video';
import { fillSettings, generate, openCreate } from './ui-driver';

const USAGE = 'usage: npm run generate -- --prompt "..." [--character id] [--seed N] [--steps N] [--mode fast|quality] [--guidance G] [--backend auto|webgpu|wasm] --out clip.mp4';

function fail(message: string): never {
  process.stderr.write(`kinora generate: ${message}\n`);
  process.exit(1);
}

function intArg(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) fail(`--${name} must be a whole number (got "${value}")`);
  return n;
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        prompt: { type: 'string' },
        character: { type: 'string' },
        seed: { type: 'string' },
        steps: { type: 'string' },
        mode: { type: 'string', default: 'fast' },
        guidance: { type: 'string' },
        backend: { type: 'string', default: 'auto' },
        out: { type: 'string' },
        'skip-build': { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  if (!values.prompt) fail(`--prompt is required\n${USAGE}`);
  if (!values.out) fail(`--out is required\n${USAGE}`);
  if (!['auto', 'webgpu', 'wasm'].includes(values.backend!)) fail(`--backend must be auto, webgpu or wasm (got "${values.backend}")`);
  if (!['fast', 'quality'].includes(values.mode!)) fail(`--mode must be fast or quality (got "${values.mode}")`);
  const guidance = values.guidance === undefined ? undefined : Number(values.guidance);
  if (guidance !== undefined && !Number.isFinite(guidance)) fail(`--guidance must be a number (got "${values.guidance}")`);

  if (!values['skip-build']) await build({ logLevel: 'error' });
  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await preview({ logLevel: 'error', preview: { port: 0, host: '127.0.0.1' } });
    const baseURL = server.resolvedUrls?.local[0];
    if (!baseURL) fail('the preview server did not start');
    browser = await chromium.launch({ headless: true, ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: CHROMIUM_ARGS });
    const context = await browser.newContext({ baseURL, acceptDownloads: true });
    const page = await context.newPage();
    // Long tasks on the main thread, to check the UI stays responsive while generating.
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await openCreate(page, values.backend as BackendChoice, 300_000);
    const pageReadyMs = await page.evaluate(() => performance.now());
    await fillSettings(page, {
      ...(values.character !== undefined ? { character: values.character } : {}),
      prompt: values.prompt!,
      mode: values.mode === 'quality' ? 'Quality' : 'Fast',
      ...(values.seed !== undefined ? { seed: intArg('seed', values.seed)! } : {}),
      ...(values.steps !== undefined ? { steps: intArg('steps', values.steps)! } : {}),
      ...(guidance !== undefined ? { guidance } : {}),
    });
    if (values.mode === 'quality') await page.locator('[data-testid=readiness][data-state=ready]').waitFor({ timeout: 300_000 });
    const startedAt = await page.evaluate(() => performance.now());
    await generate(page, 600_000);
    const endedAt = await page.evaluate(() => performance.now());

    const figure = page.locator('figure.result');
    const timings = JSON.parse((await figure.getAttribute('data-timings')) ?? '{}') as Record<string, number | number[]>;
    // Save it the way a person does: the Download button.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download MP4' }).click()]);
    const out = resolve(values.out!);
    await download.saveAs(out);
    const bytes = readFileSync(out);
    const facts = await probeClip(bytes);
    const longTasks = await page.evaluate(([a, b]) => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= a! && t.start <= b!), [startedAt, endedAt]);
    // Share of generation time (model already loaded) spent outside onnxruntime's session.run.
    const generation = (timings.totalMs as number) - (timings.loadMs as number);
    const outsideRun = generation - (timings.runMs as number);
    const round = (v: number | number[]): number | number[] => (Array.isArray(v) ? v.map((x) => Math.round(x * 10) / 10) : Math.round(v * 10) / 10);
    const line = {
      out,
      bytes: bytes.length,
      codec: facts.codec,
      width: facts.width,
      height: facts.height,
      frames: facts.frames,
      backend: facts.record?.backend ?? null,
      seed: facts.record?.seed ?? null,
      timings: {
        ...Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, round(v)])),
        pageReadyMs: Math.round(pageReadyMs),
        wallMs: Math.round(endedAt - startedAt),
        outsideSessionRunPercent: round((100 * outsideRun) / generation),
        longestMainThreadTaskMs: Math.round(Math.max(0, ...longTasks.map((t) => t.duration))),
      },
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  } finally {
    await browser?.close();
    await server?.close();
  }
}

main().catch((e) => fail((e as Error).message));
