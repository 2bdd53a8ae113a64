/// <reference lib="webworker" />
/**
 * The worker's side of a bridge. Comlink alone would let any caller walk and set properties in the
 * worker (`['open', 'constructor', 'prototype', 'x']` reaches Function.prototype, `__proto__`
 * pollutes Object.prototype), so only one kind of message gets through to it: a call of one of the
 * API's own methods (and Comlink's release of a proxy). Anything else is answered with a readable
 * error. The worker also holds the lock whose release tells the main thread it is gone (client.ts).
 */
import * as Comlink from 'comlink';
import { KinoraError, toKinoraError } from '../errors';
import { deathLockName, type ServedApi } from './protocol';

interface WireMessage {
  id?: unknown;
  type?: unknown;
  path?: unknown;
}

/** True for the messages a served API answers: APPLY of an own method by name, or RELEASE. */
export function isServedCall(api: object, data: WireMessage): boolean {
  const path = Array.isArray(data.path) ? data.path : [];
  if (data.type === 'RELEASE') return path.length === 0;
  return data.type === 'APPLY' && path.length === 1 && typeof path[0] === 'string' && Object.hasOwn(api, path[0]) && typeof (api as Record<string, unknown>)[path[0]] === 'function';
}

/** Comlink's answer to a call it refused: a thrown error, as its own wire format carries one. */
function refusal(id: unknown, data: WireMessage): unknown {
  const what = `${typeof data.type === 'string' ? data.type : 'message'} ${Array.isArray(data.path) ? data.path.map(String).join('.') : ''}`.trim();
  const error = new KinoraError('Refused', `This worker only answers calls of its own methods; refused ${what}.`);
  return { id, type: 'HANDLER', name: 'throw', value: { isError: true, value: { message: error.message, name: error.name, stack: '' } } };
}

export function serve<Api extends object>(api: Api, scope: DedicatedWorkerGlobalScope = self as DedicatedWorkerGlobalScope): void {
  const holding = new Promise<boolean>((resolve) => {
    if (!navigator.locks) return resolve(false);
    void navigator.locks.request(deathLockName(scope.name), () => {
      resolve(true);
      return new Promise<never>(() => undefined); // held until the worker ends
    });
  });
  const served: ServedApi = { __holdingLock: () => holding };
  const exposed = Object.freeze(Object.assign(Object.create(null) as object, api, served));
  const endpoint: Comlink.Endpoint = {
    postMessage: (message, transfer) => scope.postMessage(message, transfer ?? []),
    addEventListener: (type, listener) => {
      scope.addEventListener(type, (event) => {
        const data = (event as MessageEvent).data as WireMessage | null;
        if (!data || typeof data !== 'object' || data.id === undefined) return;
        if (isServedCall(exposed, data)) return typeof listener === 'function' ? listener(event) : listener.handleEvent(event);
        scope.postMessage(refusal(data.id, data));
      });
    },
    removeEventListener: () => undefined,
  };
  Comlink.expose(exposed, endpoint);
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
