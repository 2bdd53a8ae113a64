/**
 * The trust boundaries, probed the way an attacker would: response headers on the production build,
 * a page on another origin framing the app, and a same-origin script (standing in for a malicious
 * extension) talking to the app's workers directly in Comlink's wire format.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SECURITY_HEADERS, staticHostHeadersFile } from '../../src/lib/security';
import { verifyClip } from '../../src/lib/provenance';
import { fillSettings, openCreate, wasmStudent } from './helpers';

const FOREIGN = 'http://localhost:4312';

/** A server on another origin: serves `html` at / and a copy of the bundled manifest, readable by anyone. */
async function foreignServer(html: string): Promise<{ server: Server; origin: string }> {
  const manifest = readFileSync('models/kinora-tiny/manifest.json');
  const server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    if (req.url?.endsWith('manifest.json')) return res.writeHead(200, { 'Content-Type': 'application/json' }).end(manifest);
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(4312, 'localhost', resolve));
  return { server, origin: `http://localhost:${(server.address() as AddressInfo).port}` };
}

test('every response carries the security headers, worker scripts and WASM included, with no CORS echo', async ({ page, request }) => {
  const scripts: string[] = [];
  page.on('response', (r) => void (/\.(js|wasm)$/.test(new URL(r.url()).pathname) && scripts.push(r.url())));
  await openCreate(page, 'wasm');
  const workers = scripts.filter((u) => /worker/.test(u));
  expect(workers.length).toBeGreaterThanOrEqual(2);
  expect(scripts.some((u) => u.endsWith('.wasm'))).toBe(true);
  for (const url of ['/', '/models/kinora-tiny/manifest.json', '/no-such-file', ...scripts]) {
    const response = await request.get(url, { headers: { Origin: FOREIGN } });
    const headers = response.headers();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${name} on ${url}`).toBe(value);
    expect(headers['access-control-allow-origin'], `CORS on ${url}`).toBeUndefined();
  }
  expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("worker-src 'self' blob:");
  // Static hosts get the same set from the build.
  expect((await request.get('/_headers')).ok()).toBe(true);
  expect(readFileSync('dist/_headers', 'utf8')).toBe(staticHostHeadersFile());
});

test('a page on another origin cannot frame the app', async ({ page, baseURL }) => {
  const { server } = await foreignServer(`<h1>Free videos</h1><iframe id="kinora" src="${baseURL}/#/create" width="800" height="600"></iframe>`);
  try {
    await page.goto(`${FOREIGN}/`);
    await expect(page.getByRole('heading', { name: 'Free videos' })).toBeVisible();
    const frame = page.frameLocator('#kinora');
    // The framed document is the browser's error page, never the app: its Create page never shows.
    await expect.poll(() => page.frames().length).toBe(2);
    await expect.poll(() => page.frames()[1]!.url(), { timeout: 30_000 }).not.toBe('about:blank');
    expect(page.frames()[1]!.url()).not.toContain('localhost:4173');
    await expect(frame.getByRole('button', { name: 'Generate' })).toHaveCount(0);
  } finally {
    server.close();
  }
});

/** Captures every Worker the app starts, as a malicious extension could. */
function captureWorkers(page: Page) {
  return page.addInitScript(() => {
    const Original = window.Worker;
    const seen: { name: string; worker: Worker }[] = [];
    (window as unknown as { __captured: typeof seen }).__captured = seen;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        seen.push({ name: options?.name ?? '', worker: this });
      }
    };
  });
}

interface WireReply {
  type: string;
  value: unknown;
}

/** Sends one raw Comlink message to the live worker whose name starts with `prefix`, and returns its reply. */
function sendRaw(page: Page, prefix: string, message: Record<string, unknown>, withPort = false): Promise<WireReply> {
  return page.evaluate(
    ({ prefix, message, withPort }) => {
      const captured = (window as unknown as { __captured: { name: string; worker: Worker }[] }).__captured;
      const target = captured.filter((c) => c.name.startsWith(prefix)).at(-1)!.worker;
      const id = crypto.randomUUID();
      return new Promise<WireReply>((resolve) => {
        const onReply = (event: MessageEvent) => {
          if (event.data?.id !== id) return;
          target.removeEventListener('message', onReply);
          resolve({ type: event.data.type, value: event.data.value });
        };
        target.addEventListener('message', onReply);
        if (!withPort) return target.postMessage({ id, ...message });
        // A port of the page's own, with forged frames ready to go out on it.
        const channel = new MessageChannel();
        const argumentList = [{ type: 'RAW', value: channel.port2 }];
        target.postMessage({ id, ...message, argumentList }, [channel.port2]);
        channel.port1.postMessage({ kind: 'job', jobId: 'forged' });
      });
    },
    { prefix, message, withPort },
  );
}

const thrown = (reply: WireReply) => (reply.type === 'HANDLER' ? ((reply.value as { value?: { message?: string } }).value?.message ?? '') : `not an error: ${JSON.stringify(reply)}`);
const raw = (value: unknown) => ({ type: 'RAW', value });

test('a page script cannot make the workers open foreign models, set properties, or sign frames of its own', async ({ page }, info) => {
  const { server } = await foreignServer('');
  try {
    await captureWorkers(page);
    await openCreate(page, 'wasm');

    const foreign = await sendRaw(page, 'kinora-generation', { type: 'APPLY', path: ['open'], argumentList: [raw(`${FOREIGN}/models/kinora-tiny/manifest.json`)] });
    expect(thrown(foreign)).toMatch(/opens models only from its own origin .* a model from http:\/\/localhost:4312 was refused/);
    const otherPath = await sendRaw(page, 'kinora-generation', { type: 'APPLY', path: ['open'], argumentList: [raw('/models/other/manifest.json')] });
    expect(thrown(otherPath)).toMatch(/opens only the models it ships with .*\/models\/other\/manifest.json was refused/);

    for (const probe of [
      { type: 'SET', path: ['__proto__', 'polluted'], value: raw(true) },
      { type: 'SET', path: ['open', 'constructor', 'prototype', 'polluted'], value: raw(true) },
      { type: 'GET', path: ['open', 'constructor'] },
      { type: 'APPLY', path: ['open', 'constructor'], argumentList: [raw('return self')] },
    ]) {
      expect(thrown(await sendRaw(page, 'kinora-generation', probe)), JSON.stringify(probe)).toMatch(/only answers calls of its own methods/);
    }

    const rewire = await sendRaw(page, 'kinora-video-encoder', { type: 'APPLY', path: ['connectInference'] }, true);
    expect(thrown(rewire)).toMatch(/already connected to its generation worker/);
    const forged = await sendRaw(page, 'kinora-video-encoder', { type: 'APPLY', path: ['encode'], argumentList: [raw('forged')] });
    expect(thrown(forged)).toMatch(/encodes only clips its generation worker made/);

    // The app itself is unharmed: the next clip is made from the bundled model and verifies.
    await fillSettings(page, { prompt: 'Pip the fox jumps in the snow', seed: 8 });
    await page.getByRole('button', { name: 'Generate' }).click();
    await expect(page.getByTestId('result-video')).toBeVisible({ timeout: 240_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download MP4' }).click()]);
    await download.saveAs(info.outputPath('after-probes.mp4'));
    const verified = await verifyClip(readFileSync(info.outputPath('after-probes.mp4')));
    expect(verified.problems).toEqual([]);
    // The record names the very file that made the clip (on WASM here, the int8 student).
    expect(verified.record?.generation.model.sha256).toBe(wasmStudent().file.sha256);
  } finally {
    server.close();
  }
});

test('with storage full, Settings shows the temporary key that really signs the clip', async ({ page, baseURL }, info) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: 1 }); // 0 would mean "no override"
  await openCreate(page, 'wasm');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('device-key-temporary')).toContainText(/temporary key: it could not be saved .*Quota/i);
  const shownKey = (await page.getByTestId('device-public-key').textContent())!;

  await page.getByRole('link', { name: 'Create' }).click();
  await fillSettings(page, { prompt: 'Pip the fox walks right in the daytime', seed: 12 });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByRole('link', { name: 'Download MP4' })).toBeVisible({ timeout: 240_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download MP4' }).click()]);
  await download.saveAs(info.outputPath('full-storage.mp4'));
  const verified = await verifyClip(readFileSync(info.outputPath('full-storage.mp4')), { signerKey: shownKey });
  expect(verified.problems).toEqual([]);
  expect(verified.signerMatchesKey).toBe(true);
});
