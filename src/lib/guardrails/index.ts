/**
 * Guardrails: the policy check every prompt passes in the inference worker before any model call.
 * Pure TypeScript, synchronous: build a guard once per set of verified packs, then check prompts.
 *
 *   const guard = createGuard(verifiedPacks);
 *   const decision = guard.check(prompt, { character: 'pip' });
 *   if (!decision.allowed) show(decision.reason, decision.suggestion);
 */
export { createGuard, findNearMisses } from './engine';
export { auditEntry, type AuditEntry } from './audit';
export { LEARNED_RULE, MAX_CHECKED_LENGTH, POLICY_VERSION, PLATFORM_RULES, type PlatformRule } from './policy';
export type { Category, CheckOptions, Decision, Guard, GuardCharacter, Span, Violation } from './types';
export { visibleText, displayedText } from './visible';
export { characterTerms, checkWithLearned, classifierFeeds, learnedCheck, learnedScore, parseClassifierManifest, type ClassifierManifest, type LearnedCheck, type LearnedScore, type RunClassifier } from './learned';
