/**
 * The local audit log of guardrail decisions: every prompt the inference worker checked, allowed
 * or blocked. Written by the worker (so a UI bypass cannot skip it), read and exported in Settings.
 */
import type { AuditEntry } from '../guardrails';
import { db } from './gallery';

/** Oldest entries are dropped past this, so the log cannot fill the disk. */
export const AUDIT_LIMIT = 5000;

export async function appendAudit(entry: AuditEntry): Promise<void> {
  const d = await db();
  const tx = d.transaction('audit', 'readwrite');
  await tx.store.add(entry);
  const excess = (await tx.store.count()) - AUDIT_LIMIT;
  if (excess > 0) {
    let cursor = await tx.store.openCursor();
    for (let i = 0; i < excess && cursor; i++) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
  }
  await tx.done;
}

/** Newest first. */
export async function listAudit(): Promise<AuditEntry[]> {
  return (await (await db()).getAll('audit')).reverse();
}

export async function clearAudit(): Promise<void> {
  await (await db()).clear('audit');
}
