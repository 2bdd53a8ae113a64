import { expect, test } from '@playwright/test';
import { fillSettings, openCreate, probeMp4 } from './helpers';

// The real WebGPU path. On CI machines without a GPU this runs on Chromium's software adapters,
// which are slow, so one sampling step is enough to prove the path.
test('generates on WebGPU when asked to, and says so', async ({ page }, info) => {
  test.setTimeout(600_000);
  await openCreate(page, 'webgpu', 480_000);
  await expect(page.getByTestId('readiness')).toContainText('Ready on WebGPU');
  await fillSettings(page, { prompt: 'Nova the star jumps at sunset', seed: 5, steps: 1 });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('result-video')).toBeVisible({ timeout: 540_000 });
  await expect(page.getByTestId('backend')).toContainText('WEBGPU');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download MP4' }).click()]);
  const path = info.outputPath('webgpu.mp4');
  await download.saveAs(path);
  const mp4 = await probeMp4(path);
  expect(mp4.frames).toBe(16);
  expect(mp4.record).toMatchObject({ backend: 'webgpu', steps: 1 });
});
