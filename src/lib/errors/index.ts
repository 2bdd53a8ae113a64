/**
 * Errors are values a person can read. Each carries a code the UI can branch on, a message meant
 * for the user, and (where it matters) what was kept safe.
 */
export const ERROR_CODES = [
  'ManifestError',
  'ModelIntegrityError',
  'ModelLoadError',
  'InvalidSettings',
  'EncoderUnsupported',
  'EncodeFailed',
  'QuotaExceeded',
  'StorageError',
  'PolicyBlocked',
  'Cancelled',
  'WorkerCrashed',
  'GenerationFailed',
  /** A worker refused a call that did not come from the part of the app meant to make it. */
  'Refused',
  /** A kiosk event file that does not follow kinora-event/1. */
  'InvalidEventFile',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class KinoraError extends Error {
  readonly code: ErrorCode;
  /** What survived the failure, for the user ("The clip is still downloadable"). */
  readonly kept?: string;

  constructor(code: ErrorCode, message: string, kept?: string) {
    super(message);
    this.code = code;
    // The name crosses worker boundaries (Comlink keeps name and message), so the code does too.
    this.name = code;
    if (kept !== undefined) this.kept = kept;
  }
}

/** Rebuilds a KinoraError from anything thrown, including errors that crossed a worker boundary. */
export function toKinoraError(error: unknown, fallback: ErrorCode = 'GenerationFailed'): KinoraError {
  if (error instanceof KinoraError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return new KinoraError('Cancelled', 'Generation was cancelled.');
  if (error instanceof Error) {
    const code = (ERROR_CODES as readonly string[]).includes(error.name) ? (error.name as ErrorCode) : fallback;
    return new KinoraError(code, error.message);
  }
  return new KinoraError(fallback, String(error));
}
