/**
 * What the inference worker hands the encoder worker for one clip, over the MessagePort the app
 * wires between them (frames transferred, never through the main thread).
 */
import { KinoraError } from '../errors';
import type { GenerationRecord } from '../provenance/record';
import type { OverlayText } from '../video/overlay';

export interface ClipFrames {
  jobId: string;
  /** Packed RGBA frames at the model's size, frame after frame. */
  frames: Uint8ClampedArray;
  width: number;
  height: number;
  frameCount: number;
  fps: number;
  record: GenerationRecord;
  /** Burned into every frame (the packs' attribution). */
  overlay: OverlayText;
}

/** Sent on the port by the inference worker; read by the encoder worker's inbox. */
export type HandoffMessage = { kind: 'frames'; clip: ClipFrames };

/** How long the encoder waits for a job's frames once asked to encode it. */
const FRAMES_WAIT_MS = 30_000;

/**
 * The encoder's side of the port: holds the latest clip's frames until the app asks to encode that
 * job (older ones are dropped, so a job cancelled between the two workers leaks nothing).
 */
export class FramesInbox {
  private latest: ClipFrames | null = null;
  private waiting: { jobId: string; resolve: (clip: ClipFrames) => void } | null = null;

  /** Listens on the port the app wired from the inference worker (replacing any earlier one). */
  listen(port: MessagePort): void {
    port.onmessage = (event: MessageEvent<HandoffMessage>) => {
      if (event.data?.kind === 'frames') this.put(event.data.clip);
    };
  }

  put(clip: ClipFrames): void {
    if (this.waiting?.jobId === clip.jobId) {
      this.waiting.resolve(clip);
      this.waiting = null;
      return;
    }
    this.latest = clip;
  }

  /** The frames of `jobId`, as soon as they arrive. */
  take(jobId: string, signal: AbortSignal): Promise<ClipFrames> {
    if (this.latest?.jobId === jobId) {
      const clip = this.latest;
      this.latest = null;
      return Promise.resolve(clip);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        reject(new KinoraError('EncodeFailed', 'The frames of this clip never reached the video encoder. Press Generate to make it again.'));
      }, FRAMES_WAIT_MS);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        this.waiting = null;
        reject(signal.reason);
      }, { once: true });
      this.waiting = {
        jobId,
        resolve: (clip) => {
          clearTimeout(timer);
          resolve(clip);
        },
      };
    });
  }
}
