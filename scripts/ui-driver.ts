/**
 * Drives Kinora's UI the way a person does (labels and roles, no internals). Shared by the
 * headless CLI and the end-to-end tests so both exercise the same path.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { BackendChoice } from '../src/lib/engine';
import type { ClipResult } from '../src/lib/studio';
import { probeClip } from '../src/lib/video';
import type { PromptLine } from './prompt-lines';

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
  const advanced = page.getByText('Advanced');
  await advanced.waitFor();
  // Create keeps Advanced open across visits once a person opened it.
  if (!(await page.getByLabel('Backend').isVisible())) await advanced.click();
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
    // Characters appear once the worker has verified the packs, which may be after the model is ready.
    await page.locator('.char').first().waitFor();
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

type LongTask = { start: number; duration: number };
type ClipShown = { clickedAt?: number; shownAt?: number };

/**
 * Times, inside the page, the press of Generate and the first frame of the new clip decoded in its
 * video element (loadeddata): Playwright's own waits poll, up to half a second apart, so the time
 * they see a clip appear is not when a person does.
 */
async function watchClipShown(page: Page): Promise<void> {
  // No named functions in here: tsx would wrap them in a helper the page does not have.
  await page.evaluate(() => {
    const w = window as unknown as { __clipShown: ClipShown };
    const state: ClipShown = (w.__clipShown = {});
    const earlier = document.querySelector('[data-testid=result-video]')?.getAttribute('data-clip-id') ?? null;
    document.addEventListener(
      'click',
      (e) => {
        if (e.target instanceof Element && e.target.closest('button')?.textContent?.trim() === 'Generate') state.clickedAt ??= performance.now();
      },
      true,
    );
    const observer = new MutationObserver(() => {
      const video = document.querySelector<HTMLVideoElement>('[data-testid=result-video]');
      if (!video || video.getAttribute('data-clip-id') === earlier) return;
      observer.disconnect();
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) state.shownAt ??= performance.now();
      else video.addEventListener('loadeddata', () => void (state.shownAt ??= performance.now()), { once: true });
    });
    observer.observe(document.body, { subtree: true, childList: true });
  });
}

async function clipShown(page: Page): Promise<{ clickedAt: number; shownAt: number }> {
  const handle = await page.waitForFunction(() => {
    const s = (window as unknown as { __clipShown: ClipShown }).__clipShown;
    return s.clickedAt !== undefined && s.shownAt !== undefined ? s : null;
  });
  return (await handle.jsonValue()) as { clickedAt: number; shownAt: number };
}

/** Records the page's main-thread long tasks from its first script on (call before the first goto). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: LongTask[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

const round = (v: number): number => Math.round(v * 10) / 10;

/** What `makeClip` reports: the headless CLI's JSON line. */
export interface ClipLine {
  out: string;
  bytes: number;
  codec: string | null;
  width: number;
  height: number;
  frames: number;
  backend: string | null;
  seed: number | null;
  /** The app's own timings (rounded to 0.1 ms), then what the driver measured. */
  timings: ClipResult['timings'] & {
    pageReadyMs: number;
    /** From pressing Generate to the new clip's first frame decoded on screen, timed in the page. */
    wallMs: number;
    /** Share of the generation (model already loaded) spent outside onnxruntime's session.run. */
    outsideSessionRunPercent: number;
    longestMainThreadTaskMs: number;
  };
}

/**
 * Makes one clip through the UI on an open Create page (watchLongTasks before it opened), saves it
 * with the Download button to `out` and reads it back.
 */
export async function makeClip(page: Page, job: Omit<PromptLine, 'name'>, out: string, pageReadyMs: number): Promise<ClipLine> {
  // After a crashed worker the app loads the model again before the next clip.
  await waitReady(page, 300_000);
  const mode = job.mode ?? 'fast';
  await fillSettings(page, {
    ...(job.character !== undefined ? { character: job.character } : {}),
    prompt: job.prompt,
    mode: mode === 'quality' ? 'Quality' : 'Fast',
    ...(job.seed !== undefined ? { seed: job.seed } : {}),
    ...(job.steps !== undefined ? { steps: job.steps } : {}),
    ...(job.guidance !== undefined ? { guidance: job.guidance } : {}),
  });
  // A clip of its own for every job without a seed, as a person pressing "New random seed".
  if (job.seed === undefined) await page.getByRole('button', { name: 'New random seed' }).click();
  if (mode === 'quality') await page.locator('[data-testid=readiness][data-state=ready]').waitFor({ timeout: 300_000 });
  const startedAt = await page.evaluate(() => performance.now());
  await watchClipShown(page);
  await generate(page, 600_000);
  const endedAt = await page.evaluate(() => performance.now());
  const { clickedAt, shownAt } = await clipShown(page);

  const timings = JSON.parse((await page.locator('figure.result').getAttribute('data-timings')) ?? '{}') as ClipResult['timings'];
  // Save it the way a person does: the Download button.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download MP4' }).click()]);
  await download.saveAs(out);
  const bytes = readFileSync(out);
  const facts = await probeClip(bytes);
  const longTasks = await page.evaluate(([a, b]) => (window as unknown as { __longTasks: LongTask[] }).__longTasks.filter((t) => t.start >= a! && t.start <= b!), [startedAt, endedAt]);
  const generation = timings.totalMs - timings.loadMs;
  return {
    out,
    bytes: bytes.length,
    codec: facts.codec,
    width: facts.width,
    height: facts.height,
    frames: facts.frames,
    backend: facts.record?.backend ?? null,
    seed: facts.record?.seed ?? null,
    timings: {
      ...(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Array.isArray(v) ? v.map(round) : round(v)])) as unknown as ClipResult['timings']),
      pageReadyMs: Math.round(pageReadyMs),
      wallMs: Math.round(shownAt - clickedAt),
      outsideSessionRunPercent: round((100 * (generation - timings.runMs)) / generation),
      longestMainThreadTaskMs: Math.round(Math.max(0, ...longTasks.map((t) => t.duration))),
    },
  };
}
