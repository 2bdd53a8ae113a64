/**
 * One clip, end to end: generate in the inference worker, encode in the encoder worker, keep in
 * the gallery. The UI and the CLI (which drives the UI) both go through here.
 */
import { Engine, type BackendDecision, type GenerateOptions, type GenerationOutput, type GenerationSettings } from '../engine';
import { KinoraError, toKinoraError } from '../errors';
import type { ModelManifest } from '../models';
import { requestPersistence, saveClip } from '../storage';
import type { GenerationRecord } from '../provenance';
import { ClipEncoder, OUTPUT_SIZE, type EncodedClip } from '../video';

export interface ClipResult {
  id: string;
  /** The generation's details; its frames went to the encoder (transferred, not copied). */
  output: Omit<GenerationOutput, 'frames'>;
  encoded: EncodedClip;
  record: GenerationRecord;
  video: Blob;
  /** Null when the clip is in the gallery; otherwise why it is not (it is still downloadable). */
  saveError: KinoraError | null;
  timings: GenerationOutput['timings'] & { encodeMs: number; saveMs: number };
}

export class Studio {
  readonly engine = new Engine();
  private readonly encoder = new ClipEncoder();

  constructor(private readonly appVersion: string) {}

  open(manifestUrl: string): Promise<ModelManifest> {
    return this.engine.open(manifestUrl);
  }

  /** Loads the model and starts the encoder, so a generation needs no network and no warm-up. */
  async prepare(settings: Pick<GenerationSettings, 'mode' | 'backend'>): Promise<BackendDecision & { codec: string }> {
    const [decision, codec] = await Promise.all([this.engine.prepare(settings), this.encoder.codec(OUTPUT_SIZE, OUTPUT_SIZE)]);
    return { ...decision, codec };
  }

  async create(settings: GenerationSettings, options: GenerateOptions = {}): Promise<ClipResult> {
    const output = await this.engine.generate(settings, options);
    options.signal?.throwIfAborted();
    options.onProgress?.({ stage: 'encode', message: 'Encoding MP4' });
    const createdAt = new Date().toISOString();
    const record: GenerationRecord = {
      app: { name: 'Kinora', version: this.appVersion },
      model: output.model,
      packs: output.decision.packs,
      policyVersion: output.decision.policyVersion,
      prompt: settings.prompt,
      character: settings.character,
      seed: settings.seed,
      mode: settings.mode,
      steps: settings.steps,
      guidance: settings.mode === 'quality' ? settings.guidance : null,
      backend: output.backend.backend,
      frames: output.frameCount,
      fps: output.fps,
      width: OUTPUT_SIZE,
      height: OUTPUT_SIZE,
      createdAt,
    };
    const { frames, ...rest } = output;
    const encoded = await this.encoder.encode({
      frames,
      width: output.width,
      height: output.height,
      frameCount: output.frameCount,
      fps: output.fps,
      outWidth: OUTPUT_SIZE,
      outHeight: OUTPUT_SIZE,
      generation: record,
      overlay: { attribution: output.attribution },
    });
    const video = new Blob([encoded.bytes as BlobPart], { type: 'video/mp4' });
    const id = `${createdAt}-${settings.seed}`;
    options.onProgress?.({ stage: 'save', message: 'Saving to the gallery' });
    const t0 = performance.now();
    let saveError: KinoraError | null = null;
    try {
      await saveClip({ id, createdAt, record, video, thumbnail: encoded.thumbnail, codec: encoded.codec, bytes: video.size });
      // Now there is something worth keeping: ask the browser not to evict the gallery.
      void requestPersistence();
    } catch (e) {
      saveError = toKinoraError(e, 'StorageError');
    }
    return {
      id,
      output: rest,
      encoded,
      record,
      video,
      saveError,
      timings: { ...output.timings, encodeMs: encoded.encodeMs, saveMs: performance.now() - t0 },
    };
  }
}
