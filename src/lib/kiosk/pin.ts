/**
 * The staff PIN that locks a kiosk: stored only as a PBKDF2-SHA-256 hash with a random salt
 * (WebCrypto), so reading the kiosk's storage does not give the PIN away, and compared in full so
 * the time taken says nothing about how much of a guess was right.
 */
import * as v from 'valibot';
import { base64ToBytes, bytesToBase64 } from '../bytes';
import { matching, object, wholeNumberIn } from '../validation';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; about a third of a second on a slow laptop. */
export const PIN_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export const PinHashSchema = object({
  algorithm: v.literal('PBKDF2-SHA-256'),
  iterations: wholeNumberIn(100_000, 10_000_000),
  salt: matching(/^[A-Za-z0-9+/]+={0,2}$/, 'expected base64'),
  hash: matching(/^[A-Za-z0-9+/]+={0,2}$/, 'expected base64'),
});
export type PinHash = v.InferOutput<typeof PinHashSchema>;

/** Why a PIN cannot be used, for people; null when it can. */
export function pinProblem(pin: string): string | null {
  return /^\d{4,12}$/.test(pin) ? null : 'A staff PIN is 4 to 12 digits.';
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS));
}

export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const problem = pinProblem(pin);
  if (problem) throw new Error(problem);
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: bytesToBase64(salt), hash: bytesToBase64(await derive(pin, salt, iterations)) };
}

export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
  const salt = base64ToBytes(stored.salt);
  const expected = base64ToBytes(stored.hash);
  if (!salt || !expected || pinProblem(pin)) return false;
  const actual = await derive(pin, salt, stored.iterations);
  let difference = actual.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) difference |= (actual[i] ?? 0) ^ expected[i]!;
  return difference === 0;
}

/** Wrong PINs allowed before the kiosk makes staff wait. */
export const FREE_PIN_TRIES = 5;
export const PIN_LOCKOUT_MS = 30_000;

/** How long the PIN field stays shut after `failures` wrong PINs, the last at `lastFailureAt`. */
export function pinWaitMs(failures: number, lastFailureAt: number, now: number): number {
  return failures < FREE_PIN_TRIES ? 0 : Math.max(0, lastFailureAt + PIN_LOCKOUT_MS - now);
}
