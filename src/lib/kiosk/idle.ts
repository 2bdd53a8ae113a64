/**
 * When a kiosk starts over: after `idleSeconds` without a touch a countdown shows, and when it runs
 * out the visitor's session is cleared. Pure, so the timings are tested without waiting.
 */
export type IdlePhase = { phase: 'active' } | { phase: 'countdown'; secondsLeft: number } | { phase: 'reset' };

export interface IdleTimes {
  idleSeconds: number;
  countdownSeconds: number;
}

export function idlePhase(idleMs: number, { idleSeconds, countdownSeconds }: IdleTimes): IdlePhase {
  const intoCountdown = idleMs - idleSeconds * 1000;
  if (intoCountdown < 0) return { phase: 'active' };
  const left = countdownSeconds * 1000 - intoCountdown;
  return left > 0 ? { phase: 'countdown', secondsLeft: Math.ceil(left / 1000) } : { phase: 'reset' };
}
