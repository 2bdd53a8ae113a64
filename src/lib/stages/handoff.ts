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

/**
 * Sent on the port by the inference worker: `job` when a job passed the guard and starts (so the
 * encoder knows which jobs are real before their frames arrive), then `frames` when it is done.
 */
export type HandoffMessage = { kind: 'job'; jobId: string } | { kind: 'frames'; clip: ClipFrames };

/** How long the encoder waits for a job's frames once it knows the job started. */
const FRAMES_WAIT_MS = 30_000;
/**
 * How long it waits to hear that a job it was asked for started: the notice is posted on another
 * channel than the app's request, so it may arrive a moment later; a job never started is refused.
 */
const START_NOTICE_MS = 2_000;

interface Waiting {
  jobId: string;
  started: () => void;
  resolve: (clip: ClipFrames) => void;
}

/**
 * The encoder's side of the port. It is connected once in the encoder's life, so what it signs can
 * only come from the inference worker the app wired it to (a page script cannot swap the port).
 * Holds the latest clip's frames until the app asks to encode that job (older ones are dropped,
 * so a job cancelled between the two workers leaks nothing), and refuses jobs the inference
 * worker never started.
 */
export class FramesInbox {
  private connected = false;
  private started: string | null = null;
  private latest: ClipFrames | null = null;
  private waiting: Waiting | null = null;

  /** Listens on the port the app wired from the inference worker; a second port is refused. */
  listen(port: MessagePort): void {
    if (this.connected) {
      port.close();
      throw new KinoraError('Refused', 'The video encoder is already connected to its generation worker and takes frames from nothing else.');
    }
    this.connected = true;
    port.onmessage = (event: MessageEvent<HandoffMessage>) => {
      const message = event.data;
      if (message?.kind === 'job') {
        this.started = message.jobId;
        if (this.latest?.jobId !== message.jobId) this.latest = null; // frames of an earlier job were never asked for
        if (this.waiting?.jobId === message.jobId) this.waiting.started();
      } else if (message?.kind === 'frames') {
        this.arrived(message.clip);
      }
    };
  }

  private arrived(clip: ClipFrames): void {
    if (this.waiting?.jobId === clip.jobId) {
      this.waiting.resolve(clip);
      this.waiting = null;
      return;
    }
    this.latest = clip;
  }

  /** The frames of `jobId`, as soon as they arrive; refused unless the inference worker started that job. */
  take(jobId: string, signal: AbortSignal): Promise<ClipFrames> {
    if (this.latest?.jobId === jobId) {
      const clip = this.latest;
      this.latest = null;
      return Promise.resolve(clip);
    }
    return new Promise((resolve, reject) => {
      const fail = (error: unknown) => {
        clearTimeout(timer);
        if (this.waiting === waiting) this.waiting = null;
        reject(error);
      };
      const neverStarted = () => fail(new KinoraError('Refused', 'The video encoder encodes only clips its generation worker made, and that worker did not start this job.'));
      const neverArrived = () => fail(new KinoraError('EncodeFailed', 'The frames of this clip never reached the video encoder. Press Generate to make it again.'));
      let timer = this.started === jobId ? setTimeout(neverArrived, FRAMES_WAIT_MS) : setTimeout(neverStarted, START_NOTICE_MS);
      const waiting: Waiting = {
        jobId,
        started: () => {
          clearTimeout(timer);
          timer = setTimeout(neverArrived, FRAMES_WAIT_MS);
        },
        resolve: (clip) => {
          clearTimeout(timer);
          resolve(clip);
        },
      };
      signal.addEventListener('abort', () => fail(signal.reason), { once: true });
      this.waiting = waiting;
    });
  }
}
