/**
 * Makes the web manifest's screenshots (public/screenshots/) from the built app, the way an
 * install dialog shows it: Create, wide and narrow, with a clip just made.
 *
 *   npm run build && npx tsx scripts/screenshots.ts
 *
 * Run again when the Create page changes visibly; the PNGs are committed (the build copies them).
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import { fillSettings, openCreate } from './ui-driver';

const PORT = 4199;
const SHOTS = [
  { file: 'create-wide.png', width: 1280, height: 800 },
  { file: 'create-narrow.png', width: 390, height: 844 },
];

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 3000));
  const browser = await chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: CHROMIUM_ARGS });
  mkdirSync('public/screenshots', { recursive: true });
  for (const { file, width, height } of SHOTS) {
    const page = await browser.newPage({ baseURL: `http://localhost:${PORT}`, viewport: { width, height }, serviceWorkers: 'allow' });
    await openCreate(page, 'wasm');
    await fillSettings(page, { character: 'pip', prompt: 'Pip the fox jumps in the snow at sunset', seed: 2024 });
    await page.getByText('Advanced').click(); // folded again, as a first visit shows it
    await page.getByRole('button', { name: 'Generate' }).click();
    await page.getByTestId('result-video').waitFor({ timeout: 120_000 });
    await page.locator('[data-testid=offline-status][data-state=ready]').waitFor({ timeout: 120_000 });
    await page.getByTestId('result-video').evaluate((v: HTMLVideoElement) => ((v.currentTime = 1.2), v.pause()));
    await page.screenshot({ path: `public/screenshots/${file}` });
    await page.close();
    console.log(`public/screenshots/${file} (${width}x${height})`);
  }
  await browser.close();
} finally {
  server.kill();
}
