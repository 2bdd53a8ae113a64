/**
 * Headless CLI: builds and serves the app, drives it in headless Chromium through the same UI a
 * person uses, writes the MP4 and prints one JSON line. Exit code 1 with a message on failure.
 *
 *   npm run generate -- --prompt "Pip the fox jumps in the snow" [--character pip] [--seed N] [--steps N]
 *                       [--mode fast|quality] [--guidance G] [--backend auto|webgpu|wasm] --out clip.mp4
 *
 * With --prompts file.jsonl --out-dir dir/ it makes one clip per line (scripts/prompt-lines.ts) in one
 * browser session, the model loaded once, and prints one JSON line per line of the file: the clip's,
 * or {"line": N, "error": "..."}; a bad line does not stop the others (exit code 1 if any failed).
 */
import { chromium, type Browser } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import type { BackendChoice } from '../src/lib/engine';
import { parsePromptLines, type ParsedLine } from './prompt-lines';
import { makeClip, openCreate, watchLongTasks } from './ui-driver';

const USAGE =
  'usage: npm run generate -- (--prompt "..." --out clip.mp4 | --prompts file.jsonl --out-dir dir/) [--character id] [--seed N] [--steps N] [--mode fast|quality] [--guidance G] [--backend auto|webgpu|wasm]';

function fail(message: string): never {
  process.stderr.write(`kinora generate: ${message}\n`);
  process.exit(1);
}

function intArg(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) fail(`--${name} must be a whole number (got "${value}")`);
  return n;
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        prompt: { type: 'string' },
        prompts: { type: 'string' },
        character: { type: 'string' },
        seed: { type: 'string' },
        steps: { type: 'string' },
        mode: { type: 'string', default: 'fast' },
        guidance: { type: 'string' },
        backend: { type: 'string', default: 'auto' },
        out: { type: 'string' },
        'out-dir': { type: 'string' },
        'skip-build': { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  const batch = values.prompts !== undefined;
  if (batch === (values.prompt !== undefined)) fail(`give either --prompt or --prompts\n${USAGE}`);
  if (!batch && !values.out) fail(`--out is required\n${USAGE}`);
  if (batch && !values['out-dir']) fail(`--out-dir is required with --prompts\n${USAGE}`);
  if (!['auto', 'webgpu', 'wasm'].includes(values.backend!)) fail(`--backend must be auto, webgpu or wasm (got "${values.backend}")`);
  if (!['fast', 'quality'].includes(values.mode!)) fail(`--mode must be fast or quality (got "${values.mode}")`);
  const guidance = values.guidance === undefined ? undefined : Number(values.guidance);
  if (guidance !== undefined && !Number.isFinite(guidance)) fail(`--guidance must be a number (got "${values.guidance}")`);
  const defaults = {
    mode: values.mode as 'fast' | 'quality',
    ...(values.character !== undefined ? { character: values.character } : {}),
    ...(values.seed !== undefined ? { seed: intArg('seed', values.seed)! } : {}),
    ...(values.steps !== undefined ? { steps: intArg('steps', values.steps)! } : {}),
    ...(guidance !== undefined ? { guidance } : {}),
  };
  let lines: ParsedLine[];
  if (batch) {
    let content: string;
    try {
      content = readFileSync(values.prompts!, 'utf8');
    } catch (e) {
      fail(`cannot read --prompts ${values.prompts}: ${(e as Error).message}`);
    }
    lines = parsePromptLines(content, defaults);
    if (lines.length === 0) fail(`${values.prompts} has no prompt lines`);
    mkdirSync(values['out-dir']!, { recursive: true });
  } else {
    if (guidance !== undefined && defaults.mode !== 'quality') fail('--guidance needs --mode quality (fast mode has it baked in)');
    lines = [];
  }

  if (!values['skip-build']) await build({ logLevel: 'error' });
  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  const failed: string[] = [];
  try {
    server = await preview({ logLevel: 'error', preview: { port: 0, host: '127.0.0.1' } });
    const baseURL = server.resolvedUrls?.local[0];
    if (!baseURL) fail('the preview server did not start');
    browser = await chromium.launch({ headless: true, ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: CHROMIUM_ARGS });
    const context = await browser.newContext({ baseURL, acceptDownloads: true });
    const page = await context.newPage();
    await watchLongTasks(page);
    await openCreate(page, values.backend as BackendChoice, 300_000);
    const pageReadyMs = await page.evaluate(() => performance.now());
    if (!batch) process.stdout.write(`${JSON.stringify(await makeClip(page, { ...defaults, prompt: values.prompt! }, resolve(values.out!), pageReadyMs))}\n`);
    for (const parsed of lines) {
      try {
        if ('error' in parsed) throw new Error(parsed.error);
        const clip = await makeClip(page, parsed.job, resolve(values['out-dir']!, `${parsed.job.name}.mp4`), pageReadyMs);
        process.stdout.write(`${JSON.stringify({ line: parsed.line, ...clip })}\n`);
      } catch (e) {
        const error = (e as Error).message;
        failed.push(`line ${parsed.line}: ${error}`);
        process.stdout.write(`${JSON.stringify({ line: parsed.line, error })}\n`);
      }
    }
  } finally {
    await browser?.close();
    await server?.close();
  }
  if (failed.length > 0) fail(`${lines.length - failed.length} of ${lines.length} lines made a clip\n${failed.join('\n')}`);
}

main().catch((e) => fail((e as Error).message));
