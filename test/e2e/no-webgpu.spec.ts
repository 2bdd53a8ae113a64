import { expect, test } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { fillSettings, openCreate } from './helpers';

// A browser without WebGPU: asking for WebGPU falls back to WASM and says why.
test.use({ launchOptions: { executablePath: CHROMIUM, args: [...CHROMIUM_ARGS.filter((a) => !/webgpu|use-angle/.test(a)), '--disable-features=WebGPU'] } });

test('without a WebGPU adapter, WebGPU requests fall back to WASM and say so', async ({ page }) => {
  await openCreate(page, 'webgpu');
  await expect(page.getByTestId('readiness')).toContainText('Ready on WASM');
  await expect(page.getByTestId('readiness')).toContainText('WebGPU was requested but this browser offers no WebGPU adapter');
  await fillSettings(page, { prompt: 'Gloop the slime jumps in the snow', seed: 11, steps: 1 });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('backend')).toContainText('WASM', { timeout: 240_000 });
});
