import { expect, test } from '@playwright/test';
import { fillSettings, openCreate, probeMp4, watchRequests } from './helpers';

test('a fan generates a clip on WASM: progress, preview, a real MP4, kept in the gallery', async ({ page }, info) => {
  const requests = watchRequests(page);
  const startedAt = Date.now();
  await openCreate(page, 'wasm');
  await page.getByRole('button', { name: /Pip/ }).click();
  await fillSettings(page, { prompt: 'Pip the fox jumps in the snow', seed: 1234 });

  const before = requests.all.length;
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(page.getByTestId('status')).toContainText(/Step \d of 4/);
  await expect(page.getByLabel('Live preview')).toBeVisible();
  const video = page.getByTestId('result-video');
  await expect(video).toBeVisible({ timeout: 240_000 });
  // Generation itself asked the network for nothing (the model was loaded before Generate).
  expect(requests.all.slice(before).map((r) => r.url()).filter((u) => !u.startsWith('blob:'))).toEqual([]);
  await expect(page.getByTestId('backend')).toContainText('WASM');
  await expect(page.getByText('Saved to your gallery.')).toBeVisible();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(2);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download MP4' }).click()]);
  const path = info.outputPath('clip.mp4');
  await download.saveAs(path);
  const mp4 = await probeMp4(path);
  expect(mp4.codec).toBe('avc');
  expect(mp4.frames).toBe(16);
  expect([mp4.width, mp4.height]).toEqual([512, 512]);
  expect(mp4.duration).toBeCloseTo(2, 1);
  expect(mp4.record).toMatchObject({ prompt: 'Pip the fox jumps in the snow', seed: 1234, steps: 4, mode: 'fast', backend: 'wasm', model: { id: 'kinora-tiny' } });
  // Made by this run, not found lying around.
  expect(Date.parse(mp4.record!.createdAt)).toBeGreaterThanOrEqual(startedAt - 1000);

  await page.reload();
  await page.getByRole('link', { name: 'Gallery' }).click();
  const item = page.getByTestId('gallery-item').first();
  await expect(item).toContainText('Pip the fox jumps in the snow');
  await expect(item).toContainText('seed 1234');
  await expect(page.getByTestId('storage')).toContainText('1 clip');

  // Remix reopens Create with the same settings.
  await item.getByRole('button', { name: 'Remix' }).click();
  await expect(page.getByRole('textbox', { name: 'Prompt' })).toHaveValue('Pip the fox jumps in the snow');
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('1234');

  expect(requests.foreign()).toEqual([]);
});

test('the same seed and settings give the same clip, twice over', async ({ page }) => {
  await openCreate(page, 'wasm');
  const clips: { id: string; frames: string }[] = [];
  const video = page.getByTestId('result-video');
  for (let i = 0; i < 2; i++) {
    await fillSettings(page, { prompt: 'Bolt the robot walks to the left at night', seed: 77 });
    await page.getByRole('button', { name: 'Generate' }).click();
    // Wait for a clip other than the one already shown: two clips must really be made.
    await expect.poll(async () => ((await video.count()) > 0 ? await video.getAttribute('data-clip-id') : null), { timeout: 240_000 }).not.toBe(clips[0]?.id ?? null);
    clips.push({ id: (await video.getAttribute('data-clip-id'))!, frames: (await video.getAttribute('data-frames-sha256'))! });
  }
  expect(clips[1]!.id).not.toBe(clips[0]!.id);
  expect(clips[0]!.frames).toMatch(/^[0-9a-f]{64}$/);
  expect(clips[1]!.frames).toBe(clips[0]!.frames);
  await page.getByRole('link', { name: 'Gallery' }).click();
  await expect(page.getByTestId('gallery-item')).toHaveCount(2);
});

test('a hidden tab gets progress but no live preview; shown again, the preview is back', async ({ page }) => {
  await openCreate(page, 'wasm');
  // Count every live preview the page shows, and hide the tab (as the browser does in the background).
  await page.evaluate(() => {
    const w = window as unknown as { previewsShown: number };
    w.previewsShown = 0;
    new MutationObserver(() => {
      if (document.querySelector('canvas[aria-label="Live preview"]')) w.previewsShown++;
    }).observe(document.body, { childList: true, subtree: true, attributes: true });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  const video = page.getByTestId('result-video');
  await fillSettings(page, { prompt: 'Pip the fox jumps in the snow', seed: 31 });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('status')).toContainText(/Step \d of 4/);
  await expect(video).toBeVisible({ timeout: 240_000 });
  const first = await video.getAttribute('data-clip-id');
  expect(await page.evaluate(() => (window as unknown as { previewsShown: number }).previewsShown)).toBe(0);

  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await fillSettings(page, { prompt: 'Pip the fox jumps in the snow', seed: 32 });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByLabel('Live preview')).toBeVisible({ timeout: 240_000 });
  await expect.poll(() => video.getAttribute('data-clip-id'), { timeout: 240_000 }).not.toBe(first);
});

test('invalid settings get clear messages and generate nothing', async ({ page }) => {
  await openCreate(page, 'wasm');
  const cases: [Parameters<typeof fillSettings>[1], RegExp][] = [
    [{ prompt: 'Pip jumps', frames: 0 }, /exactly 16 frames \(got 0\)/],
    [{ prompt: 'Pip jumps', frames: 16, steps: 500 }, /Fast mode takes 1 to 4 steps \(got 500\)/],
    [{ prompt: '', steps: 4 }, /prompt is empty/],
    [{ prompt: '\u200B\u200C\u2060' }, /prompt is empty/],
    [{ prompt: 'Pip jumps', seed: 2 ** 32 }, /Seed must be a whole number from 0 to 4294967295/],
  ];
  for (const [settings, message] of cases) {
    await fillSettings(page, settings);
    await page.getByRole('button', { name: 'Generate' }).click();
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await fillSettings(page, { seed: 1 });
  }
  await expect(page.getByTestId('result-video')).toHaveCount(0);
});
