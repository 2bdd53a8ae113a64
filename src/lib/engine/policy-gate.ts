/**
 * The guardrail gate in front of the model. It lives in the inference worker: every job's prompt
 * is checked here, by the worker itself, before any model call, and every decision is logged. A UI
 * that skipped its own checks would still be stopped here.
 */
import { auditEntry, createGuard, type AuditEntry, type Decision, type Guard } from '../guardrails';
import { modelWords } from '../models';
import type { LoadedPacks, VerifiedPack } from '../packs';

export interface Admission {
  decision: Decision;
  /** Attribution lines of the packs whose characters are in the clip (burned into every frame). */
  attribution: string[];
  /** What the model reads; see `conditioningFor`. */
  conditioning: string;
  /** Prompt words left out because they would draw a character the decision did not admit. */
  withheld: string[];
  /** False when the decision could not be written to the audit log in time (full, blocked or missing disk). */
  audited: boolean;
}

/** Audit writes wait at most this long: a blocked database (an old tab open) must not hang generation. */
const AUDIT_WAIT_MS = 2000;

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

  /**
   * Decides on a job's prompt and logs the decision; a blocked job never reaches the model.
   * `characterWords` is the model's own map of words that draw each character.
   */
  async admit(prompt: string, character: string | null, characterWords: Record<string, string[]>): Promise<Admission> {
    const { guard, packs } = await this.state();
    const decision = guard.check(prompt, character ? { character } : {});
    // A full, blocked or unavailable disk must not stop generation; the decision itself still holds,
    // and the job says it was not logged.
    const audited = await Promise.race([
      this.log(auditEntry(decision, decision.prompt, Date.now())).then(() => true, () => false),
      new Promise<boolean>((r) => setTimeout(() => r(false), AUDIT_WAIT_MS)),
    ]);
    const involved = decision.packs.map((p) => packs.verified.find((v) => v.manifest.id === p.id)).filter((v): v is VerifiedPack => !!v);
    const picked = character ? packs.verified.flatMap((p) => p.manifest.characters).find((c) => c.id === character) : undefined;
    return {
      decision,
      audited,
      attribution: involved.map((p) => p.manifest.attribution),
      ...conditioningFor(decision.prompt, decision.characters, characterWords, picked ? { id: picked.id, words: picked.conditioning } : null),
    };
  }

  private state(): Promise<{ packs: LoadedPacks; guard: Guard }> {
    this.loaded ??= this.loadPacks()
      .then((packs) => ({ packs, guard: createGuard(packs.verified) }))
      .catch((e: unknown) => {
        this.loaded = null; // let the next job try again
        throw e;
      });
    return this.loaded;
  }
}

/**
 * The text the model reads: the prompt's words minus every word the model ties to a character
 * the guardrails did not admit (a refused pack's character, or one the guard read as a common
 * noun, like "a fox"), plus the picked character's conditioning words when the prompt has none
 * of that character's words.
 */
export function conditioningFor(
  prompt: string,
  admitted: readonly string[],
  characterWords: Record<string, string[]>,
  picked: { id: string; words: string } | null,
): { conditioning: string; withheld: string[] } {
  const foreign = new Set(Object.entries(characterWords).flatMap(([id, words]) => (admitted.includes(id) ? [] : words)));
  const words = modelWords(prompt);
  const kept = words.filter((w) => !foreign.has(w));
  const withheld = words.filter((w) => foreign.has(w));
  const own = picked ? (characterWords[picked.id] ?? []) : [];
  const named = own.some((w) => kept.includes(w));
  return { conditioning: [...(picked && !named ? modelWords(picked.words) : []), ...kept].join(' '), withheld };
}
