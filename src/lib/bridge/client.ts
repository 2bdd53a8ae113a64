/**
 * The main thread's side of a worker: a typed Comlink bridge where every call settles. Modelled on
 * Squoosh's worker bridge: a call is raced against the worker's death and against abort, and a
 * worker that must stop is terminated and replaced for the next call.
 *
 * A terminated or out-of-memory worker fires no event, so death is seen through a Web Lock: the
 * worker holds a lock named after it for its whole life (see serve.ts), and the lock is released
 * the moment the worker is gone, whatever killed it.
 */
import * as Comlink from 'comlink';
import { KinoraError } from '../errors';
import { deathLockName, type ServedApi } from './protocol';
import { testHooks } from './test-hooks';

type Method<Api> = { [K in keyof Api]: Api[K] extends (...args: never[]) => unknown ? K : never }[keyof Api] & string;
type Result<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;
type Args<F> = F extends (...args: infer A) => unknown ? A : never;

export interface BridgeOptions<Api> {
  /** Names the worker in messages a person reads ("generation", "video encoder"). */
  label: string;
  /** Starts the worker; `name` must be passed to the Worker constructor (it carries the lock name). */
  spawn: (name: string) => Worker;
  /** Runs once on each new worker before its first call (e.g. reopening the model). */
  onStart?: (api: Comlink.Remote<Api>) => Promise<void>;
  /** How long a cancelled call may take to stop before its worker is terminated. */
  cancelGraceMs?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Tells the worker to stop (e.g. `cancel(jobId)`); the call settles as Cancelled at once. */
  onAbort?: () => void;
}

interface Live<Api> {
  worker: Worker;
  api: Comlink.Remote<Api>;
  /** Rejects with a readable error when the worker dies or is stopped. Never resolves. */
  dead: Promise<never>;
  ready: Promise<void>;
  /** Terminates the worker (once) and fails every call still waiting on it with `error`. */
  end: (error: KinoraError) => void;
}

/** A worker that has not taken its lock by then is treated as dead (generous: a loaded machine starts workers slowly). */
const START_TIMEOUT_MS = 60_000;

const CANCELLED = () => new KinoraError('Cancelled', 'Generation was cancelled.');

export class WorkerBridge<Api extends object> {
  private live: Live<Api> | null = null;
  /** Counts the workers started so far: a change means a new worker (state it held is gone). */
  incarnation = 0;

  constructor(private readonly options: BridgeOptions<Api>) {}

  /** Calls `method` in the worker. Settles with its result, a readable error when the worker dies, or Cancelled. */
  async call<K extends Method<Api>>(method: K, args: Args<Api[K]>, { signal, onAbort }: CallOptions = {}): Promise<Result<Api[K]>> {
    if (signal?.aborted) throw CANCELLED();
    const live = this.ensure();
    const work = live.ready.then(() => {
      testHooks.beforeCall(this.options.label, method, live.worker);
      return (live.api[method as keyof Comlink.Remote<Api>] as unknown as (...a: unknown[]) => Promise<Result<Api[K]>>)(...args);
    });
    const done = work.then(() => undefined, () => undefined);
    let onSignal = () => undefined as void;
    const aborted = new Promise<never>((_, reject) => {
      onSignal = () => {
        reject(CANCELLED());
        this.stopSoon(live, done, onAbort);
      };
    });
    signal?.addEventListener('abort', onSignal, { once: true });
    void done.then(() => signal?.removeEventListener('abort', onSignal));
    return Promise.race([work, live.dead, aborted]);
  }

  /** Ends the current worker, if any (calls still waiting on it fail with `reason`); the next call starts a new one. */
  restart(reason: string): void {
    this.live?.end(new KinoraError('WorkerCrashed', reason));
  }

  private ensure(): Live<Api> {
    if (this.live) return this.live;
    const { label, spawn, onStart } = this.options;
    const name = `kinora-${label.replace(/\W+/g, '-')}#${crypto.randomUUID()}`;
    const worker = spawn(name);
    const api = Comlink.wrap<Api>(worker);
    let die!: (e: KinoraError) => void;
    const dead = new Promise<never>((_, reject) => {
      die = reject;
    });
    dead.catch(() => undefined);
    let ended = false;
    const live: Live<Api> = {
      worker,
      api,
      dead,
      ready: Promise.resolve(),
      end: (error) => {
        if (ended) return;
        ended = true;
        if (this.live === live) this.live = null;
        worker.terminate();
        die(error);
      },
    };
    const crashed = (detail: string) =>
      live.end(new KinoraError('WorkerCrashed', `The ${label} worker stopped unexpectedly${detail ? ` (${detail})` : ''}. It will be restarted for the next try; your settings and gallery are untouched.`));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      crashed(event.message);
    });
    worker.addEventListener('messageerror', () => crashed('a message could not be read'));
    // No call is sent before the worker holds its lock: from then on, our request for the same
    // lock is granted exactly when the worker dies. A worker that never gets that far is dead too.
    const startTimer = setTimeout(() => crashed('it did not start'), START_TIMEOUT_MS);
    const holding = (api as unknown as Comlink.Remote<ServedApi>).__holdingLock().then((held) => {
      clearTimeout(startTimer);
      if (held && !ended) void navigator.locks.request(deathLockName(name), () => crashed(''));
    });
    live.ready = Promise.race([holding.then(() => onStart?.(api)), dead]);
    live.ready.catch(() => undefined);
    this.incarnation++;
    this.live = live;
    testHooks.register(label, worker);
    return live;
  }

  /**
   * After an abort, give the worker a grace period to stop by itself; then terminate it (calls
   * still waiting on it fail with a readable error) so the next call gets a new one.
   */
  private stopSoon(live: Live<Api>, done: Promise<void>, onAbort: (() => void) | undefined): void {
    onAbort?.();
    const timer = setTimeout(() => {
      live.end(new KinoraError('WorkerCrashed', `The ${this.options.label} worker was restarted because a cancelled job did not stop in time.`));
    }, this.options.cancelGraceMs ?? 10_000);
    void done.then(() => clearTimeout(timer));
  }
}
