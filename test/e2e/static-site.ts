/**
 * A plain static host for a build folder, for tests that need a second origin or a second build:
 * it sends the app's security headers (as `_headers` tells static hosts to) and can switch folders.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { SECURITY_HEADERS } from '../../src/lib/security';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export async function staticSite(root: string): Promise<{ url: string; serve: (root: string) => void; close: () => void }> {
  let current = root;
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(current, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(normalize(current) + sep) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': statSync(file).size, 'Cache-Control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}`, serve: (root) => void (current = root), close: () => server.close() };
}

/** A second real build of the app with another commit ("next-version"), in a new temporary folder: the update tests serve it after dist/. */
export function buildNextVersion(): string {
  const next = mkdtempSync(join(tmpdir(), 'kinora-next-'));
  execFileSync('npx', ['vite', 'build', '--outDir', next, '--emptyOutDir', '--logLevel', 'error'], { env: { ...process.env, KINORA_COMMIT: 'next-version' }, stdio: 'ignore' });
  return next;
}
