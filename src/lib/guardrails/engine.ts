/**
 * The guard: one index per set of verified packs, then a synchronous check per prompt.
 *
 * Order of checks (the first violation found is reported, all are listed):
 *   1. the licensors' rules for every character in the prompt or selected,
 *   2. platform policy (PLATFORM_RULES order),
 *   3. crossover between licensors,
 *   4. a character must be selected or named: the bundled model only draws licensed characters,
 *      so a prompt without one is refused with category "no-character".
 */
import type { PackCharacter, PackRule, VerifiedPack } from '../packs/types';
import { COMMON_WORD_SURNAMES, LIKENESS_PREFIXES, REAL_PEOPLE } from './lists/real-people';
import { BENIGN_PHRASES, TABLEWARE_WORDS } from './lists/allowlist';
import { NEAR_MISSES, REAL_WORD_FORMS, SPLIT_NEAR_MISSES } from './lists/near-misses';
import { CAPITALISED_NAMES, EVERYDAY_THING_NAMES } from './lists/third-party';
import { VIOLENCE_TARGETS, VIOLENT_VERBS } from './lists/violence';
import { MIN_FUZZY_LENGTH, PhraseIndex, type Entry, type EntryOptions, type Match } from './match';
import { normalisePrompt, termWords, type Token } from './normalise';
import {
  DESCRIBED_BRAND_RULE,
  DESCRIBED_CHARACTER_RULE,
  DESCRIBED_PERSON_RULE,
  LEARNED_RULE,
  LIKENESS_RULE,
  MAX_CHECKED_LENGTH,
  NO_CHARACTER_RULE,
  TOO_LONG_RULE,
  NOT_ENGLISH_RULE,
  PLATFORM_RULES,
  POLICY_VERSION,
  REAL_PERSON_RULE,
  REAL_PERSON_SHAPE_RULE,
  UNKNOWN_CHARACTER_RULE,
  VIOLENT_ACTS_RULE,
  crossoverRuleId,
  type PlatformRule,
} from './policy';
import type { Category, CheckOptions, Decision, Guard, GuardCharacter, Span, Violation } from './types';
import { findPersonNames } from './names';
import { describedThings } from './signatures';
import { nearbyMatches } from './nearby';
import { displayedText, visibleText } from './visible';
import { characterTerms, type LearnedCategory, type LearnedScore } from './learned';
import { maskedWords } from './features';
import { readsAsEnglish } from './language';

interface CharacterRef {
  character: PackCharacter;
  pack: VerifiedPack;
}

type Tag =
  /** `term` is the list word matched, for rules that explain each term (lexicon rules). */
  | { kind: 'platform'; rule: PlatformRule; term?: string }
  | { kind: 'surname' }
  | { kind: 'likeness-prefix' }
  | { kind: 'alias'; ref: CharacterRef }
  | { kind: 'character-rule'; ref: CharacterRef; rule: PackRule }
  | { kind: 'benign' };

const TERM_OPTIONS: EntryOptions = { inflect: true, fuzzyMinLength: MIN_FUZZY_LENGTH };
/** Names are proper nouns: no inflections, and typos only on long words ("Mario" vs "Maria"). */
const NAME_OPTIONS: EntryOptions = { inflect: false, fuzzyMinLength: 6 };
const CAPITALISED_NAME_OPTIONS: EntryOptions = { ...NAME_OPTIONS, capitalisedLast: true };
const ALIAS_OPTIONS: EntryOptions = { inflect: false, fuzzyMinLength: MIN_FUZZY_LENGTH };
const PHRASE_OPTIONS: EntryOptions = { inflect: true };
const VERB_TARGET_OPTIONS: EntryOptions = { inflect: true, oneClause: true };
/** Words with many real neighbours one typo away, and thousands of WordNet words: inflections only. */
const EXACT_OPTIONS: EntryOptions = { inflect: true };
const LEXICON_OPTIONS = EXACT_OPTIONS;

/** Before an alias, these make it a common noun ("tightens a bolt", "a shooting star"), not a name. */
const INDEFINITE = new Set(['a', 'an', 'another', 'some', 'any', 'every', 'each']);
const NAME_CATEGORIES = new Set(['real-person', 'third-party-character']);

const key = (phrase: string) => termWords(phrase).join(' ');
const capitalisedNames = new Set(CAPITALISED_NAMES.map(key));
const everydayThingNames = new Set(EVERYDAY_THING_NAMES.map(key));
const tableware = new Set(TABLEWARE_WORDS);

function listNames(names: string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Surnames matched after likeness prefixes: last words of full names that aren't everyday words. */
function likenessSurnames(aliasKeys: ReadonlySet<string>): string[] {
  const common = new Set(COMMON_WORD_SURNAMES);
  const surnames = new Set<string>();
  for (const name of REAL_PEOPLE) {
    // Descriptions ("founder of amazon", "host who gives away cars") are written in lower case: their last word is no surname.
    if (/^\p{Ll}/u.test(name)) continue;
    const words = termWords(name);
    const last = words.at(-1)!;
    if (words.length > 1 && last.length >= 4 && !common.has(last) && !aliasKeys.has(last)) surnames.add(last);
  }
  return [...surnames];
}

/** "the Obamas", "the Kennedys": a family by its surname. */
const familyOf = (surname: string) => `the ${surname}${/(s|x|z|ch|sh)$/.test(surname) ? 'es' : 's'}`;

/** What a prompt may describe without naming it (signatures.ts), and how each is refused. */
const DESCRIBED = [
  {
    key: 'character',
    category: 'third-party-character',
    rule: DESCRIBED_CHARACTER_RULE,
    reason: (name: string) => `This describes ${name}, a character of another studio: Kinora can only show the characters it is licensed to show.`,
    suggestion: "Try a scene with Kinora's licensed characters instead.",
  },
  { key: 'brand', category: 'brands', rule: DESCRIBED_BRAND_RULE, reason: (name: string) => `This describes ${name}: Kinora doesn't show brands or products, named or not.`, suggestion: 'Describe the thing without its brand.' },
  { key: 'person', category: 'real-person', rule: DESCRIBED_PERSON_RULE, reason: (name: string) => `This describes ${name}: Kinora can't show real people or their likeness.`, suggestion: "Try a scene with Kinora's licensed characters instead." },
] as const satisfies readonly { key: keyof ReturnType<typeof describedThings>; category: Category; rule: string; reason: (name: string) => string; suggestion: string }[];

/** One tag per alias, rule and kind: a phrase reached two ways ("machine gun", "machinegun") is one match. */
function buildEntries(refs: CharacterRef[]): Entry<Tag>[] {
  const entries: Entry<Tag>[] = [];
  const aliasKeys = new Set<string>();
  const targets = new Set(VIOLENCE_TARGETS);
  for (const ref of refs) {
    const { character } = ref;
    const alias: Tag = { kind: 'alias', ref };
    for (const name of new Set([character.id, character.name, ...character.aliases])) {
      aliasKeys.add(key(name));
      targets.add(name).add(`the ${name}`);
      entries.push({ phrase: name, value: alias, options: ALIAS_OPTIONS });
    }
    for (const rule of character.rules) {
      const value: Tag = { kind: 'character-rule', ref, rule };
      for (const term of rule.terms) entries.push({ phrase: term, value, options: TERM_OPTIONS });
    }
  }
  const platform = new Map(PLATFORM_RULES.map((rule): [PlatformRule, Tag] => [rule, { kind: 'platform', rule }]));
  // A word the curated lists already have is reported by them, with their wording, not twice.
  const curated = new Set(PLATFORM_RULES.filter((r) => r.kind !== 'lexicon').flatMap((r) => r.terms.map(key)));
  for (const [rule, value] of platform) {
    const nameOptions = (term: string) => (capitalisedNames.has(key(term)) ? CAPITALISED_NAME_OPTIONS : NAME_OPTIONS);
    // A licensed character's name is never someone else's: Disney's "Bolt" can't shadow Kinora's.
    for (const term of rule.terms) {
      if (aliasKeys.has(key(term))) continue;
      if (rule.kind === 'lexicon') {
        if (!curated.has(key(term))) entries.push({ phrase: term, value: { kind: 'platform', rule, term }, options: LEXICON_OPTIONS });
      } else entries.push({ phrase: term, value, options: rule.kind === 'names' ? nameOptions(term) : rule.kind === 'exact-terms' ? EXACT_OPTIONS : TERM_OPTIONS });
    }
  }
  // "beats Gloop", "punches him": violent only when done to someone.
  const violentAct = platform.get(VIOLENT_ACTS_RULE)!;
  for (const verb of VIOLENT_VERBS) for (const target of targets) entries.push({ phrase: `${verb} ${target}`, value: violentAct, options: VERB_TARGET_OPTIONS });
  const surname: Tag = { kind: 'surname' };
  for (const name of likenessSurnames(aliasKeys)) {
    entries.push({ phrase: name, value: surname, options: { inflect: false, capitalisedLast: true } });
    entries.push({ phrase: familyOf(name), value: platform.get(REAL_PERSON_RULE)!, options: { inflect: false, capitalisedLast: true } });
  }
  const prefix: Tag = { kind: 'likeness-prefix' };
  for (const phrase of LIKENESS_PREFIXES) entries.push({ phrase, value: prefix, options: { inflect: false } });
  const benign: Tag = { kind: 'benign' };
  for (const phrase of BENIGN_PHRASES) entries.push({ phrase, value: benign, options: PHRASE_OPTIONS });
  return entries;
}

const spanOf = (prompt: string, m: { start: number; end: number }): Span => ({ start: m.start, end: m.end, text: prompt.slice(m.start, m.end) });

const characterRefs = (packs: readonly VerifiedPack[]): CharacterRef[] =>
  packs.flatMap((pack) => pack.manifest.characters.map((character) => ({ character, pack })));

/**
 * Maintenance: the words of a dictionary that typo or doubled-letter matching would take for a list
 * word ("shouts" for "shoots", "inn" for "in"). Their list is lists/near-misses.ts; regenerate it
 * after changing lists.
 */
export function findNearMisses(packs: readonly VerifiedPack[], dictionary: readonly string[]): string[] {
  const index = new PhraseIndex(buildEntries(characterRefs(packs)), []);
  return dictionary.filter((w) => /^[a-z]+$/.test(w) && (index.typoTargets(w).size > 0 || index.doubledTargets(w).length > 0));
}

export function createGuard(packs: readonly VerifiedPack[]): Guard {
  const refs = characterRefs(packs);
  const byId = new Map(refs.map((r) => [r.character.id, r]));
  const index = new PhraseIndex(buildEntries(refs), [...NEAR_MISSES, ...SPLIT_NEAR_MISSES], new Set(REAL_WORD_FORMS));
  const characters: GuardCharacter[] = refs.map(({ character, pack }) => ({ id: character.id, name: character.name, packId: pack.manifest.id }));
  const names = characterTerms(packs);

  /**
   * Decides on the prompt as given (spans index into it; invisible characters are folded away by
   * the normaliser), and also on the text as displayed when bidi overrides reorder it. The decision
   * carries the visible text, which is what the model reads and the record keeps.
   */
  function check(raw: string, options: CheckOptions = {}): Decision {
    const prompt = visibleText(raw);
    if (prompt.length > MAX_CHECKED_LENGTH) return tooLong(prompt);
    if (!readsAsEnglish(maskedWords(prompt, names).filter((w) => w !== 'character'))) return notEnglish(prompt);
    const { learned } = options;
    const decided = withLearned(rules(raw, prompt, options), learned);
    return learned ? { ...decided, learned } : decided;
  }

  /** The rules' decision on the prompt as given and, when bidi overrides reorder it, as displayed. */
  function rules(raw: string, prompt: string, options: CheckOptions): Decision {
    const decision = { prompt, ...decide(raw, options) };
    const displayed = displayedText(raw);
    if (!decision.allowed || displayed === prompt) return decision;
    const hidden = decide(displayed, options);
    if (hidden.allowed) return decision;
    const note = ` Right-to-left control characters in the prompt display it as: “${displayed}”.`;
    return { ...hidden, prompt, span: null, reason: hidden.reason + note, violations: hidden.violations.map((v) => ({ ...v, span: null })) };
  }

  function decide(prompt: string, options: CheckOptions): Omit<Decision, 'prompt'> {
    const normalised = normalisePrompt(prompt);
    const { tokens } = normalised;
    const all = index.find(normalised);
    // A blocked word strictly inside a benign phrase ("bomb" in "bath bomb") is not blocked; a
    // list term that spells out the whole phrase (Nova's "shooting star") still is.
    const benign = all.filter((m) => m.value.kind === 'benign');
    const insideBenign = (m: Match<Tag>) => benign.some((b) => b.start <= m.start && m.end <= b.end && b.end - b.start > m.end - m.start);
    // Earliest first, longest first at one place: the span reported is the whole "k.i.l.l.e.r".
    const words = tokens.map((t) => t.readings[0]!);
    const setsATable = words.some((w) => tableware.has(w));
    const matchedKey = (m: Match<Tag>) => words.slice(m.from, m.to).join(' ');
    // "a big bird", "knives in a wooden block": a thing here, not the name or the weapon.
    const isEverydayThing = (m: Match<Tag>) =>
      (m.value.kind === 'platform' && everydayThingNames.has(matchedKey(m)) && isCommonNoun(m, tokens, prompt)) ||
      (setsATable && /^kni(fe|ves)$/.test(matchedKey(m)));
    const matches = all.filter((m) => m.value.kind !== 'benign' && !insideBenign(m) && !isEverydayThing(m)).sort((a, b) => a.start - b.start || b.end - a.end);

    const names = matches.filter((m) => m.value.kind === 'platform' && NAME_CATEGORIES.has(m.value.rule.category));
    const involved = new Map<string, CharacterRef>();
    const selected = options.character === undefined ? undefined : byId.get(options.character);
    if (selected) involved.set(selected.character.id, selected);
    for (const m of matches) {
      if (m.value.kind !== 'alias' || isCommonNoun(m, tokens, prompt)) continue;
      if (names.some((n) => n.start < m.end && m.start < n.end)) continue; // "Usain Bolt", "Star Fox"
      involved.set(m.value.ref.character.id, m.value.ref);
    }

    const violations: Violation[] = [];
    for (const m of matches) {
      if (m.value.kind !== 'character-rule' || !involved.has(m.value.ref.character.id)) continue;
      const { rule } = m.value;
      violations.push({ category: 'character-rule', rule: rule.id, span: spanOf(prompt, m), reason: rule.reason, ...(rule.suggestion && { suggestion: rule.suggestion }) });
    }
    violations.push(...platformViolations(prompt, matches));
    // Words inside a benign phrase ("body board", "vote for the best") take no part in word pairs either.
    const pairWords = words.map((w, i) => (benign.some((b) => b.from <= i && i < b.to) ? '' : w));
    for (const { id, category, reason, suggestion } of nearbyMatches(pairWords)) violations.push({ category, rule: id, span: null, reason, suggestion });
    const things = describedThings(words);
    for (const kind of DESCRIBED) {
      const found = things[kind.key];
      if (found) violations.push({ category: kind.category, rule: kind.rule, span: null, reason: kind.reason(found.name), suggestion: kind.suggestion });
    }
    // Names no list has, by their shape; anything a rule or an alias already matched is not a stranger.
    const taken = (from: number, to: number) => all.some((m) => m.from < to && from < m.to);
    for (const n of findPersonNames(prompt, tokens, taken)) violations.push(ruleViolation(prompt, REAL_PERSON_SHAPE_RULE, n));
    violations.push(...crossoverViolations(involved));
    if (options.character !== undefined && !selected) {
      violations.push({
        category: 'no-character',
        rule: UNKNOWN_CHARACTER_RULE,
        span: null,
        reason: `No verified character pack provides the character "${options.character}".`,
        suggestion: pickSuggestion(),
      });
    } else if (involved.size === 0) {
      violations.push({
        category: 'no-character',
        rule: NO_CHARACTER_RULE,
        span: null,
        reason: refs.length
          ? 'Pick a character first: Kinora only draws its licensed characters.'
          : 'No verified character packs are available, so there is no character to draw.',
        suggestion: pickSuggestion(),
      });
    }

    const first = violations[0];
    const involvedPacks = [...new Set([...involved.values()].map((r) => r.pack))];
    return {
      allowed: first === undefined,
      category: first?.category ?? null,
      rule: first?.rule ?? null,
      span: first?.span ?? null,
      reason: first?.reason ?? '',
      ...(first?.suggestion && { suggestion: first.suggestion }),
      characters: [...involved.keys()],
      packs: involvedPacks.map((p) => ({ id: p.manifest.id, version: p.manifest.version })),
      policyVersion: POLICY_VERSION,
      violations,
    };
  }

  function tooLong(prompt: string): Decision {
    return refusedUnread(prompt, 'too-long', TOO_LONG_RULE, `Kinora checks prompts of up to ${MAX_CHECKED_LENGTH} characters; this one has ${prompt.length}.`, 'Shorten it to one short scene.');
  }

  function notEnglish(prompt: string): Decision {
    return refusedUnread(prompt, 'language', NOT_ENGLISH_RULE, "Kinora reads prompts in English only: its content rules and its model don't know this language's words.", 'Describe the scene in English.');
  }

  /** A refusal of the whole prompt before any rule reads it: no span, no characters. */
  function refusedUnread(prompt: string, category: Category, rule: string, reason: string, suggestion: string): Decision {
    const violation: Violation = { category, rule, span: null, reason, suggestion };
    return { prompt, allowed: false, category, rule, span: null, reason, suggestion, characters: [], packs: [], policyVersion: POLICY_VERSION, violations: [violation] };
  }

  function pickSuggestion(): string | undefined {
    return refs.length ? `Select a character, or name one in your prompt: ${listNames(refs.map((r) => r.character.name))}.` : undefined;
  }

  return { check, characters };
}

/**
 * "a bolt", "an orange fox", "a shooting star": a thing, not the character (unless capitalised).
 * The article must be in the same phrase: in "an animation: pip walks left" pip is the character.
 */
function isCommonNoun(m: Match<Tag>, tokens: Token[], prompt: string): boolean {
  const at = tokens[m.from]!;
  if (at.capitalised) return false;
  return [tokens[m.from - 1], tokens[m.from - 2]].some((t) => t !== undefined && INDEFINITE.has(t.readings[0]!) && !PHRASE_BREAK.test(prompt.slice(t.end, at.start)));
}
const PHRASE_BREAK = /[:;,.!?()[\]]/;

/** The rules' decision with the learned layer's block added after every rule's (reported when no rule matched). */
function withLearned(decision: Decision, learned: LearnedScore | undefined): Decision {
  if (!learned?.blocked) return decision;
  const violation = learnedViolation(learned);
  if (!decision.allowed) return { ...decision, violations: [...decision.violations, violation] };
  const { category, rule, span, reason, suggestion } = violation;
  return { ...decision, allowed: false, category, rule, span, reason, ...(suggestion && { suggestion }), violations: [violation] };
}

/** The learned layer's block: no one word to point at, so its category's own reason and the score. */
function learnedViolation(learned: LearnedScore): Violation {
  const rule = PLATFORM_RULES.find((r) => r.category === learned.category);
  const reason = `Kinora's learned check reads this as ${LEARNED_READS[learned.category]} (score ${learned.score.toFixed(2)}; it refuses from ${learned.threshold.toFixed(2)}), even without a listed word.`;
  return { category: learned.category, rule: LEARNED_RULE, span: null, reason, ...(rule?.suggestion && { suggestion: rule.suggestion }) };
}

const LEARNED_READS: Record<LearnedCategory, string> = {
  sexual: 'sexual or suggestive',
  violence: 'violent',
  horror: 'horror or disturbing imagery',
  hate: 'hateful or mocking a group',
  'self-harm': 'about self-harm',
  drugs: 'about drugs, alcohol or tobacco',
};

/** A platform rule's violation at `m`, its reason filled in with the prompt's words (and the term's concept). */
function ruleViolation(prompt: string, rule: PlatformRule, m: { start: number; end: number }, term?: string): Violation {
  const span = spanOf(prompt, m);
  const concept = term && rule.concepts?.[term];
  const reason = rule.reason.replace('{match}', span.text).replace('{concept}', concept ? ` (${concept})` : '');
  return { category: rule.category, rule: rule.id, span, reason, ...(rule.suggestion && { suggestion: rule.suggestion }) };
}

function platformViolations(prompt: string, matches: Match<Tag>[]): Violation[] {
  const violations: Violation[] = [];
  const violation = (rule: PlatformRule, m: { start: number; end: number }, term?: string) => ruleViolation(prompt, rule, m, term);
  for (const rule of PLATFORM_RULES) {
    for (const m of matches) if (m.value.kind === 'platform' && m.value.rule === rule) violations.push(violation(rule, m, m.value.term));
    // Likeness ("with Swift") is reported where full names are.
    if (rule === REAL_PERSON_RULE) {
      for (const prefix of matches) {
        if (prefix.value.kind !== 'likeness-prefix') continue;
        const surname = matches.find((m) => m.value.kind === 'surname' && m.from === prefix.to);
        if (surname) violations.push(violation(LIKENESS_RULE, { start: prefix.start, end: surname.end }));
      }
    }
  }
  return violations;
}

function crossoverViolations(involved: Map<string, CharacterRef>): Violation[] {
  const packs = [...new Set([...involved.values()].map((r) => r.pack))];
  const licensors = new Set(packs.map((p) => p.manifest.licensor.id));
  if (licensors.size < 2) return [];
  return packs
    .filter((p) => p.manifest.crossover === 'never')
    .map((p) => {
      const names = listNames(p.manifest.characters.map((c) => c.name));
      return {
        category: 'crossover' as const,
        rule: crossoverRuleId(p.manifest.id),
        span: null,
        reason: `${p.trustedLicensor} doesn't allow ${names} to appear with other studios' characters.`,
        suggestion: `Try ${names} on their own.`,
      };
    });
}
