/**
 * Every call into a worker settles, even when the worker dies (killed through the test-only hooks
 * of `?testhooks`, the way a crash or the out-of-memory killer would: no error event). The person
 * sees a readable error, never a hang, and the next try works on a new worker.
 */
import { expect, test, type Page } from '@playwright/test';
import { fillSettings, openCreate } from './helpers';

type Plan = { label: string; method: string; times?: number }[];

async function planKills(page: Page, plan: Plan): Promise<void> {
  await page.addInitScript((plan) => {
    (window as unknown as { __kinoraTestPlan: Plan }).__kinoraTestPlan = plan;
  }, plan);
}

function hooks(page: Page) {
  return {
    kill: (label: string) => page.evaluate((label) => (window as unknown as { __kinoraTest: { kill(l: string): boolean } }).__kinoraTest.kill(label), label),
    killOnCall: (label: string, method: string) =>
      page.evaluate(([label, method]) => (window as unknown as { __kinoraTest: { killOnCall(l: string, m: string): void } }).__kinoraTest.killOnCall(label!, method!), [label, method]),
    kills: () => page.evaluate(() => (window as unknown as { __kinoraTest: { kills(): number } }).__kinoraTest.kills()),
  };
}

async function generateClip(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('result-video')).toBeVisible({ timeout: 180_000 });
}

test('the generation worker dies twice while opening the model: a readable error, and Try again works', async ({ page }) => {
  await planKills(page, [{ label: 'generation', method: 'open', times: 2 }]);
  await page.goto('/?testhooks#/create');
  await expect(page.getByRole('alert')).toContainText('The generation worker stopped unexpectedly', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByText('Advanced').click();
  await page.getByLabel('Backend').selectOption('wasm');
  await expect(page.getByTestId('readiness')).toHaveAttribute('data-state', 'ready', { timeout: 180_000 });
  await fillSettings(page, { character: 'pip', prompt: 'Pip the fox jumps in the snow' });
  await generateClip(page);
});

test('the generation worker dies while preparing: a new one is prepared by itself', async ({ page }) => {
  await planKills(page, [{ label: 'generation', method: 'prepare' }]);
  await page.goto('/?testhooks#/create');
  await expect(page.getByTestId('readiness')).toHaveAttribute('data-state', 'ready', { timeout: 180_000 });
  expect(await hooks(page).kills()).toBe(1);
  await fillSettings(page, { character: 'pip', prompt: 'Pip the fox walks right in the daytime' });
  await generateClip(page);
});

test('the generation worker dies twice while preparing: readiness says so, and Try again prepares a new one', async ({ page }) => {
  await planKills(page, [{ label: 'generation', method: 'prepare', times: 2 }]);
  await page.goto('/?testhooks#/create');
  const readiness = page.getByTestId('readiness');
  await expect(readiness).toHaveAttribute('data-state', 'failed', { timeout: 60_000 });
  await expect(readiness).toContainText('stopped unexpectedly');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(readiness).toHaveAttribute('data-state', 'ready', { timeout: 180_000 });
  await fillSettings(page, { character: 'bolt', prompt: 'Bolt the robot walks to the left at night' });
  await generateClip(page);
});

test('the generation worker dies during a prompt check, then mid-run: errors, no hang, and the next clip works', async ({ page }) => {
  await openCreate(page, 'wasm', 180_000, '?testhooks');
  const { kill, killOnCall } = hooks(page);
  await killOnCall('generation', 'check');
  await fillSettings(page, { character: 'nova', prompt: 'Nova the star spins around at night', mode: 'Quality', steps: 30 });
  // The live check died with its worker (and any load in flight): a new one is prepared.
  await expect.poll(() => hooks(page).kills()).toBe(1);
  await expect(page.getByTestId('readiness')).toHaveAttribute('data-state', 'ready', { timeout: 180_000 });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('status')).toContainText(/Step \d+ of 30/, { timeout: 180_000 });

  expect(await kill('generation')).toBe(true);
  await expect(page.getByTestId('error')).toContainText('The generation worker stopped unexpectedly', { timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Generate' })).toBeEnabled();
  await fillSettings(page, { mode: 'Fast' });
  await generateClip(page);
  await page.getByRole('link', { name: 'Gallery' }).click();
  await expect(page.getByTestId('gallery-item')).toHaveCount(1);
});

test('the encoder worker dies while encoding: a readable error, and the next clip is encoded by a new one', async ({ page }) => {
  await openCreate(page, 'wasm', 180_000, '?testhooks');
  await hooks(page).killOnCall('video encoder', 'encode');
  await fillSettings(page, { character: 'gloop', prompt: 'Gloop the slime jumps in the snow', seed: 3 });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('error')).toContainText('The video encoder worker stopped unexpectedly', { timeout: 180_000 });
  await generateClip(page);
  await page.getByRole('link', { name: 'Gallery' }).click();
  await expect(page.getByTestId('gallery-item')).toHaveCount(1);
});
