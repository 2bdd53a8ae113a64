/**
 * What a kiosk keeps across reloads (a visitor cannot leave it by reloading): the staff PIN's hash,
 * the event settings, the visitor now at the screen, the clips made on it (for the day's export)
 * and the wrong-PIN count. Read back through the same schema; a record that does not parse is
 * treated as no kiosk, since only someone with the browser's developer tools could write one.
 */
import * as v from 'valibot';
import { list, object, text, wholeNumberIn } from '../validation';
import { EventFileSchema, type EventFile } from './event-file';
import { PinHashSchema, type PinHash } from './pin';

export const KIOSK_STATE_FORMAT = 'kinora-kiosk/1';

const KioskClipSchema = object({
  id: text,
  /** The local calendar day it was made on (YYYY-MM-DD): the export's unit. */
  day: text,
  visitor: text,
});
export type KioskClip = v.InferOutput<typeof KioskClipSchema>;

export const KioskStateSchema = object({
  format: v.literal(KIOSK_STATE_FORMAT),
  pin: PinHashSchema,
  event: EventFileSchema,
  visitor: text,
  clips: list(KioskClipSchema),
  pinFailures: wholeNumberIn(0),
  lastPinFailureAt: wholeNumberIn(0),
});
export type KioskState = v.InferOutput<typeof KioskStateSchema>;

export function newVisitor(): string {
  return crypto.randomUUID();
}

export function startKiosk(pin: PinHash, event: EventFile): KioskState {
  return { format: KIOSK_STATE_FORMAT, pin, event, visitor: newVisitor(), clips: [], pinFailures: 0, lastPinFailureAt: 0 };
}

export function readKioskState(json: string | null): KioskState | null {
  if (!json) return null;
  try {
    const parsed = v.safeParse(KioskStateSchema, JSON.parse(json));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** YYYY-MM-DD of `date` in the kiosk's own time zone: staff think in local days. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function visitorClips(state: KioskState): string[] {
  return state.clips.filter((c) => c.visitor === state.visitor).map((c) => c.id);
}

export function dayClips(state: KioskState, day: string): string[] {
  return state.clips.filter((c) => c.day === day).map((c) => c.id);
}

/** A file name for an event's day: "kinora-comic-con-2026-12-01.zip". */
export function exportFileName(event: EventFile, day: string): string {
  const slug = event.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `kinora-${slug || 'event'}-${day}.zip`;
}
