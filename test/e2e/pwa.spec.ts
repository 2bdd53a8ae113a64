/**
 * Offline and installable, on the production build with its service worker: after one visit the
 * app works with the network off, Chromium can install it, a new version waits for the person, and
 * storage trouble is said, not hidden.
 */
import { chromium, expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { LEARNED_ONLY_PROMPT } from '../learned-only-prompt';
import { fillSettings, openCreate, probeMp4, waitReady, wasmStudent } from './helpers';
import { buildNextVersion, staticSite } from './static-site';

test.use({ serviceWorkers: 'allow' });

const CLASSIFIER_SHA = (JSON.parse(readFileSync('src/lib/guardrails/generated/classifier.json', 'utf8')) as { file: { sha256: string } }).file.sha256;
const STUDENT = wasmStudent().file;

async function waitOfflineReady(page: Page): Promise<void> {
  await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', 'ready', { timeout: 180_000 });
}

test('after one visit the app works with the network off: isolated, generates, keeps the clip, asks nothing of the network', async ({ page, context }, info) => {
  const visited = Date.now();
  await openCreate(page, 'wasm');
  await waitOfflineReady(page);
  const offlineReadyMs = Date.now() - visited;
  await expect(page.getByTestId('offline-status')).toHaveText(/Ready offline · \d+\.\d MB stored/);

  await context.setOffline(true);
  const failed: string[] = [];
  const fromNetwork: string[] = [];
  context.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  context.on('response', (r) => void (!r.url().startsWith('blob:') && !r.fromServiceWorker() && fromNetwork.push(r.url())));
  const reloaded = Date.now();
  await page.reload();
  await waitReady(page);
  const offlineReloadToReadyMs = Date.now() - reloaded;
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expect(page.getByTestId('readiness')).toContainText('2 threads');

  await fillSettings(page, { character: 'pip', prompt: 'Pip the fox jumps in the snow', seed: 31 });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByText('Saved to your gallery.')).toBeVisible({ timeout: 240_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download MP4' }).click()]);
  await download.saveAs(info.outputPath('offline.mp4'));
  const mp4 = await probeMp4(info.outputPath('offline.mp4'));
  expect(mp4).toMatchObject({ frames: 16, width: 512, height: 512, record: { prompt: 'Pip the fox jumps in the snow', seed: 31 } });
  expect(Date.parse(mp4.record!.createdAt)).toBeGreaterThanOrEqual(reloaded - 1000);
  await page.getByRole('link', { name: 'Gallery' }).click();
  await expect(page.getByTestId('gallery-item').first()).toContainText('Pip the fox jumps in the snow');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('offline-panel')).toContainText('works with the network off');

  expect(failed).toEqual([]);
  expect(fromNetwork).toEqual([]);
  console.log(`[figures] offline-ready ${offlineReadyMs} ms after the first visit; offline reload to ready-to-generate ${offlineReloadToReadyMs} ms`);
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('installable: Chromium reports no installability errors, and every icon and screenshot is the size the manifest says', async ({ request, baseURL }) => {
  // Chromium installs nothing from an incognito context, which every Playwright context is: use a profile.
  const profile = mkdtempSync(join(tmpdir(), 'kinora-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: CHROMIUM_ARGS, baseURL: baseURL!, serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.goto('/#/create');
    await waitOfflineReady(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const appleTouch = await page.locator('link[rel=apple-touch-icon]').getAttribute('href');
    expect(pngSize(await (await request.get(appleTouch!)).body())).toBe('180x180');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }

  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    icons: { src: string; sizes: string; purpose?: string }[];
    screenshots: { src: string; sizes: string; form_factor: string }[];
  };
  expect(manifest).toMatchObject({ short_name: 'Kinora', display: 'standalone', start_url: '/#/create', scope: '/', theme_color: '#14121f', background_color: '#14121f' });
  expect(manifest.icons.map((i) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`)).toEqual(expect.arrayContaining(['64x64', '192x192', '512x512', '512x512 maskable']));
  expect(manifest.screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
  for (const { src, sizes } of [...manifest.icons, ...manifest.screenshots]) expect(pngSize(await (await request.get(`/${src.replace(/^\//, '')}`)).body()), src).toBe(sizes);
});

test('a new version waits for the person: the reload prompt shows, nothing reloads by itself, never mid-clip', async ({ browser }) => {
  const next = buildNextVersion();
  const site = await staticSite('dist');
  const context = await browser.newContext({ baseURL: site.url, serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await openCreate(page, 'wasm');
    await waitOfflineReady(page);
    const first = await page.evaluate(() => performance.timeOrigin);

    site.serve(next);
    await page.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration())!.update()));
    const banner = page.getByTestId('update-banner');
    await expect(banner).toContainText('A new version of Kinora is ready.', { timeout: 120_000 });

    // While a clip is being made the update cannot be applied.
    await fillSettings(page, { character: 'pip', prompt: 'Pip the fox spins around at night', mode: 'Quality', seed: 4 });
    await page.getByRole('button', { name: 'Generate' }).click();
    await expect(banner.getByRole('button', { name: 'Reload after this clip' })).toBeDisabled();
    await expect(page.getByTestId('result-video')).toBeVisible({ timeout: 240_000 });
    await expect(banner.getByRole('button', { name: 'Reload to update' })).toBeEnabled();
    // Installed, waiting, a whole clip later: still the same page.
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(first);

    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByTestId('app-version')).not.toContainText('next-version');
    await banner.getByRole('button', { name: 'Reload to update' }).click();
    await expect.poll(() => page.evaluate(() => performance.timeOrigin).catch(() => first), { timeout: 60_000 }).not.toBe(first);
    await page.goto(`${site.url}/#/settings`);
    await expect(page.getByTestId('app-version')).toContainText('build next-version');
  } finally {
    await context.close();
    site.close();
    rmSync(next, { recursive: true, force: true });
  }
});

test('too little storage for offline use: the app says so and keeps working online', async ({ page, baseURL }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: 1 }); // 0 would mean "no override"
  await openCreate(page, 'wasm');
  await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', 'failed', { timeout: 120_000 });
  await expect(page.getByTestId('offline-status')).toHaveText('Online only');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('offline-panel')).toContainText(/could not be stored for offline use .*keeps working while you are online/);
  await page.getByRole('link', { name: 'Create' }).click();
  await waitReady(page);
});

/** Flips one byte of the stored file whose path matches `pattern` (when `damage`); returns the stored copy's sha256 before (or null if none). */
function storedFile(page: Page, pattern: RegExp, damage: boolean): Promise<string | null> {
  return page.evaluate(
    async ({ source, damage }) => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          if (!new RegExp(source).test(new URL(request.url).pathname)) continue;
          const response = (await cache.match(request))!;
          const bytes = new Uint8Array(await response.arrayBuffer());
          const sha = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
          if (damage) {
            bytes[bytes.length >> 1]! ^= 0xff;
            await cache.put(request, new Response(bytes, { headers: response.headers }));
          }
          return sha;
        }
      }
      return null;
    },
    { source: pattern.source, damage },
  );
}

test('a damaged stored model file is fetched again when online, and refused clearly when offline', async ({ page, context }) => {
  await openCreate(page, 'wasm');
  await waitOfflineReady(page);
  const storedStudent = (damage: boolean) => storedFile(page, new RegExp(`/${STUDENT.path.replace('.', '\\.')}$`), damage);

  expect(await storedStudent(true)).toBe(STUDENT.sha256);
  await page.reload();
  await waitReady(page); // repaired from the network, then checked
  expect(await storedStudent(false)).toBe(STUDENT.sha256);

  await storedStudent(true);
  await context.setOffline(true);
  await page.reload();
  const readiness = page.getByTestId('readiness');
  await expect(readiness).toHaveAttribute('data-state', 'failed', { timeout: 120_000 });
  await expect(readiness).toContainText(new RegExp(`stored copy of ${STUDENT.path} was damaged and has been removed, but it could not be downloaded again .*Connect to the network once`));

  await context.setOffline(false);
  await page.getByRole('button', { name: 'Try again' }).click();
  await waitReady(page);
});

test("a damaged stored copy of the guard's classifier is fetched again when online; offline, nothing is generated and the error says why", async ({ page, context }) => {
  await openCreate(page, 'wasm');
  await waitOfflineReady(page);
  const storedClassifier = (damage: boolean) => storedFile(page, /\/classifier-[^/]*\.onnx$/, damage);
  // A prompt only the learned check refuses: its refusal shows the classifier loaded and ran.
  const refusedByClassifier = async () => {
    await fillSettings(page, { character: 'bolt', prompt: LEARNED_ONLY_PROMPT });
    await page.getByRole('button', { name: 'Generate' }).click();
    await expect(page.getByTestId('error')).toHaveAttribute('data-rule', 'platform.learned');
  };

  expect(await storedClassifier(true)).toBe(CLASSIFIER_SHA);
  await page.reload();
  await waitReady(page);
  await refusedByClassifier(); // repaired from the network, then checked
  expect(await storedClassifier(false)).toBe(CLASSIFIER_SHA);

  await storedClassifier(true);
  await context.setOffline(true);
  await page.reload();
  await waitReady(page);
  await fillSettings(page, { character: 'pip', prompt: 'Pip the fox jumps in the snow' });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('error')).toContainText(/stored copy of .*classifier.*was damaged and has been removed, but it could not be downloaded again/);
  await expect(page.getByTestId('result-video')).toHaveCount(0);

  await context.setOffline(false);
  await refusedByClassifier();
});
