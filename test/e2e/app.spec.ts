/**
 * What a person meets in their first ten minutes: the gallery at rest, Create remembering, progress,
 * cancel at every stage (on a loaded machine too), leaving and reloading mid-generation.
 */
import { expect, test, type Page } from '@playwright/test';
import { burnCpu, cancelAtStage, fillSettings, modelCalls, openCreate } from './helpers';

/** Generates a clip and returns its id, checking it is a new clip (not the one shown before). */
async function makeClip(page: Page, prompt: string, seed: number): Promise<string> {
  const video = page.getByTestId('result-video');
  const before = (await video.count()) > 0 ? await video.getAttribute('data-clip-id') : null;
  await fillSettings(page, { prompt, seed });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect.poll(async () => ((await video.count()) > 0 ? await video.getAttribute('data-clip-id') : null), { timeout: 180_000 }).not.toBe(before);
  await expect(video).toBeVisible();
  return (await video.getAttribute('data-clip-id'))!;
}

test('the gallery reads IndexedDB once, keeps its object URLs, and thumbnails, playback and delete work', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __reads: number; __urls: number };
    w.__reads = 0;
    w.__urls = 0;
    for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
      for (const name of ['getAll', 'get', 'openCursor'] as const) {
        const original = proto[name] as (...a: unknown[]) => IDBRequest;
        (proto as unknown as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
          w.__reads++;
          return original.apply(this, args);
        };
      }
    }
    const create = URL.createObjectURL;
    URL.createObjectURL = (obj) => {
      w.__urls++;
      return create(obj);
    };
  });
  await openCreate(page, 'wasm');
  await page.getByRole('button', { name: /Pip/ }).click();
  const first = await makeClip(page, 'Pip the fox jumps in the snow', 11);
  const second = await makeClip(page, 'Pip the fox walks right in the daytime', 12);

  await page.getByRole('link', { name: 'Gallery' }).click();
  const items = page.getByTestId('gallery-item');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toHaveAttribute('data-id', second);
  await expect(items.nth(1)).toHaveAttribute('data-id', first);
  // Thumbnails really load.
  await expect.poll(() => page.locator('.thumb img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth))).toEqual([512, 512]);

  const counters = () => page.evaluate(() => ({ reads: (window as unknown as { __reads: number }).__reads, urls: (window as unknown as { __urls: number }).__urls }));
  const settled = await counters();
  await page.waitForTimeout(2000);
  expect(await counters()).toEqual(settled);

  // Playing one clip: the video loads, and the page stays at rest.
  await items.first().getByRole('button', { name: /Play/ }).click();
  await expect.poll(() => items.first().locator('video').evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(2);
  const playing = await counters();
  await page.waitForTimeout(1000);
  expect(await counters()).toEqual(playing);

  // Download from the gallery gives this run's clip.
  const [download] = await Promise.all([page.waitForEvent('download'), items.nth(1).getByRole('link', { name: 'Download' }).click()]);
  expect(await download.failure()).toBeNull();

  // Delete the other one: quick, and the playing video keeps playing.
  await items.nth(1).getByRole('button', { name: /Delete/ }).click();
  await expect(items).toHaveCount(1, { timeout: 5000 });
  await expect(items.first()).toHaveAttribute('data-id', second);
  expect(await items.first().locator('video').evaluate((v: HTMLVideoElement) => !v.paused && v.readyState >= 2)).toBe(true);
  await expect(page.getByTestId('storage')).toContainText('1 clip');
});

test('Create keeps its settings across pages, progress only moves forward, and an error clears the last clip', async ({ page }) => {
  await openCreate(page, 'wasm');
  await page.getByRole('button', { name: /Bolt/ }).click();
  await fillSettings(page, { prompt: 'Bolt the robot jumps at night', seed: 4242, mode: 'Quality', steps: 3 });
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Create' }).click();
  await expect(page.getByRole('textbox', { name: 'Prompt' })).toHaveValue('Bolt the robot jumps at night');
  await expect(page.locator('.char[data-character=bolt]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Quality')).toBeChecked();
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('4242');
  await expect(page.getByLabel('Steps')).toHaveValue('3');
  await expect(page.getByLabel('Backend')).toHaveValue('wasm');

  // Record every value the progress bar shows during one clip.
  await page.evaluate(() => {
    const w = window as unknown as { __progress: number[] };
    w.__progress = [];
    new MutationObserver(() => {
      const bar = document.querySelector('[role=progressbar]');
      const value = Number(bar?.getAttribute('aria-valuenow'));
      if (bar && w.__progress.at(-1) !== value) w.__progress.push(value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await expect(page.getByTestId('readiness')).toHaveAttribute('data-state', 'ready', { timeout: 180_000 });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('result-video')).toBeVisible({ timeout: 180_000 });
  const progress = await page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
  expect(progress.length).toBeGreaterThanOrEqual(4);
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
  expect(progress.at(-1)).toBeGreaterThanOrEqual(97);

  // A refused prompt: its reason, and no clip from before under it.
  await fillSettings(page, { prompt: 'Bolt the robot shoots a gun' });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('error')).toBeVisible();
  await expect(page.getByTestId('result-video')).toHaveCount(0);
});

test('double-clicking Generate makes one clip and does not cancel it', async ({ page }) => {
  await openCreate(page, 'wasm');
  await fillSettings(page, { character: 'nova', prompt: 'Nova the star grows bigger on a sunny day', seed: 5 });
  await page.getByRole('button', { name: 'Generate' }).dblclick();
  await expect(page.getByTestId('result-video')).toBeVisible({ timeout: 180_000 });
  await expect(page.getByTestId('error')).toHaveCount(0);
  await page.getByRole('link', { name: 'Gallery' }).click();
  await expect(page.getByTestId('gallery-item')).toHaveCount(1);
});

test('leaving Create mid-generation finds the clip there on return; a reload mid-generation says what happened', async ({ page }) => {
  await openCreate(page, 'wasm');
  await fillSettings(page, { character: 'pip', prompt: 'Pip the fox spins around at night', seed: 9, mode: 'Quality', steps: 12 });
  await expect(page.getByTestId('readiness')).toHaveAttribute('data-state', 'ready', { timeout: 180_000 });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('status')).toContainText(/Step \d+ of 12/, { timeout: 60_000 });
  await page.getByRole('link', { name: 'Gallery' }).click();
  await page.getByRole('link', { name: 'Create' }).click();
  await expect(page.getByTestId('result-video')).toBeVisible({ timeout: 180_000 });
  await expect(page.getByRole('textbox', { name: 'Prompt' })).toHaveValue('Pip the fox spins around at night');
  await expect(page.locator('.char[data-character=pip]')).toHaveAttribute('aria-pressed', 'true');

  // Reload while the next clip is being made: the page warns, and afterwards says the clip was lost.
  await fillSettings(page, { seed: 10 });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('status')).toContainText(/Step \d+ of 12/, { timeout: 60_000 });
  page.once('dialog', (dialog) => {
    expect(dialog.type()).toBe('beforeunload');
    void dialog.accept();
  });
  await page.reload();
  await expect(page.getByTestId('interrupted')).toContainText('was not finished');
  await expect(page.getByRole('textbox', { name: 'Prompt' })).toHaveValue('Pip the fox spins around at night');
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('10');
});

test('cancel takes effect within one step on a loaded machine, at any step, and the next clip works', async ({ page }) => {
  test.setTimeout(480_000);
  await openCreate(page, 'wasm');
  await fillSettings(page, { character: 'gloop', prompt: 'Gloop the slime spins around at night', mode: 'Quality', steps: 60 });
  await expect(page.getByTestId('readiness')).toHaveAttribute('data-state', 'ready', { timeout: 180_000 });
  const burner = burnCpu();
  try {
    for (const step of [1, 3]) {
      await page.getByRole('button', { name: 'Generate' }).click();
      // At least this step (a busy machine may show the next one before the test looks).
      await expect.poll(async () => Number((await page.getByTestId('status').getAttribute('data-step', { timeout: 1000 }).catch(() => null)) ?? 0), { timeout: 120_000 }).toBeGreaterThanOrEqual(step);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect(page.getByTestId('error')).toContainText('Cancelled');
      await expect(page.getByRole('button', { name: 'Generate' })).toBeEnabled();
      // The worker itself stopped: its model-call counter moves by at most the step in flight.
      const atCancel = await modelCalls(page);
      await page.getByRole('link', { name: 'Create' }).click();
      await page.waitForTimeout(3000);
      expect(await modelCalls(page)).toBeLessThanOrEqual(atCancel + 1);
      await page.getByRole('link', { name: 'Create' }).click();
    }
  } finally {
    burner.stop();
  }
  await expect(page.getByTestId('result-video')).toHaveCount(0);
  await fillSettings(page, { mode: 'Fast', prompt: 'Gloop the slime grows bigger on a sunny day' });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('result-video')).toBeVisible({ timeout: 180_000 });
  await page.getByRole('link', { name: 'Gallery' }).click();
  await expect(page.getByTestId('gallery-item')).toHaveCount(1);
});

for (const stage of ['load', 'decode', 'encode', 'save'] as const) {
  test(`cancel while ${stage === 'load' ? 'starting' : stage === 'decode' ? 'finishing frames' : stage === 'encode' ? 'encoding' : 'saving'} keeps no clip, and the next clip works`, async ({ page }) => {
    await openCreate(page, 'wasm');
    await fillSettings(page, { character: 'bolt', prompt: 'Bolt the robot walks to the left at night', seed: 21 });
    await cancelAtStage(page, stage);
    await page.getByRole('button', { name: 'Generate' }).click();
    await expect(page.getByTestId('error')).toContainText('Cancelled', { timeout: 180_000 });
    await expect(page.getByTestId('result-video')).toHaveCount(0);
    await page.getByRole('link', { name: 'Gallery' }).click();
    await expect(page.getByText('No clips yet')).toBeVisible();
    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByRole('button', { name: 'Generate' }).click();
    await expect(page.getByTestId('result-video')).toBeVisible({ timeout: 180_000 });
    await page.getByRole('link', { name: 'Gallery' }).click();
    await expect(page.getByTestId('gallery-item')).toHaveCount(1);
  });
}

test('when IndexedDB fails the Gallery says so in the page and nothing throws', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('IndexedDB is disabled in this test.', 'InvalidStateError');
    };
  });
  await page.goto('/#/gallery');
  await expect(page.getByTestId('gallery-error')).toContainText('IndexedDB is disabled in this test.');
  await expect(page.getByTestId('gallery-error')).toContainText('Nothing was deleted');
  expect(errors).toEqual([]);
});
