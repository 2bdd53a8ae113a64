/**
 * Test-only hooks, installed only when the page is opened with `?testhooks`: end-to-end tests use
 * them to kill a worker the way a crash or the out-of-memory killer would (without telling the
 * bridge), to check that every call still settles. Without the flag they do nothing.
 */
interface Hooks {
  /** Terminates the worker of that bridge now. */
  kill(label: string): boolean;
  /** Terminates the worker right after the next call of `method` is sent to it (`times` calls in a row). */
  killOnCall(label: string, method: string, times?: number): void;
  /** How many workers the hooks have killed. */
  kills(): number;
}

const workers = new Map<string, Worker>();
/** label -> the method whose calls kill the worker, and how many more times. */
const killOn = new Map<string, { method: string; times: number }>();
let kills = 0;

export const testHooks = {
  register(label: string, worker: Worker): void {
    workers.set(label, worker);
  },
  beforeCall(label: string, method: string, worker: Worker): void {
    const plan = killOn.get(label);
    if (plan?.method !== method) return;
    if (--plan.times <= 0) killOn.delete(label);
    kills++;
    queueMicrotask(() => worker.terminate());
  },
};

/**
 * Installs the hooks on `target`. Kills planned before the app starts (a test's init script sets
 * `__kinoraTestPlan`, e.g. to kill the worker during the model's `open`) are armed at once.
 */
export function installTestHooks(target: { __kinoraTest?: Hooks; __kinoraTestPlan?: { label: string; method: string; times?: number }[] }): void {
  for (const { label, method, times = 1 } of target.__kinoraTestPlan ?? []) killOn.set(label, { method, times });
  target.__kinoraTest = {
    kill: (label) => {
      const worker = workers.get(label);
      worker?.terminate();
      return !!worker;
    },
    killOnCall: (label, method, times = 1) => void killOn.set(label, { method, times }),
    kills: () => kills,
  };
}
