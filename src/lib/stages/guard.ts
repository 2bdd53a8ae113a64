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

/** `audited` is false when the decision could not be written to the audit log (e.g. a full disk). */
export type GuardOutput = { allowed: true; admission: Admission; audited: boolean } | { allowed: false; decision: Decision; audited: boolean };

export async function guard({ settings, manifest, gate }: GuardInput): Promise<GuardOutput> {
  const issues = checkSettings(settings, manifest);
  if (issues.length > 0) throw new KinoraError('InvalidSettings', issues.map((i) => i.message).join(' '));
  const admission = await gate.admit(settings.prompt, settings.character, manifest.characterWords ?? {});
  const audited = admission.audited;
  return admission.decision.allowed ? { allowed: true, admission, audited } : { allowed: false, decision: admission.decision, audited };
}
