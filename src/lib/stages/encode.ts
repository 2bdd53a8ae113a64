/**
 * Stage 7, encode (encoder worker): frames -> encoded samples at OUTPUT_SIZE. Smooth upscale on an
 * OffscreenCanvas, the visible provenance overlay, then WebCodecs through mediabunny. The codec is
 * picked once per worker (pickCodec); cancel is honoured between frames.
 */
import { CanvasSource, getFirstEncodableVideoCodec, Mp4OutputFormat, NullTarget, Output, QUALITY_HIGH, type VideoCodec } from 'mediabunny';
import { KinoraError } from '../errors';
import type { EncodedSample } from '../video/mux';
import { drawOverlay } from '../video/overlay';
import type { ClipFrames } from './handoff';
import { OUTPUT_SIZE } from './record';

/** Preference order: H.264 plays everywhere, VP9 and AV1 where it is missing. */
export const CODEC_PREFERENCE: VideoCodec[] = ['avc', 'vp9', 'av1'];

/** The first codec this browser can encode at that size, or EncoderUnsupported. */
export async function pickCodec(width = OUTPUT_SIZE, height = OUTPUT_SIZE): Promise<VideoCodec> {
  const codec = await getFirstEncodableVideoCodec(CODEC_PREFERENCE, { width, height });
  if (!codec) {
    throw new KinoraError('EncoderUnsupported', `This browser cannot encode ${CODEC_PREFERENCE.join(', ')} video at ${width}x${height}, so clips cannot be saved as MP4 here.`);
  }
  return codec;
}

export interface EncodedFrames {
  samples: EncodedSample[];
  thumbnail: Blob;
  ms: number;
  /** Of `ms`, the time spent preparing frames (upscale, overlay, thumbnail) rather than in the encoder. */
  prepareMs: number;
}

export async function encode(clip: ClipFrames, codec: VideoCodec, signal: AbortSignal): Promise<EncodedFrames> {
  const start = performance.now();
  const frameBytes = clip.width * clip.height * 4;
  if (clip.frames.length !== frameBytes * clip.frameCount) throw new KinoraError('EncodeFailed', `Expected ${clip.frameCount} frames of ${clip.width}x${clip.height}.`);

  const small = new OffscreenCanvas(clip.width, clip.height);
  const smallCtx = small.getContext('2d')!;
  const canvas = new OffscreenCanvas(OUTPUT_SIZE, OUTPUT_SIZE);
  const ctx = canvas.getContext('2d', { alpha: false })!;
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';

  // mediabunny drives the VideoEncoder (codec string, quality, key frames); its file is discarded:
  // the seal stage muxes the samples with the signed record.
  const samples: EncodedSample[] = [];
  const output = new Output({ format: new Mp4OutputFormat(), target: new NullTarget() });
  const source = new CanvasSource(canvas, {
    codec,
    quality: QUALITY_HIGH,
    keyFrameInterval: 1,
    onEncodedPacket: (packet, meta) => void samples.push({ packet, meta }),
  });
  output.addVideoTrack(source, { frameRate: clip.fps });
  await output.start();
  let thumbnail: Blob | null = null;
  let prepareMs = 0;
  try {
    for (let i = 0; i < clip.frameCount; i++) {
      signal.throwIfAborted();
      let t = performance.now();
      const pixels = clip.frames.subarray(i * frameBytes, (i + 1) * frameBytes);
      smallCtx.putImageData(new ImageData(new Uint8ClampedArray(pixels), clip.width, clip.height), 0, 0);
      ctx.drawImage(small, 0, 0, OUTPUT_SIZE, OUTPUT_SIZE);
      drawOverlay(ctx, clip.overlay, OUTPUT_SIZE, OUTPUT_SIZE);
      prepareMs += performance.now() - t;
      await source.add(i / clip.fps, 1 / clip.fps);
      if (i === Math.floor(clip.frameCount / 2)) {
        t = performance.now();
        thumbnail = await canvas.convertToBlob({ type: 'image/webp', quality: 0.85 });
        prepareMs += performance.now() - t;
      }
    }
    await output.finalize();
  } catch (e) {
    await output.cancel();
    throw e;
  }
  if (samples.length !== clip.frameCount) throw new KinoraError('EncodeFailed', `The encoder produced ${samples.length} of ${clip.frameCount} frames.`);
  return { samples, thumbnail: thumbnail!, ms: performance.now() - start, prepareMs };
}
