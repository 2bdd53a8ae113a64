import { describe, expect, it } from 'vitest';
import { toRgbaFrames } from '../../src/lib/video';

describe('frames', () => {
  it('turns NCTHW model output in [-1, 1] into RGBA frames', () => {
    const g = { frames: 2, width: 1, height: 1 };
    // channel-major: R of frame 0, R of frame 1, G..., B...
    const x = Float32Array.from([-1, 1, 0, 1, 1, -1]);
    expect(Array.from(toRgbaFrames(x, g))).toEqual([0, 128, 255, 255, 255, 255, 0, 255]);
    expect(() => toRgbaFrames(new Float32Array(5), g)).toThrow(RangeError);
  });
});
