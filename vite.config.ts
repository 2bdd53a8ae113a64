import { readFileSync, existsSync, createReadStream, statSync } from 'node:fs';
import { join, resolve, normalize, sep } from 'node:path';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const MODELS_DIR = resolve('models');
const BUNDLED = ['kinora-tiny'];

/** COOP/COEP make the page cross-origin isolated, which WASM threads (SharedArrayBuffer) need. */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Files of a bundled model: its manifest and every file the manifest names (never train/). */
function modelFiles(id: string): string[] {
  const manifest = JSON.parse(readFileSync(join(MODELS_DIR, id, 'manifest.json'), 'utf8')) as {
    graphs: Record<string, { variants: { file: { path: string }; externalData?: { path: string }[] }[] }>;
  };
  const files = new Set(['manifest.json']);
  for (const g of Object.values(manifest.graphs)) for (const v of g.variants) for (const f of [v.file, ...(v.externalData ?? [])]) files.add(f.path);
  return [...files];
}

/** Serves models/<id>/ at /models/<id>/ in dev and preview, and copies it into the build. */
function bundledModels(): Plugin {
  const serve = (req: { url?: string }, res: import('node:http').ServerResponse, next: () => void) => {
    const url = (req.url ?? '').split('?')[0]!;
    const m = /^\/models\/([a-z0-9._-]+)\/(.+)$/.exec(url);
    if (!m || !BUNDLED.includes(m[1]!)) return next();
    const path = normalize(join(MODELS_DIR, m[1]!, decodeURIComponent(m[2]!)));
    if (!path.startsWith(join(MODELS_DIR, m[1]!) + sep) || !modelFiles(m[1]!).includes(m[2]!) || !existsSync(path)) return next();
    res.setHeader('Content-Type', path.endsWith('.json') ? 'application/json' : 'application/octet-stream');
    res.setHeader('Content-Length', String(statSync(path).size));
    for (const [k, v] of Object.entries(ISOLATION_HEADERS)) res.setHeader(k, v);
    createReadStream(path).pipe(res);
  };
  return {
    name: 'kinora-bundled-models',
    configureServer(server) {
      server.middlewares.use(serve);
    },
    generateBundle() {
      for (const id of BUNDLED) {
        for (const file of modelFiles(id)) {
          this.emitFile({ type: 'asset', fileName: `models/${id}/${file}`, source: readFileSync(join(MODELS_DIR, id, file)) });
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [svelte(), bundledModels()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  server: { headers: ISOLATION_HEADERS, port: 5173 },
  preview: { headers: ISOLATION_HEADERS, port: 4173 },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['onnxruntime-web'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 1024 },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
