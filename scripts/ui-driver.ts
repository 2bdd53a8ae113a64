/**
 * Drives Kinora's UI the way a person does (labels and roles, no internals). Shared by the
 * headless CLI and the end-to-end tests so both exercise the same path.
 */
import type { Page } from '@playwright/test';
import type { BackendChoice } from '../src/lib/engine';

export interface UiSettings {
  /** Character id to pick ("pip"). */
  character?: string;
  prompt?: string;
  seed?: number;
  steps?: number;
  frames?: number;
  guidance?: number;
  mode?: 'Fast' | 'Quality';
}

/** Opens Create, picks the backend and waits until the model is loaded; throws the UI's message if loading fails. */
export async function openCreate(page: Page, backend: BackendChoice = 'wasm', timeout = 120_000, query = ''): Promise<void> {
  await page.goto(`/${query}#/create`);
  await page.getByText('Advanced').click();
  await page.getByLabel('Backend').selectOption(backend);
  await waitReady(page, timeout);
}

export async function waitReady(page: Page, timeout = 120_000): Promise<void> {
  const readiness = page.getByTestId('readiness');
  await page.locator('[data-testid=readiness]:not([data-state=preparing])').waitFor({ timeout });
  if ((await readiness.getAttribute('data-state')) !== 'ready') throw new Error(await readiness.innerText());
}

export async function fillSettings(page: Page, s: UiSettings): Promise<void> {
  if (s.character !== undefined) {
    if (!/^[a-z0-9-]+$/.test(s.character)) throw new Error(`"${s.character}" is not a character id (lower-case, like "pip")`);
    const button = page.locator(`.char[data-character="${s.character}"]`);
    if ((await button.count()) !== 1) throw new Error(`no licensed character "${s.character}" to pick (see the invalid packs, if any, on the Create page)`);
    await button.click();
  }
  if (s.mode) await page.getByLabel(s.mode).check();
  if (s.prompt !== undefined) await page.getByRole('textbox', { name: 'Prompt' }).fill(s.prompt);
  if (s.seed !== undefined) await page.getByLabel('Seed', { exact: true }).fill(String(s.seed));
  if (s.steps !== undefined) await page.getByLabel('Steps').fill(String(s.steps));
  if (s.guidance !== undefined) await page.getByLabel('Guidance').fill(String(s.guidance));
  if (s.frames !== undefined) await page.getByLabel('Frames').fill(String(s.frames));
}

/** Presses Generate and waits for the clip or the error the UI shows (returned as a rejection). */
export async function generate(page: Page, timeout = 300_000): Promise<void> {
  // The clip already on screen (from the run before) is not this run's outcome.
  const shown = page.getByTestId('result-video');
  const earlier = (await shown.count()) > 0 ? await shown.getAttribute('data-clip-id') : null;
  const video = earlier ? `[data-testid=result-video]:not([data-clip-id="${earlier}"])` : '[data-testid=result-video]';
  await page.getByRole('button', { name: 'Generate' }).click();
  const outcome = page.locator(`${video}, [data-testid=error], .field [role=alert]`).first();
  await outcome.waitFor({ timeout });
  if ((await outcome.getAttribute('data-testid')) !== 'result-video') throw new Error(await outcome.innerText());
}
