import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { bundledModels, securityHeaders } from './scripts/vite/plugins.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
/** The build's commit, shown in Settings (KINORA_COMMIT overrides it, e.g. to tell two test builds apart). */
function commit(): string {
  if (process.env.KINORA_COMMIT) return process.env.KINORA_COMMIT;
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}
export default defineConfig({
  plugins: [
    securityHeaders(),
    svelte(),
    bundledModels(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'workers',
      filename: 'sw.ts',
      // The page asks before a new version takes over (src/app/offline.svelte.ts), never mid-generation.
      registerType: 'prompt',
      injectRegister: false,
      injectManifest: {
        // Everything the build emits: app shell, workers, onnxruntime's WASM, the bundled model
        // (emitted from its manifest by bundledModels()) and the packs. onnxruntime's two WASM builds
        // (plain 14 MB for the WASM backend, JSEP 28 MB for WebGPU) and the student graph are far
        // over Workbox's 2 MiB default, on purpose: offline, either backend must still load.
        globPatterns: ['**/*.{html,js,css,wasm,svg,png,ico,json,onnx,sig}'], // the web manifest is added by the plugin
        globIgnores: ['**/_headers'],
        maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
      },
      pwaAssets: { image: 'public/icon.svg', preset: 'minimal-2023', overrideManifestIcons: true, includeHtmlHeadLinks: true },
      manifest: {
        id: '/',
        name: 'Kinora: character video studio',
        short_name: 'Kinora',
        description: 'Generate short videos of licensed characters on your own GPU, in your browser. Works offline; nothing is uploaded.',
        theme_color: '#14121f',
        background_color: '#14121f',
        display: 'standalone',
        start_url: '/#/create',
        scope: '/',
        categories: ['entertainment', 'graphics', 'photo'],
        screenshots: [
          { src: '/screenshots/create-wide.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'Create a clip with a licensed character' },
          { src: '/screenshots/create-narrow.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'Create on a phone' },
        ],
      },
    }),
  ],
  define: { __APP_VERSION__: JSON.stringify(pkg.version), __APP_COMMIT__: JSON.stringify(commit()) },
  // Headers come from securityHeaders(); no CORS: no other origin may read the app's files.
  server: { port: 5173, cors: false, fs: { allow: ['src', 'workers', 'node_modules', 'public', 'index.html'] } },
  preview: { port: 4173, cors: false },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['onnxruntime-web'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 1024 },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
