/**
 * The guardrail gate in front of the model. It lives in the inference worker: every job's prompt
 * is checked here, by the worker itself, before any model call, and every decision is logged. A UI
 * that skipped its own checks would still be stopped here.
 */
import { auditEntry, characterTerms, checkWithLearned, createGuard, type AuditEntry, type Decision, type Guard, type LearnedCheck } from '../guardrails';
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

interface GateState {
  packs: LoadedPacks;
  guard: Guard;
  /** The verified characters' names and aliases, read as "character" by the learned check. */
  terms: string[];
}

/** Loads once; a failed load is tried again on the next call. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | null = null;
  return () =>
    (loaded ??= load().catch((e: unknown) => {
      loaded = null;
      throw e;
    }));
}

export class PolicyGate {
  private readonly state: () => Promise<GateState>;
  private learnedLoad: Promise<LearnedCheck> | null = null;
  private learnedFailureTold = false;

  /** `loadLearned` loads the learned check: the gate decides nothing without it (rules and classifier together). */
  constructor(
    loadPacks: () => Promise<LoadedPacks>,
    private readonly log: (entry: AuditEntry) => Promise<void>,
    private readonly loadLearned: () => Promise<LearnedCheck>,
  ) {
    this.state = once(async () => {
      const packs = await loadPacks();
      return { packs, guard: createGuard(packs.verified), terms: characterTerms(packs.verified) };
    });
  }

  /** The verified and refused packs (loaded and checked once). */
  async packs(): Promise<LoadedPacks> {
    // The learned check loads meanwhile, so the first prompt does not wait for it.
    this.startLearned();
    return (await this.state()).packs;
  }

  /** Decides on a prompt without logging it (live feedback while typing). */
  async preview(prompt: string, character: string | null): Promise<Decision> {
    return this.decide(await this.state(), prompt, character, false);
  }

  /**
   * Decides on a job's prompt and logs the decision; a blocked job never reaches the model.
   * `characterWords` is the model's own map of words that draw each character.
   */
  async admit(prompt: string, character: string | null, characterWords: Record<string, string[]>): Promise<Admission> {
    const state = await this.state();
    const { packs } = state;
    const decision = await this.decide(state, prompt, character, true);
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

  private startLearned(): Promise<LearnedCheck> {
    if (!this.learnedLoad) {
      this.learnedLoad = this.loadLearned();
      this.learnedLoad.catch(() => undefined); // answered to the next job
    }
    return this.learnedLoad;
  }

  /**
   * The learned check. The first load's failure is answered to the next job as it is (loading again
   * at once could only hide why, e.g. a damaged stored copy already dropped offline). Once a job has
   * been told, each job whose load failed loads it again: a later failure may be stale, like a live
   * preview's load that ran while the network was still off. Live previews never drop a failed load.
   */
  private async learned(forJob: boolean): Promise<LearnedCheck> {
    const load = this.startLearned();
    try {
      return await load;
    } catch (e) {
      if (!forJob) throw e;
      if (this.learnedLoad === load) this.learnedLoad = null;
      if (!this.learnedFailureTold) {
        this.learnedFailureTold = true;
        throw e;
      }
      return await this.startLearned();
    }
  }

  private async decide({ guard, terms }: GateState, prompt: string, character: string | null, forJob: boolean): Promise<Decision> {
    return checkWithLearned(guard, await this.learned(forJob), terms, prompt, character ?? undefined);
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
