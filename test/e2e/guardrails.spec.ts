import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LEARNED_ONLY_PROMPT } from '../learned-only-prompt';
import { fillSettings, modelCalls, openCreate } from './helpers';

test('a prompt against a character licence shows its reason, makes no model call and no clip, and is logged', async ({ page }) => {
  await openCreate(page, 'wasm');
  await page.getByRole('button', { name: /Bolt/ }).click();
  await fillSettings(page, { prompt: 'Bolt the robot expl0des into pieces at night' });
  // Live feedback while typing, from the worker's guardrails.
  await expect(page.getByTestId('policy-hint')).toContainText("Bolt's licence doesn't allow him");
  const before = await modelCalls(page);

  await page.getByRole('link', { name: 'Create' }).click();
  await fillSettings(page, { prompt: 'Bolt the robot expl0des into pieces at night' });
  await page.getByRole('button', { name: 'Generate' }).click();
  const refusal = page.getByTestId('error');
  await expect(refusal).toContainText("Not allowed by the character's licence");
  await expect(refusal).toContainText("Bolt's licence doesn't allow him");
  await expect(refusal).toContainText('Nothing was generated.');
  await expect(refusal).toHaveAttribute('data-rule', /^bolt\./);
  await expect(page.getByTestId('result-video')).toHaveCount(0);

  expect(await modelCalls(page)).toBe(before);
  const entry = page.getByTestId('audit-entry').first();
  await expect(entry).toHaveAttribute('data-allowed', 'false');
  await expect(entry).toHaveAttribute('data-rule', /^bolt\./);
  await expect(entry).toContainText('expl0des');

  // Platform policy too, whatever the character: a real person.
  await page.getByRole('link', { name: 'Create' }).click();
  await fillSettings(page, { prompt: 'Pip the fox dances with Taylor Swift' });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('error')).toHaveAttribute('data-rule', /^platform\.real-person/);
  expect(await modelCalls(page)).toBe(before);

  // A prompt in another language: refused unread, saying why and what to do.
  await page.getByRole('link', { name: 'Create' }).click();
  await fillSettings(page, { prompt: 'Pip spielt mit seinem Hund im Schnee' });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('error')).toHaveAttribute('data-rule', 'platform.not-english');
  await expect(page.getByTestId('error')).toContainText('Write the prompt in English');
  await expect(page.getByTestId('error')).toContainText('Kinora reads prompts in English only');
  expect(await modelCalls(page)).toBe(before);

  // An allowed prompt does reach the model, and is logged as allowed.
  await page.getByRole('link', { name: 'Create' }).click();
  await fillSettings(page, { prompt: 'Bolt the robot spins at night' });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('result-video')).toBeVisible({ timeout: 240_000 });
  expect(await modelCalls(page)).toBeGreaterThan(before);
  await expect(page.getByTestId('audit-entry').first()).toHaveAttribute('data-allowed', 'true');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export JSON' }).click()]);
  const log = JSON.parse(readFileSync(await download.path(), 'utf8')) as { entries: { allowed: boolean; rule: string | null }[] };
  expect(log.entries.map((e) => e.allowed)).toEqual([true, false, false, false]);
});

test('a tampered pack is refused and none of its characters can be generated', async ({ page }) => {
  // One byte of pond-pals' manifest changed on the way in: its signature no longer holds.
  await page.context().route('**/packs/pond-pals/pack.json', async (route) => {
    const body = (await (await route.fetch()).text()).replace('"1.0.0"', '"1.0.1"');
    await route.fulfill({ body, contentType: 'application/json' });
  });
  await openCreate(page, 'wasm');
  await expect(page.getByTestId('invalid-pack')).toContainText('pond-pals');
  await expect(page.getByTestId('invalid-pack')).toContainText('signature mismatch');
  await expect(page.getByRole('button', { name: /Pip/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Nova/ })).toHaveCount(0);

  await fillSettings(page, { prompt: 'Nova the star spins at night' });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('error')).toContainText('Nothing was generated.');
  await expect(page.getByTestId('result-video')).toHaveCount(0);

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.locator('[data-testid=pack][data-state=invalid]')).toContainText('pond-pals');
  await expect(page.locator('[data-testid=pack][data-state=valid]')).toContainText('kinora-originals');
});

test('a word hidden by a right-to-left override is read as it is displayed, and refused', async ({ page }) => {
  await openCreate(page, 'wasm');
  await fillSettings(page, { character: 'pip', prompt: 'Pip with a \u202Enug\u202C' });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('error')).toContainText('display it as: “Pip with a gun”');
  await expect(page.getByTestId('result-video')).toHaveCount(0);
});

test('a prompt only the learned check refuses is refused in the worker, with its score in the reason and the audit log', async ({ page }) => {
  await openCreate(page, 'wasm');
  const before = await modelCalls(page);
  // No listed word: the rules allow it; the classifier, run by onnxruntime-web in the inference worker, does not.
  const prompt = LEARNED_ONLY_PROMPT;
  await page.getByRole('link', { name: 'Create' }).click();
  await fillSettings(page, { character: 'bolt', prompt });
  await page.getByRole('button', { name: 'Generate' }).click();
  const refusal = page.getByTestId('error');
  await expect(refusal).toHaveAttribute('data-rule', 'platform.learned');
  await expect(refusal).toContainText("Not allowed by Kinora's content policy");
  await expect(refusal).toContainText(/learned check reads this as about self-harm \(score (0\.\d\d|1\.00); it refuses from 0\.\d\d\)/);
  await expect(page.getByTestId('result-video')).toHaveCount(0);
  expect(await modelCalls(page)).toBe(before);

  await page.getByRole('link', { name: 'Settings' }).click();
  const entry = page.getByTestId('audit-entry').filter({ hasText: prompt }).first();
  await expect(entry).toHaveAttribute('data-rule', 'platform.learned');
  await expect(entry.getByTestId('audit-learned')).toHaveText(/^(0\.\d\d|1\.00) \(self-harm\)$/);
});
