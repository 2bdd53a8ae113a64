import { expect, test } from '@playwright/test';
import { fillSettings, openCreate, wasmStudent } from './helpers';

test('a corrupt model file is refused with a clear message, and nothing runs', async ({ page }) => {
  const student = wasmStudent().file.path;
  await page.route(`**/models/kinora-tiny/${student}`, async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    const middle = body.length >> 1;
    body[middle] = body[middle]! ^ 0xff;
    await route.fulfill({ response, body });
  });
  await page.goto('/#/create');
  await expect(page.getByTestId('readiness')).toHaveAttribute('data-state', 'failed', { timeout: 60_000 });
  await expect(page.getByTestId('readiness')).toContainText(`${student} does not match its manifest checksum`);
});

test('a truncated model file is refused, saying it is truncated', async ({ page }) => {
  await page.route('**/models/kinora-tiny/text_encoder.onnx', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.body()).subarray(0, 1000) });
  });
  await page.goto('/#/create');
  await expect(page.getByTestId('readiness')).toContainText('truncated or corrupt', { timeout: 60_000 });
});

test('when storage is full the clip stays downloadable and the gallery is intact', async ({ page }) => {
  await openCreate(page, 'wasm');
  await fillSettings(page, { prompt: 'Pip the fox walks right in the daytime', seed: 3 });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByText('Saved to your gallery.')).toBeVisible({ timeout: 240_000 });

  // Make the next IndexedDB write fail the way a full disk does.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if (this.name === 'clips') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await fillSettings(page, { seed: 4 });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'no storage space left' })).toContainText('still here to download', { timeout: 240_000 });
  await expect(page.getByRole('link', { name: 'Download MP4' })).toBeVisible();
  await page.getByRole('link', { name: 'Gallery' }).click();
  await expect(page.getByTestId('gallery-item')).toHaveCount(1);
});
