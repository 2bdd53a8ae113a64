/**
 * The page the browser benchmarks run in: Vite's dev server at the repository root (it compiles
 * src/lib/bench on request, no production build), cross-origin isolated as the app is, so
 * onnxruntime-web gets WASM threads. Shared by `npm run bench` and test/e2e/bench.spec.ts.
 */
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BENCH_PAGE = 'test/e2e/fixtures/bench.html';
export const BENCH_MODEL_BASE = '/models/kinora-tiny/';

export async function startBenchServer(port = 5191): Promise<{ server: ViteDevServer; pageUrl: string }> {
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    // Only src/lib/bench is loaded: scanning the app's entries for pre-bundling would only fail on its virtual modules.
    optimizeDeps: { noDiscovery: true },
    server: { port, strictPort: false, headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } },
  });
  await server.listen();
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('the bench server has no local URL');
  return { server, pageUrl: new URL(BENCH_PAGE, base).href };
}
