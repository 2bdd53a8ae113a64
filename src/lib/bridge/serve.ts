/// <reference lib="webworker" />
/**
 * The worker's side of a bridge: exposes a frozen, null-prototype API (a caller cannot set
 * properties on it through Comlink, `__proto__` included) and holds the lock whose release tells
 * the main thread this worker is gone (client.ts).
 */
import * as Comlink from 'comlink';
import { toKinoraError } from '../errors';
import { deathLockName, type ServedApi } from './protocol';

export function serve<Api extends object>(api: Api): void {
  const holding = new Promise<boolean>((resolve) => {
    if (!navigator.locks) return resolve(false);
    void navigator.locks.request(deathLockName(self.name), () => {
      resolve(true);
      return new Promise<never>(() => undefined); // held until the worker ends
    });
  });
  const served: ServedApi = { __holdingLock: () => holding };
  Comlink.expose(Object.freeze(Object.assign(Object.create(null) as object, api, served)));
}

/**
 * Jobs that run one at a time, in the order they arrive, each with its own AbortSignal that
 * `cancel(id)` aborts (queued or running). The worker owns its sessions, so it serialises its own
 * work: a job sent while a cancelled one finishes its step simply waits for it. Errors leave the
 * worker as KinoraErrors, so their code survives postMessage.
 */
export class CancellableJobs {
  private readonly running = new Map<string, AbortController>();
  private queue: Promise<unknown> = Promise.resolve();

  run<T>(id: string, job: (signal: AbortSignal) => Promise<T>, fallback: Parameters<typeof toKinoraError>[1] = 'GenerationFailed'): Promise<T> {
    const controller = new AbortController();
    this.running.set(id, controller);
    const result = this.queue.then(async () => {
      try {
        controller.signal.throwIfAborted();
        return await job(controller.signal);
      } catch (e) {
        throw toKinoraError(controller.signal.aborted ? controller.signal.reason : e, fallback);
      } finally {
        this.running.delete(id);
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  cancel(id: string): void {
    this.running.get(id)?.abort(new DOMException('Cancelled', 'AbortError'));
  }
}
