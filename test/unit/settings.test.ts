import { describe, expect, it } from 'vitest';
import { checkSettings, defaultSettings, type GenerationSettings } from '../../src/lib/engine';
import { bundledManifest } from './fixtures';

const manifest = bundledManifest();
const ok: GenerationSettings = { ...defaultSettings(manifest, 1), prompt: 'Pip the fox jumps in the snow' };
const messages = (s: Partial<GenerationSettings>) => checkSettings({ ...ok, ...s }, manifest);

describe('generation settings', () => {
  it('accepts the defaults with a prompt', () => {
    expect(checkSettings(ok, manifest)).toEqual([]);
    expect(ok.steps).toBe(4);
    expect(ok.frames).toBe(16);
  });

  it.each<[string, Partial<GenerationSettings>, keyof GenerationSettings, RegExp]>([
    ['0 frames', { frames: 0 }, 'frames', /exactly 16 frames \(got 0\)/],
    ['500 steps', { steps: 500 }, 'steps', /Fast mode takes 1 to 4 steps \(got 500\)/],
    ['500 teacher steps', { mode: 'quality', steps: 500 }, 'steps', /Quality mode takes 2 to 100 steps/],
    ['an empty prompt', { prompt: '   ' }, 'prompt', /prompt is empty/],
    ['a huge prompt', { prompt: 'a'.repeat(301) }, 'prompt', /under 300 characters/],
    ['a negative seed', { seed: -1 }, 'seed', /Seed must be a whole number from 0 to 4294967295/],
    ['a seed over 2^32-1', { seed: 2 ** 32 }, 'seed', /Seed must be a whole number/],
    ['guidance out of range', { mode: 'quality', steps: 16, guidance: 50 }, 'guidance', /Guidance must be from 0 to 10/],
    ['an unknown backend', { backend: 'cuda' as never }, 'backend', /Backend must be one of auto, webgpu, wasm/],
  ])('explains %s', (_, change, field, message) => {
    const issues = messages(change);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.field).toBe(field);
    expect(issues[0]!.message).toMatch(message);
  });
});
