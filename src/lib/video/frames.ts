/**
 * Model output (NCTHW float, values in `range`) -> packed RGBA frames, frame after frame.
 * Pure and allocation-light: it runs after every sampling step for the live preview.
 */
export interface FrameGeometry {
  frames: number;
  width: number;
  height: number;
}

export function toRgbaFrames(x: Float32Array, g: FrameGeometry, range: [number, number] = [-1, 1]): Uint8ClampedArray {
  const plane = g.width * g.height;
  const channelStride = g.frames * plane;
  if (x.length !== 3 * channelStride) throw new RangeError(`Expected ${3 * channelStride} values for ${g.frames} RGB frames, got ${x.length}`);
  const out = new Uint8ClampedArray(g.frames * plane * 4);
  const scale = 255 / (range[1] - range[0]);
  for (let i = 0; i < channelStride; i++) {
    const o = i * 4;
    out[o] = (x[i]! - range[0]) * scale + 0.5;
    out[o + 1] = (x[i + channelStride]! - range[0]) * scale + 0.5;
    out[o + 2] = (x[i + 2 * channelStride]! - range[0]) * scale + 0.5;
    out[o + 3] = 255;
  }
  return out;
}
