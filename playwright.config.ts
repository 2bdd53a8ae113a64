import { defineConfig } from '@playwright/test';
import { systemChromium } from './scripts/browser';

/** Debian's Chromium (or KINORA_CHROMIUM) where there is one; Playwright's own browser elsewhere. */
export const CHROMIUM = systemChromium();
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--enable-unsafe-webgpu',
  '--use-angle=vulkan',
  '--use-webgpu-adapter=opengles',
];
const PORT = 4173;

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 240_000,
  expect: { timeout: 60_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    headless: true,
    acceptDownloads: true,
    // The service worker would precache 70 MB in every test; the offline tests (pwa.spec.ts) allow it.
    serviceWorkers: 'block',
    launchOptions: {
      ...(CHROMIUM ? { executablePath: CHROMIUM } : {}),
      // Playwright gives every launch a fresh, empty profile directory of its own.
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
