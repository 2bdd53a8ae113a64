/**
 * The guardrail gate in front of the model. It lives in the inference worker: every job's prompt
 * is checked here, by the worker itself, before any model call, and every decision is logged. A UI
 * that skipped its own checks would still be stopped here.
 */
import { auditEntry, createGuard, type AuditEntry, type Decision, type Guard } from '../guardrails';
import type { LoadedPacks, VerifiedPack } from '../packs';

export interface Admission {
  decision: Decision;
  /** Attribution lines of the packs whose characters are in the clip (burned into every frame). */
  attribution: string[];
  /** What the model reads: the prompt, with the picked character's conditioning words when the prompt doesn't name it. */
  conditioning: string;
}

export class PolicyGate {
  private loaded: Promise<{ packs: LoadedPacks; guard: Guard }> | null = null;

  constructor(
    private readonly loadPacks: () => Promise<LoadedPacks>,
    private readonly log: (entry: AuditEntry) => Promise<void>,
  ) {}

  /** The verified and refused packs (loaded and checked once). */
  async packs(): Promise<LoadedPacks> {
    return (await this.state()).packs;
  }

  /** Decides on a prompt without logging it (live feedback while typing). */
  async preview(prompt: string, character: string | null): Promise<Decision> {
    const { guard } = await this.state();
    return guard.check(prompt, character ? { character } : {});
  }

  /** Decides on a job's prompt and logs the decision; a blocked job never reaches the model. */
  async admit(prompt: string, character: string | null): Promise<Admission> {
    const { guard, packs } = await this.state();
    const decision = guard.check(prompt, character ? { character } : {});
    await this.log(auditEntry(decision, prompt, Date.now())).catch(() => {
      // A full or unavailable disk must not stop generation; the decision itself still holds.
    });
    const involved = decision.packs.map((p) => packs.verified.find((v) => v.manifest.id === p.id)).filter((v): v is VerifiedPack => !!v);
    return { decision, attribution: involved.map((p) => p.manifest.attribution), conditioning: conditioningFor(guard, packs, prompt, character) };
  }

  private state(): Promise<{ packs: LoadedPacks; guard: Guard }> {
    this.loaded ??= this.loadPacks().then((packs) => ({ packs, guard: createGuard(packs.verified) }));
    return this.loaded;
  }
}

function conditioningFor(guard: Guard, packs: LoadedPacks, prompt: string, character: string | null): string {
  if (!character || guard.check(prompt).characters.includes(character)) return prompt;
  const words = packs.verified.flatMap((p) => p.manifest.characters).find((c) => c.id === character)?.conditioning;
  return words ? `${words} ${prompt}` : prompt;
}
