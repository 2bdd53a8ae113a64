/**
 * Test-only hooks, installed only when the page is opened with `?testhooks`: end-to-end tests use
 * them to kill a worker the way a crash or the out-of-memory killer would (without telling the
 * bridge), to check that every call still settles. Without the flag they do nothing.
 */
interface Hooks {
  /** Terminates the worker of that bridge now. */
  kill(label: string): boolean;
  /** Terminates the worker right after the next call of `method` is sent to it. */
  killOnCall(label: string, method: string): void;
}

const workers = new Map<string, Worker>();
const killOn = new Map<string, string>();

export const testHooks = {
  register(label: string, worker: Worker): void {
    workers.set(label, worker);
  },
  beforeCall(label: string, method: string, worker: Worker): void {
    if (killOn.get(label) !== method) return;
    killOn.delete(label);
    queueMicrotask(() => worker.terminate());
  },
};

/**
 * Installs the hooks on `target`. Kills planned before the app starts (a test's init script sets
 * `__kinoraTestPlan`, e.g. to kill the worker during the model's `open`) are armed at once.
 */
export function installTestHooks(target: { __kinoraTest?: Hooks; __kinoraTestPlan?: { label: string; method: string }[] }): void {
  for (const { label, method } of target.__kinoraTestPlan ?? []) killOn.set(label, method);
  target.__kinoraTest = {
    kill: (label) => {
      const worker = workers.get(label);
      worker?.terminate();
      return !!worker;
    },
    killOnCall: (label, method) => void killOn.set(label, method),
  };
}
