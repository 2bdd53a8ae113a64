/**
 * The Benchmark page on the production build: reached from Settings, cancel and a dead worker
 * settle with a clear state, a quick WASM run (one repeat, the fastest there is) plots and tabulates
 * its result, the downloaded JSON is a valid kinora-bench/1 result, and files dropped back compare
 * (1.00x against itself) or are refused with the validator's own message, losing nothing.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { validateBenchResult } from '../../src/lib/bench';
import { watchRequests } from './helpers';

test('the Benchmark page runs the suite in a worker, plots it, downloads valid JSON and compares dropped results', async ({ page }) => {
  const benchWorkers: { closed: boolean }[] = [];
  page.on('worker', (w) => {
    if (!w.url().includes('bench.worker')) return;
    const seen = { closed: false };
    benchWorkers.push(seen);
    w.on('close', () => (seen.closed = true));
  });
  // Offline-safe and within the CSP: nothing fetched from elsewhere, nothing refused (uPlot's CSS comes from the build).
  const requests = watchRequests(page);
  const refused: string[] = [];
  page.on('console', (m) => void (/Content Security Policy/i.test(m.text()) && refused.push(m.text())));
  await page.goto('/?testhooks#/settings');
  await page.getByRole('link', { name: 'Benchmark this device' }).click();
  await expect(page).toHaveURL(/#\/bench$/);
  const bench = page.getByTestId('bench');
  await page.getByRole('checkbox', { name: 'WebGPU' }).uncheck(); // WebGPU on SwiftShader is far too slow for a test
  await page.getByLabel('Repeats').fill('1');
  const run = page.getByRole('button', { name: 'Run benchmark' });
  const progress = page.getByTestId('bench-progress');

  // Cancel ends the worker at once (the full suite would run for a while).
  await page.getByLabel('Full').check();
  await run.click();
  await expect(progress).toHaveText(/^1 of \d+: WASM SIMD multiply-add, 1 worker$/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(bench).toHaveAttribute('data-state', 'cancelled', { timeout: 2000 });
  await expect(page.getByTestId('bench-run-error')).toHaveText('Cancelled.');
  await expect.poll(() => benchWorkers.map((w) => w.closed)).toEqual([true]);

  // A worker that dies mid-run is a readable error, and the next run gets a new one.
  await run.click();
  await expect(progress).toContainText('1 of');
  expect(await page.evaluate(() => (window as unknown as { __kinoraTest: { kill(l: string): boolean } }).__kinoraTest.kill('benchmark'))).toBe(true);
  await expect(bench).toHaveAttribute('data-state', 'failed');
  await expect(page.getByTestId('bench-run-error')).toContainText('The benchmark worker stopped unexpectedly');

  await page.getByLabel('Quick').check();
  const started = Date.now();
  await run.click();
  await expect(bench).toHaveAttribute('data-state', 'done', { timeout: 180_000 });
  console.log(`quick suite, WASM, 1 repeat: ${((Date.now() - started) / 1000).toFixed(1)} s on the page`);
  // Each run's worker (and the onnxruntime threads it started) ends with the run.
  await expect.poll(() => benchWorkers.every((w) => w.closed)).toBe(true);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download JSON' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^kinora-bench-.+\.json$/);
  const file = await download.path();
  const result = validateBenchResult(JSON.parse(readFileSync(file, 'utf8')));
  const manifest = JSON.parse(readFileSync('models/kinora-tiny/manifest.json', 'utf8')) as { id: string; version: string; graphs: Record<string, { variants: { precision: string; file: { sha256: string } }[] }>; modes: { fast: { denoiser: string } } };
  expect(result.suite).toBe('quick');
  expect(result.environment).toMatchObject({
    browser: { name: 'Chromium' },
    executionProvider: 'wasm',
    crossOriginIsolated: true,
    model: { id: manifest.id, version: manifest.version, sha256: manifest.graphs[manifest.modes.fast.denoiser]!.variants[0]!.file.sha256 },
    appVersion: '0.1.0',
  });
  expect(result.environment.cpuCores).toBeGreaterThanOrEqual(1);
  expect(result.measurements.every((m) => m.stats.n === 1 && m.backend !== 'webgpu')).toBe(true);
  expect(result.measurements.map((m) => m.name)).toEqual(expect.arrayContaining(['simd.f32x4-mul-add', `denoiser.${manifest.modes.fast.denoiser}`]));
  // The manifest's FLOP count gives the denoiser an achieved GFLOP/s and its share of the SIMD peak.
  const denoiser = result.measurements.filter((m) => m.name.startsWith('denoiser.'));
  // Every variant the model lists (fp32 and int8) on WASM, each at batch 1 and 2.
  const precisions = manifest.graphs[manifest.modes.fast.denoiser]!.variants.map((v) => v.precision);
  expect(denoiser.map((m) => `${m.params.precision}@${m.params.batch}`)).toEqual(precisions.flatMap((p) => [`${p}@1`, `${p}@2`]));
  for (const m of denoiser) expect(m.derived.rooflineFraction).toBeGreaterThan(0);

  // The table has a row per measurement; the charts are drawn (latency distribution, p50 bars per unit, roofline).
  const rows = page.getByTestId('bench-row');
  await expect(rows).toHaveCount(result.measurements.length);
  const canvases = page.locator('[data-testid=bench-chart] .uplot canvas');
  const charts = 2 + new Set(result.measurements.map((m) => m.unit)).size;
  await expect(canvases).toHaveCount(charts);
  for (const box of await canvases.evaluateAll((cs) => cs.map((c) => ({ w: (c as HTMLCanvasElement).width, h: (c as HTMLCanvasElement).height })))) {
    expect(box.w).toBeGreaterThan(0);
    expect(box.h).toBeGreaterThan(0);
  }

  // The same file back: every case matches, at 1.00x.
  const input = page.getByTestId('bench-file');
  await input.setInputFiles({ name: 'earlier.json', mimeType: 'application/json', buffer: readFileSync(file) });
  await expect(page.getByTestId('bench-ratio')).toHaveText(Array(result.measurements.length).fill('1.00x'));

  // A file that is not a result: the validator's message, and everything shown before stays.
  const broken = { ...result, measurements: [{ ...result.measurements[0], samples: [] }] };
  await input.setInputFiles([
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "kinora-bench/1",') },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) },
  ]);
  await expect(page.getByTestId('bench-file-error')).toHaveText([
    /^notes\.json is not JSON \(.+\)\.$/,
    'broken.json: Benchmark result is invalid at result.measurements[0]: samples must hold the warm-ups and then stats.n measured samples',
  ]);
  await expect(rows).toHaveCount(result.measurements.length);
  await expect(page.getByTestId('bench-ratio')).toHaveText(Array(result.measurements.length).fill('1.00x'));
  await expect(canvases).toHaveCount(charts);
  expect(requests.foreign()).toEqual([]);
  expect(refused).toEqual([]);
});
