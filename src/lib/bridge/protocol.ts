/** What both sides of a bridge agree on: the lock that outlives the worker, and the method that says it is held. */

/** The Web Lock a worker named `name` holds for its whole life. */
export function deathLockName(workerName: string): string {
  return `${workerName}:alive`;
}

/** Added to every served API: resolves true once the worker holds its lock (false where Web Locks are missing). */
export interface ServedApi {
  __holdingLock(): Promise<boolean>;
}
