import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { probeMp4 } from './helpers';

/** Runs the headless CLI on the built app (dist/) and returns its exit code and output. */
function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', 'scripts/generate.ts', '--skip-build', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('npm run generate -- --prompts makes one MP4 per good line in one session and reports the bad lines', async ({}, info) => {
  const startedAt = Date.now();
  const prompts = info.outputPath('prompts.jsonl');
  const outDir = info.outputPath('clips');
  writeFileSync(
    prompts,
    [
      '{"prompt": "Pip the fox jumps in the snow", "character": "pip", "seed": 11, "name": "snow"}',
      '{"prompt": "Pip waves", "seed": 12',
      '{"prompt": "Pip holds a gun", "character": "pip", "seed": 13}',
      '{"prompt": "Pip the fox runs through a grass field", "seed": 14, "steps": 2}',
    ].join('\n'),
  );
  const run = await runCli(['--prompts', prompts, '--out-dir', outDir, '--backend', 'wasm']);
  const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);

  expect(run.code, run.stderr).toBe(1);
  expect(run.stderr).toContain('kinora generate: 2 of 4 lines made a clip');
  expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4]);
  expect(lines[1]!.error).toMatch(/^not JSON/);
  // The guard refuses in batch mode as it does in the app, and says why.
  expect(lines[2]!.error).toMatch(/weapon/i);
  expect(readdirSync(outDir).sort()).toEqual(['line-4.mp4', 'snow.mp4']);
  for (const [index, seed, steps] of [[0, 11, 4], [3, 14, 2]] as const) {
    const clip = lines[index]!;
    expect(clip).toMatchObject({ codec: 'avc', frames: 16, width: 512, height: 512, backend: 'wasm', seed });
    const mp4 = await probeMp4(clip.out);
    expect([mp4.frames, mp4.width, mp4.height]).toEqual([16, 512, 512]);
    // Line 4 names no character: the pick of the lines before stays, as in the app.
    expect(mp4.record).toMatchObject({ seed, steps, character: 'pip' });
    // Made by this run.
    expect(Date.parse(mp4.record!.createdAt)).toBeGreaterThanOrEqual(startedAt);
  }
  // One browser session: the page was ready once, before the first clip.
  expect(lines[0]!.timings.pageReadyMs).toBe(lines[3]!.timings.pageReadyMs);
});
