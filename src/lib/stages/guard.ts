/**
 * Stage 1, guard: the settings and the prompt are checked by the inference worker itself before any
 * model call. A blocked job ends here with the decision (logged to the audit log by the gate).
 */
import { checkSettings, type GenerationSettings } from '../engine/settings';
import type { Admission, PolicyGate } from '../engine/policy-gate';
import { KinoraError } from '../errors';
import type { Decision } from '../guardrails';
import type { ModelManifest } from '../models';

export interface GuardInput {
  settings: GenerationSettings;
  manifest: ModelManifest;
  gate: PolicyGate;
}

/**
 * `settings` carry the prompt as checked (invisible characters stripped): what the model reads and
 * the record keeps. `audited` is false when the decision could not be written to the audit log.
 */
export type GuardOutput = { allowed: true; settings: GenerationSettings; admission: Admission } | { allowed: false; decision: Decision; audited: boolean };

export async function guard({ settings: asked, manifest, gate }: GuardInput): Promise<GuardOutput> {
  const issues = checkSettings(asked, manifest);
  if (issues.length > 0) throw new KinoraError('InvalidSettings', issues.map((i) => i.message).join(' '));
  // The gate checks what the prompt shows (and how bidi controls display it); the decision says what that was.
  const admission = await gate.admit(asked.prompt, asked.character, manifest.characterWords ?? {});
  const { decision, audited } = admission;
  return decision.allowed ? { allowed: true, settings: { ...asked, prompt: decision.prompt }, admission } : { allowed: false, decision, audited };
}
