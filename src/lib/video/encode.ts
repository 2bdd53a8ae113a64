/**
 * Frames -> 512x512 MP4, in the encoder worker: smooth upscale on an OffscreenCanvas, the visible
 * provenance overlay, WebCodecs through mediabunny, then the signed provenance record as metadata
 * tags (see provenance/seal for why encoding and muxing are two passes).
 */
import { CanvasSource, getFirstEncodableVideoCodec, Mp4OutputFormat, NullTarget, Output, QUALITY_HIGH, type VideoCodec } from 'mediabunny';
import { KinoraError } from '../errors';
import type { GenerationRecord, SignedRecord } from '../provenance/record';
import { sealClip } from '../provenance/seal';
import type { EncodedSample } from './mux';
import { drawOverlay, type OverlayText } from './overlay';

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
  /** Signed into the MP4 together with the hash of the encoded samples. */
  generation: GenerationRecord;
  /** Burned into every frame. */
  overlay: OverlayText;
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
  /** The record written into the MP4, with its signature. */
  provenance: SignedRecord;
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

/** `keys` is the device signing key (provenance/device-key), null where the browser has no Ed25519. */
export async function encodeClip(req: EncodeRequest, keys: CryptoKeyPair | null): Promise<EncodedClip> {
  const start = performance.now();
  const codec = await pickCodec(req.outWidth, req.outHeight, req.codecs);
  const { samples, thumbnail } = await encodeFrames(req, codec);
  const sealed = await sealClip({ codec, fps: req.fps, samples, generation: req.generation, keys });
  return {
    bytes: sealed.bytes,
    codec,
    mimeType: sealed.mimeType,
    width: req.outWidth,
    height: req.outHeight,
    thumbnail,
    provenance: sealed.provenance,
    encodeMs: performance.now() - start,
  };
}

/** Upscale, overlay and encode every frame; the samples come back unmuxed. */
async function encodeFrames(req: EncodeRequest, codec: VideoCodec): Promise<{ samples: EncodedSample[]; thumbnail: Blob }> {
  const frameBytes = req.width * req.height * 4;
  if (req.frames.length !== frameBytes * req.frameCount) throw new KinoraError('EncodeFailed', `Expected ${req.frameCount} frames of ${req.width}x${req.height}.`);

  const small = new OffscreenCanvas(req.width, req.height);
  const smallCtx = small.getContext('2d')!;
  const canvas = new OffscreenCanvas(req.outWidth, req.outHeight);
  const ctx = canvas.getContext('2d', { alpha: false })!;
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';

  // mediabunny drives the VideoEncoder (codec string, quality, key frames); its file is discarded.
  const samples: EncodedSample[] = [];
  const output = new Output({ format: new Mp4OutputFormat(), target: new NullTarget() });
  const source = new CanvasSource(canvas, {
    codec,
    quality: QUALITY_HIGH,
    keyFrameInterval: 1,
    onEncodedPacket: (packet, meta) => void samples.push({ packet, meta }),
  });
  output.addVideoTrack(source, { frameRate: req.fps });
  await output.start();
  let thumbnail: Blob | null = null;
  for (let i = 0; i < req.frameCount; i++) {
    const pixels = req.frames.subarray(i * frameBytes, (i + 1) * frameBytes);
    smallCtx.putImageData(new ImageData(new Uint8ClampedArray(pixels), req.width, req.height), 0, 0);
    ctx.drawImage(small, 0, 0, req.outWidth, req.outHeight);
    drawOverlay(ctx, req.overlay, req.outWidth, req.outHeight);
    await source.add(i / req.fps, 1 / req.fps);
    if (i === Math.floor(req.frameCount / 2)) thumbnail = await canvas.convertToBlob({ type: 'image/webp', quality: 0.85 });
  }
  await output.finalize();
  if (samples.length !== req.frameCount) throw new KinoraError('EncodeFailed', `The encoder produced ${samples.length} of ${req.frameCount} frames.`);
  return { samples, thumbnail: thumbnail! };
}
