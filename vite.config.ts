import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { bundledModels, securityHeaders } from './scripts/vite/plugins.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
export default defineConfig({
  plugins: [securityHeaders(), svelte(), bundledModels()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
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
