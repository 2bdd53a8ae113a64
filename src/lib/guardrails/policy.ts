/**
 * Platform policy: what no pack can allow. Rules are checked in this order after the licensors'
 * own character rules; the first one that matches is the one reported.
 */
import { ADVERTISING_TERMS, BRANDS } from './lists/brands';
import { ALCOHOL_TERMS, DRUG_SLANG_TERMS, DRUG_TERMS, TOBACCO_TERMS } from './lists/drugs';
import { HARASSMENT_TERMS, HATE_CODES, HATE_SYMBOLS, SLURS } from './lists/hate';
import { POLITICS_TERMS } from './lists/politics';
import { REAL_PEOPLE } from './lists/real-people';
import { SELF_HARM_TERMS } from './lists/self-harm';
import { SEXUAL_TERMS } from './lists/sexual';
import { THIRD_PARTY_CHARACTERS } from './lists/third-party';
import { GORE_DEATH_INJURY_TERMS, VIOLENT_ACT_TERMS, WEAPON_TERMS } from './lists/violence';
import { HORROR_TERMS, SUGGESTIVE_TERMS } from './lists/family';
import {
  ALCOHOL_KINDS_RULE,
  DRUGS_KINDS_RULE,
  HORROR_KINDS_RULE,
  INJURY_KINDS_RULE,
  POLITICS_KINDS_RULE,
  SEXUAL_KINDS_RULE,
  SUGGESTIVE_KINDS_RULE,
  TOBACCO_KINDS_RULE,
  WEAPONS_KINDS_RULE,
} from './lexicon';
import type { Category } from './types';

/** Bump when a rule, a list or the matching changes, so audit records say which policy decided. */
export const POLICY_VERSION = '2026.6.3';

/**
 * How list entries are matched: names exactly (typos only when long), terms with inflections and
 * typos; exact terms and lexicon terms (thousands, from WordNet) with inflections but no typos.
 */
export type ListKind = 'terms' | 'exact-terms' | 'names' | 'lexicon';

export interface PlatformRule {
  id: string;
  category: Category;
  terms: readonly string[];
  kind: ListKind;
  /** "{match}" is replaced by the prompt's own words, "{concept}" by " (a kind of sword)" (see `concepts`). */
  reason: string;
  /** What each term is (lexicon rules): "a kind of sword". */
  concepts?: Readonly<Record<string, string>>;
  suggestion?: string;
}

const CHARACTER_SUGGESTION = 'Try a scene with Kinora\'s licensed characters instead.';

export const REAL_PERSON_RULE: PlatformRule = {
  id: 'platform.real-person.name',
  category: 'real-person',
  terms: REAL_PEOPLE,
  kind: 'names',
  reason: 'Kinora can\'t show real people or their likeness ("{match}").',
  suggestion: CHARACTER_SUGGESTION,
};

/** "Paul Mescal": shaped like a person's name though no list has it (names.ts). */
export const REAL_PERSON_SHAPE_RULE: PlatformRule = {
  ...REAL_PERSON_RULE,
  id: 'platform.real-person.name-shape',
  terms: [],
  reason: '“{match}” looks like a real person\'s name: Kinora can\'t show real people or their likeness.',
};

/** "with Swift", "as Obama": a surname after a likeness phrase (surnames come from REAL_PEOPLE). */
export const LIKENESS_RULE: PlatformRule = { ...REAL_PERSON_RULE, id: 'platform.real-person.likeness', terms: [] };

/** Also reports VIOLENT_VERBS done to someone ("beats Gloop"), phrases the engine builds per pack. */
export const VIOLENT_ACTS_RULE: PlatformRule = {
  id: 'platform.violence.acts',
  category: 'violence',
  terms: VIOLENT_ACT_TERMS,
  kind: 'terms',
  reason: 'Kinora doesn\'t show violence.',
  suggestion: 'Try a friendly adventure instead.',
};

export const PLATFORM_RULES: readonly PlatformRule[] = [
  { id: 'platform.sexual', category: 'sexual', terms: SEXUAL_TERMS, kind: 'terms', reason: 'Kinora doesn\'t make sexual content or nudity.' },
  SEXUAL_KINDS_RULE,
  { id: 'platform.suggestive', category: 'suggestive', terms: SUGGESTIVE_TERMS, kind: 'exact-terms', reason: 'Kinora is family-friendly: no suggestive content.', suggestion: 'Try a cosy or funny scene instead.' },
  SUGGESTIVE_KINDS_RULE,
  {
    id: 'platform.self-harm',
    category: 'self-harm',
    terms: SELF_HARM_TERMS,
    kind: 'terms',
    reason: 'Kinora doesn\'t make content about self-harm or suicide.',
    suggestion: 'If you are having a hard time, please talk to someone you trust or a local helpline.',
  },
  { id: 'platform.hate.slur', category: 'hate', terms: SLURS, kind: 'terms', reason: 'Kinora doesn\'t allow slurs.' },
  { id: 'platform.hate.symbol', category: 'hate', terms: [...HATE_SYMBOLS, ...HATE_CODES], kind: 'terms', reason: 'Kinora doesn\'t show hate symbols, hate groups or hateful content.' },
  { id: 'platform.hate.harassment', category: 'hate', terms: HARASSMENT_TERMS, kind: 'terms', reason: 'Kinora doesn\'t make content that bullies or harasses anyone.' },
  { id: 'platform.violence.weapons', category: 'violence', terms: WEAPON_TERMS, kind: 'terms', reason: 'Kinora doesn\'t show weapons or war.', suggestion: 'Try a friendly adventure instead.' },
  VIOLENT_ACTS_RULE,
  { id: 'platform.violence.gore-death-injury', category: 'violence', terms: GORE_DEATH_INJURY_TERMS, kind: 'terms', reason: 'Kinora doesn\'t show gore, death or injury.', suggestion: 'Try a friendly adventure instead.' },
  WEAPONS_KINDS_RULE,
  INJURY_KINDS_RULE,
  { id: 'platform.horror', category: 'horror', terms: HORROR_TERMS, kind: 'exact-terms', reason: 'Kinora is family-friendly: no horror or disturbing imagery.', suggestion: 'Try a cosy or funny scene instead.' },
  HORROR_KINDS_RULE,
  REAL_PERSON_RULE,
  {
    id: 'platform.third-party-character',
    category: 'third-party-character',
    terms: THIRD_PARTY_CHARACTERS,
    kind: 'names',
    reason: '"{match}" belongs to another studio: Kinora can only show the characters it is licensed to show.',
    suggestion: CHARACTER_SUGGESTION,
  },
  { id: 'platform.drugs.drugs', category: 'drugs', terms: [...DRUG_TERMS, ...DRUG_SLANG_TERMS], kind: 'terms', reason: 'Kinora doesn\'t show drugs.' },
  { id: 'platform.drugs.alcohol', category: 'drugs', terms: ALCOHOL_TERMS, kind: 'terms', reason: 'Kinora doesn\'t show alcohol.', suggestion: 'Try juice or hot chocolate instead.' },
  { id: 'platform.drugs.tobacco', category: 'drugs', terms: TOBACCO_TERMS, kind: 'terms', reason: 'Kinora doesn\'t show tobacco, smoking or vaping.' },
  DRUGS_KINDS_RULE,
  ALCOHOL_KINDS_RULE,
  TOBACCO_KINDS_RULE,
  { id: 'platform.politics', category: 'politics', terms: POLITICS_TERMS, kind: 'terms', reason: 'Kinora doesn\'t make political or election content.' },
  POLITICS_KINDS_RULE,
  { id: 'platform.brands.brand', category: 'brands', terms: BRANDS, kind: 'names', reason: 'Kinora doesn\'t show brands or products ("{match}").', suggestion: 'Describe the thing without its brand name.' },
  { id: 'platform.brands.advertising', category: 'brands', terms: ADVERTISING_TERMS, kind: 'terms', reason: 'Kinora doesn\'t make advertising.' },
];

/** Crossover and no-character rule ids, built from pack ids. */
export const crossoverRuleId = (packId: string) => `crossover.${packId}`;
export const NO_CHARACTER_RULE = 'platform.no-character';
export const TOO_LONG_RULE = 'platform.too-long';
/** A prompt in another language (language.ts): refused unread, since nothing downstream reads it. */
export const NOT_ENGLISH_RULE = 'platform.not-english';
/** The learned classifier's block (learned.ts): the decision's `learned` holds the score. */
export const LEARNED_RULE = 'platform.learned';
/** Another studio's character described by what it is and its trademarks (lists/signatures.ts). */
export const DESCRIBED_CHARACTER_RULE = 'platform.third-party-character.described';
/** A brand described by its logo or trademark without its name (lists/signatures.ts). */
export const DESCRIBED_BRAND_RULE = 'platform.brands.described';
/** A real person described by what they are known for, without their name (lists/signatures.ts). */
export const DESCRIBED_PERSON_RULE = 'platform.real-person.described';
/**
 * The guard reads prompts up to this many visible characters and refuses longer ones unread, so a
 * check stays fast whatever it is given (generation itself takes far shorter prompts).
 */
export const MAX_CHECKED_LENGTH = 1000;
export const UNKNOWN_CHARACTER_RULE = 'platform.unknown-character';
