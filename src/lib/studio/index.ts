/**
 * One clip, end to end, shared by the UI and the CLI (which drives the UI): the inference worker
 * generates and hands the frames to the encoder worker over a port wired here; the encoder seals
 * the MP4; the save stage keeps it in the gallery. Cancel works at every stage and leaves no clip.
 */
import { Engine, type BackendDecision, type GenerateOptions, type GenerationOutput, type GenerationSettings } from '../engine';
import { KinoraError } from '../errors';
import type { ModelManifest } from '../models';
import { save } from '../stages/save';
import { deleteClip } from '../storage';
import { ClipEncoder, type EncodedClip } from '../video';

export { progressPercent } from './progress';

export interface ClipResult {
  id: string;
  /** What the inference worker reports (record, backend, timings, decision). */
  output: GenerationOutput;
  encoded: Omit<EncodedClip, 'bytes'>;
  video: Blob;
  /** Null when the clip is in the gallery; otherwise why it is not (it is still downloadable). */
  saveError: KinoraError | null;
  /** The inference worker's timings, then the encoder's (encodeMs in all; of it framePrepMs and sealMs) and saving. */
  timings: GenerationOutput['timings'] & { encodeMs: number; framePrepMs: number; sealMs: number; saveMs: number };
}

export class Studio {
  readonly engine = new Engine();
  readonly encoder = new ClipEncoder();
  private wired = { engine: -1, encoder: -1 };
  private wiring: Promise<void> = Promise.resolve();

  open(manifestUrl: string): Promise<ModelManifest> {
    return this.engine.open(manifestUrl);
  }

  /** Loads the model and starts the encoder, so a generation needs no network and no warm-up. */
  async prepare(settings: Pick<GenerationSettings, 'mode' | 'backend'>): Promise<BackendDecision & { codec: string }> {
    await this.wire();
    const [decision, codec] = await Promise.all([this.engine.prepare(settings), this.encoder.codec()]);
    return { ...decision, codec };
  }

  async create(settings: GenerationSettings, { signal = new AbortController().signal, onProgress }: GenerateOptions = {}): Promise<ClipResult> {
    const jobId = crypto.randomUUID();
    await this.wire();
    const output = await this.engine.generate(jobId, settings, { signal, ...(onProgress ? { onProgress } : {}) });
    onProgress?.({ stage: 'encode', message: 'Encoding MP4' });
    const { bytes, ...encoded } = await this.encoder.encode(jobId, signal);
    const video = new Blob([bytes as BlobPart], { type: 'video/mp4' });
    onProgress?.({ stage: 'save', message: 'Saving to the gallery' });
    const { record } = output;
    const saved = await save({ id: jobId, createdAt: record.createdAt, record, video, thumbnail: encoded.thumbnail, codec: encoded.codec, bytes: video.size }, signal);
    if (signal.aborted) {
      // Cancel pressed while the clip was being written: it must not stay.
      if (!saved.error) await deleteClip(jobId);
      throw new KinoraError('Cancelled', 'Generation was cancelled.');
    }
    return { id: jobId, output, encoded, video, saveError: saved.error, timings: { ...output.timings, encodeMs: encoded.encodeMs, framePrepMs: encoded.framePrepMs, sealMs: encoded.sealMs, saveMs: saved.ms } };
  }

  /**
   * Connects the two workers with a fresh MessageChannel whenever either is new (first use, or a
   * restart after a crash): frames then go worker to worker. An encoder takes one port in its life
   * (so nothing but its inference worker can feed it frames to sign); when the inference worker is
   * new, the encoder is replaced too. One wiring at a time.
   */
  private wire(): Promise<void> {
    this.wiring = this.wiring.catch(() => undefined).then(async () => {
      if (this.wired.engine === this.engine.incarnation && this.wired.encoder === this.encoder.incarnation) return;
      if (this.wired.encoder === this.encoder.incarnation) this.encoder.restart();
      const channel = new MessageChannel();
      await Promise.all([this.engine.connectEncoder(channel.port1), this.encoder.connectInference(channel.port2)]);
      this.wired = { engine: this.engine.incarnation, encoder: this.encoder.incarnation };
    });
    return this.wiring;
  }
}
