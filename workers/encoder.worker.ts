/// <reference lib="webworker" />
/**
 * The encoder worker wires the encode and seal stages. Frames arrive from the inference worker
 * over the port the app wired between them; the app asks for a job by id and gets the signed MP4.
 */
import * as Comlink from 'comlink';
import type { VideoCodec } from 'mediabunny';
import { CancellableJobs, serve } from '../src/lib/bridge/serve';
import { toKinoraError } from '../src/lib/errors';
import { deviceKey, signingKeyInfo } from '../src/lib/provenance/device-key';
import type { SignedRecord } from '../src/lib/provenance/record';
import { encode, pickCodec } from '../src/lib/stages/encode';
import { FramesInbox } from '../src/lib/stages/handoff';
import { sealClip } from '../src/lib/stages/seal';

const inbox = new FramesInbox();
const jobs = new CancellableJobs();
let codec: Promise<VideoCodec> | null = null;

/** The codec is picked once per worker: the first one this browser encodes at the output size. */
function sessionCodec(): Promise<VideoCodec> {
  codec ??= pickCodec().catch((e) => {
    codec = null;
    throw toKinoraError(e, 'EncoderUnsupported');
  });
  return codec;
}

export interface EncodedClip {
  jobId: string;
  bytes: Uint8Array;
  codec: VideoCodec;
  mimeType: string;
  thumbnail: Blob;
  /** The record written into the MP4, with its signature. */
  provenance: SignedRecord;
  /** Frames to signed MP4, in all; of it, frame preparation (upscale, overlay, thumbnail) and sealing (mux, hash, sign). */
  encodeMs: number;
  framePrepMs: number;
  sealMs: number;
}

const api = {
  connectInference(port: MessagePort) {
    inbox.listen(port);
  },
  codec: sessionCodec,
  /** The key this worker signs with, as Settings shows it (and whether it could be kept). */
  signingKey: signingKeyInfo,
  encode(jobId: string): Promise<EncodedClip> {
    return jobs.run(
      jobId,
      async (signal) => {
        const clip = await inbox.take(jobId, signal);
        const start = performance.now();
        const chosen = await sessionCodec();
        const { samples, thumbnail, prepareMs } = await encode(clip, chosen, signal);
        signal.throwIfAborted();
        const sealStart = performance.now();
        // The worker loads the device key itself from IndexedDB: the private key never crosses postMessage.
        const sealed = await sealClip({ codec: chosen, fps: clip.fps, samples, generation: clip.record, keys: (await deviceKey())?.keys ?? null });
        signal.throwIfAborted();
        const end = performance.now();
        const timings = { encodeMs: end - start, framePrepMs: prepareMs, sealMs: end - sealStart };
        const result: EncodedClip = { jobId, bytes: sealed.bytes, codec: chosen, mimeType: sealed.mimeType, thumbnail, provenance: sealed.provenance, ...timings };
        return Comlink.transfer(result, [sealed.bytes.buffer as ArrayBuffer]);
      },
      'EncodeFailed',
    );
  },
  cancel(jobId: string) {
    jobs.cancel(jobId);
  },
};

export type EncoderApi = typeof api;
serve(api);
