/**
 * Frames -> 512x512 MP4, in the encoder worker: smooth upscale on an OffscreenCanvas, WebCodecs
 * through mediabunny, fast-start, generation record as metadata tags.
 */
import { BufferTarget, CanvasSource, getFirstEncodableVideoCodec, Mp4OutputFormat, Output, QUALITY_HIGH, type VideoCodec } from 'mediabunny';
import { KinoraError } from '../errors';
import type { RecordTags } from './metadata';

/** Preference order: H.264 plays everywhere, VP9 and AV1 where it is missing. */
export const CODEC_PREFERENCE: VideoCodec[] = ['avc', 'vp9', 'av1'];

export interface EncodeRequest {
  frames: Uint8ClampedArray;
  width: number;
  height: number;
  frameCount: number;
  fps: number;
  outWidth: number;
  outHeight: number;
  tags: RecordTags;
  /** Restrict the codec choice (tests and the CLI); defaults to CODEC_PREFERENCE. */
  codecs?: VideoCodec[];
}

export interface EncodedClip {
  bytes: Uint8Array;
  codec: VideoCodec;
  mimeType: string;
  width: number;
  height: number;
  thumbnail: Blob;
  encodeMs: number;
}

/** The first codec this browser can encode at that size, or EncoderUnsupported. */
export async function pickCodec(width: number, height: number, codecs: VideoCodec[] = CODEC_PREFERENCE): Promise<VideoCodec> {
  const codec = await getFirstEncodableVideoCodec(codecs, { width, height });
  if (!codec) {
    throw new KinoraError('EncoderUnsupported', `This browser cannot encode ${codecs.join(', ')} video at ${width}x${height}, so clips cannot be saved as MP4 here.`);
  }
  return codec;
}

export async function encodeClip(req: EncodeRequest): Promise<EncodedClip> {
  const start = performance.now();
  const codec = await pickCodec(req.outWidth, req.outHeight, req.codecs);
  const frameBytes = req.width * req.height * 4;
  if (req.frames.length !== frameBytes * req.frameCount) throw new KinoraError('EncodeFailed', `Expected ${req.frameCount} frames of ${req.width}x${req.height}.`);

  const small = new OffscreenCanvas(req.width, req.height);
  const smallCtx = small.getContext('2d')!;
  const canvas = new OffscreenCanvas(req.outWidth, req.outHeight);
  const ctx = canvas.getContext('2d', { alpha: false })!;
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';

  const output = new Output({
    format: new Mp4OutputFormat({ fastStart: 'in-memory', metadataFormat: 'mdta' }),
    target: new BufferTarget(),
  });
  const source = new CanvasSource(canvas, { codec, quality: QUALITY_HIGH, keyFrameInterval: 1 });
  output.addVideoTrack(source, { frameRate: req.fps });
  output.setMetadataTags(req.tags);
  await output.start();
  let thumbnail: Blob | null = null;
  for (let i = 0; i < req.frameCount; i++) {
    const pixels = req.frames.subarray(i * frameBytes, (i + 1) * frameBytes);
    smallCtx.putImageData(new ImageData(new Uint8ClampedArray(pixels), req.width, req.height), 0, 0);
    ctx.drawImage(small, 0, 0, req.outWidth, req.outHeight);
    await source.add(i / req.fps, 1 / req.fps);
    if (i === Math.floor(req.frameCount / 2)) thumbnail = await canvas.convertToBlob({ type: 'image/webp', quality: 0.85 });
  }
  await output.finalize();
  const buffer = output.target.buffer;
  if (!buffer) throw new KinoraError('EncodeFailed', 'The MP4 muxer produced no data.');
  return {
    bytes: new Uint8Array(buffer),
    codec,
    mimeType: await output.getMimeType(),
    width: req.outWidth,
    height: req.outHeight,
    thumbnail: thumbnail!,
    encodeMs: performance.now() - start,
  };
}
