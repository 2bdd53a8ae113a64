/** The app's door to the encoder worker: same settle-always bridge as the inference worker's. */
import * as Comlink from 'comlink';
import type { EncodedClip, EncoderApi } from '../../../workers/encoder.worker';
import { WorkerBridge } from '../bridge';
import type { SigningKeyInfo } from '../provenance';

export type { EncodedClip };

export class ClipEncoder {
  private readonly bridge = new WorkerBridge<EncoderApi>({
    label: 'video encoder',
    spawn: (name) => new Worker(new URL('../../../workers/encoder.worker.ts', import.meta.url), { type: 'module', name }),
    cancelGraceMs: 2000,
  });

  /** Changes whenever a new worker starts (its port from the inference worker must be wired again). */
  get incarnation(): number {
    return this.bridge.incarnation;
  }

  /** Starts the worker ahead of the first clip and says which codec it will use (picked once per worker). */
  codec(): Promise<string> {
    return this.bridge.call('codec', []);
  }

  /** The key the worker signs clips with: the one Settings must show. */
  signingKey(): Promise<SigningKeyInfo | null> {
    return this.bridge.call('signingKey', []);
  }

  /** Replaces the worker: one connected to an inference worker takes no port from another. */
  restart(): void {
    this.bridge.restart('The video encoder was restarted to connect it to a new generation worker.');
  }

  /** Gives the worker its end of the port from the inference worker (once in the worker's life). */
  connectInference(port: MessagePort): Promise<void> {
    return this.bridge.call('connectInference', [Comlink.transfer(port, [port])]);
  }

  /** Encodes and seals the job whose frames the inference worker sent over the port. */
  encode(jobId: string, signal?: AbortSignal): Promise<EncodedClip> {
    return this.bridge.call('encode', [jobId], { signal, onAbort: () => void this.bridge.call('cancel', [jobId]).catch(() => undefined) });
  }
}
