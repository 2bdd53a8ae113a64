/**
 * Audit-log record of one decision, for the log the integrator keeps in IndexedDB
 * (src/lib/storage). Pure: the caller passes the time, nothing is read from the environment.
 */
import type { Category, Decision, Span } from './types';

export interface AuditEntry {
  /** ISO-8601 time of the decision. */
  at: string;
  /** The prompt as typed; the log stays on this device like everything else. */
  prompt: string;
  allowed: boolean;
  category: Category | null;
  rule: string | null;
  span: Span | null;
  /** The user-facing reason ('' when allowed). */
  reason: string;
  /** Every rule that matched, the reported one first. */
  rules: string[];
  characters: string[];
  packs: { id: string; version: string }[];
  policyVersion: string;
  /** The learned check's score and category, when it ran (blocking or not). */
  learned?: { score: number; category: string; threshold: number };
}

export function auditEntry(decision: Decision, prompt: string, time: Date | number): AuditEntry {
  return {
    at: new Date(time).toISOString(),
    prompt,
    allowed: decision.allowed,
    category: decision.category,
    rule: decision.rule,
    span: decision.span,
    reason: decision.reason,
    rules: decision.violations.map((v) => v.rule),
    characters: [...decision.characters],
    packs: decision.packs.map((p) => ({ ...p })),
    policyVersion: decision.policyVersion,
    ...(decision.learned && { learned: { score: decision.learned.score, category: decision.learned.category, threshold: decision.learned.threshold } }),
  };
}
