/**
 * WebCodecs encode throughput per codec and size, driven the way the app's encode stage drives it
 * (mediabunny's CanvasSource from an OffscreenCanvas, QUALITY_HIGH, every frame a key frame), so
 * the figure is what a clip's encode costs per frame. The frames are seeded noise: the hardest
 * content for an encoder, the same in every run. Every encoded frame is counted: a run that loses
 * frames fails rather than looking fast.
 */
import { CanvasSource, canEncodeVideo, Mp4OutputFormat, NullTarget, Output, QUALITY_HIGH, type VideoCodec } from 'mediabunny';
import { seededFloats } from './seeded';

export interface EncodeRun {
  /** Frames per second of each run (warm-ups first), including drawing each frame to the canvas. */
  samples: number[];
  /** Whether the browser offers a hardware encoder for this codec and size (it may still choose software). */
  hardware: boolean;
}

const FPS = 8;

/** Whether this browser can encode `codec` at size x size at all. */
export function canEncodeAt(codec: VideoCodec, size: number): Promise<boolean> {
  return canEncodeVideo(codec, { width: size, height: size });
}

export async function benchEncode(codec: VideoCodec, size: number, frames: number, warmup: number, repeat: number): Promise<EncodeRun> {
  const hardware = await canEncodeVideo(codec, { width: size, height: size, hardwareAcceleration: 'prefer-hardware' });
  const pixels = Array.from({ length: frames }, (_, i) => {
    const noise = seededFloats(size * size * 4, 1000 + i);
    return new ImageData(Uint8ClampedArray.from(noise, (x, j) => (j % 4 === 3 ? 255 : (x + 1) * 127.5)), size, size);
  });
  const canvas = new OffscreenCanvas(size, size);
  const ctx = canvas.getContext('2d', { alpha: false })!;
  const samples: number[] = [];
  for (let run = 0; run < warmup + repeat; run++) {
    let encoded = 0;
    const output = new Output({ format: new Mp4OutputFormat(), target: new NullTarget() });
    const source = new CanvasSource(canvas, { codec, quality: QUALITY_HIGH, keyFrameInterval: 1, onEncodedPacket: () => void encoded++ });
    output.addVideoTrack(source, { frameRate: FPS });
    await output.start();
    const start = performance.now();
    for (const [i, frame] of pixels.entries()) {
      ctx.putImageData(frame, 0, 0);
      await source.add(i / FPS, 1 / FPS);
    }
    await output.finalize();
    const seconds = (performance.now() - start) / 1000;
    if (encoded !== frames) throw new Error(`${codec} at ${size}x${size}: the encoder produced ${encoded} of ${frames} frames`);
    samples.push(frames / seconds);
  }
  return { samples, hardware };
}
