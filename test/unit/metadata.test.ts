import { describe, expect, it } from 'vitest';
import { recordFromTags, recordToTags, RECORD_KEY, type GenerationRecord } from '../../src/lib/video';
import { toRgbaFrames } from '../../src/lib/video';

const record: GenerationRecord = {
  format: 'kinora-generation/1',
  app: { name: 'Kinora', version: '0.1.0' },
  model: { id: 'kinora-tiny', version: '1.0.0', denoiser: 'student', sha256: 'f'.repeat(64) },
  prompt: 'Bolt the robot spins at night',
  seed: 99,
  mode: 'fast',
  steps: 4,
  guidance: null,
  backend: 'wasm',
  frames: 16,
  fps: 8,
  width: 512,
  height: 512,
  createdAt: '2026-11-24T12:00:00.000Z',
};

describe('generation record tags', () => {
  it('round-trips through tags, with the prompt as title and an AI-generated label', () => {
    const tags = recordToTags(record);
    expect(tags.title).toBe(record.prompt);
    expect(tags.comment).toBe('AI-generated');
    expect(recordFromTags(tags)).toEqual(record);
  });

  it('reads records stored as bytes, and refuses malformed ones', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(record));
    expect(recordFromTags({ raw: { [RECORD_KEY]: bytes } })).toEqual(record);
    expect(recordFromTags({ raw: { [RECORD_KEY]: '{not json' } })).toBeNull();
    expect(recordFromTags({ raw: { [RECORD_KEY]: JSON.stringify({ ...record, format: 'x' }) } })).toBeNull();
    expect(recordFromTags({})).toBeNull();
  });
});

describe('frames', () => {
  it('turns NCTHW model output in [-1, 1] into RGBA frames', () => {
    const g = { frames: 2, width: 1, height: 1 };
    // channel-major: R of frame 0, R of frame 1, G..., B...
    const x = Float32Array.from([-1, 1, 0, 1, 1, -1]);
    expect(Array.from(toRgbaFrames(x, g))).toEqual([0, 128, 255, 255, 255, 255, 0, 255]);
    expect(() => toRgbaFrames(new Float32Array(5), g)).toThrow(RangeError);
  });
});
