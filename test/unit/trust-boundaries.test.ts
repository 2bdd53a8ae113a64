/**
 * The dev server is a security boundary too: it sends the app's headers on every response and
 * serves only what the app needs, never the repository (configs, package.json, training folder).
 */
import type { AddressInfo } from 'node:net';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/lib/security';
import { isServedCall } from '../../src/lib/bridge/serve';

describe('dev server', () => {
  let server: ViteDevServer;
  let base: string;
  beforeAll(async () => {
    server = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { port: 0, strictPort: false, hmr: false } });
    await server.listen();
    base = `http://localhost:${(server.httpServer!.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(() => server?.close());

  it('serves the app with every security header and no CORS echo', async () => {
    for (const path of ['/', '/src/main.ts', '/workers/inference.worker.ts', '/models/kinora-tiny/manifest.json', '/icon.svg', '/package.json']) {
      const response = await fetch(base + path, { headers: { Origin: 'http://localhost:4312' } });
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
      expect(response.headers.get('access-control-allow-origin'), path).toBeNull();
    }
    for (const path of ['/', '/src/main.ts', '/workers/encoder.worker.ts', '/models/kinora-tiny/student.onnx']) expect((await fetch(base + path)).status, path).toBe(200);
  });

  it('answers 404 for the repository around the app', async () => {
    for (const path of [
      '/package.json',
      '/vite.config.ts',
      '/README.md',
      '/scripts/pack.ts',
      '/test/unit/packs.test.ts',
      '/data/guard-labelled.jsonl',
      '/models/kinora-tiny/train/train.py',
      '/models/kinora-tiny/MODEL_CARD.md',
      '/models/kinora-tiny/../../package.json',
      `/@fs${process.cwd()}/package.json`,
      '/.git/config',
    ]) {
      expect((await fetch(base + path)).status, path).toBe(404);
    }
  });
});

describe('served worker APIs', () => {
  const api = Object.freeze(Object.assign(Object.create(null) as object, { open: () => 1, cancel: () => 2 }));

  it('let through only calls of their own methods and releases', () => {
    expect(isServedCall(api, { type: 'APPLY', path: ['open'] })).toBe(true);
    expect(isServedCall(api, { type: 'RELEASE', path: [] })).toBe(true);
    for (const message of [
      { type: 'APPLY', path: ['open', 'constructor'] },
      { type: 'APPLY', path: ['toString'] },
      { type: 'APPLY', path: ['__proto__'] },
      { type: 'APPLY', path: [] },
      { type: 'GET', path: ['open'] },
      { type: 'SET', path: ['__proto__', 'polluted'] },
      { type: 'SET', path: ['open', 'constructor', 'prototype', 'polluted'] },
      { type: 'CONSTRUCT', path: ['open'] },
      { type: 'ENDPOINT', path: [] },
      { type: 'APPLY', path: 'open' },
    ]) {
      expect(isServedCall(api, message), JSON.stringify(message)).toBe(false);
    }
  });
});
