import type { LearnedScore } from './learned';

/** Stable category ids: the UI, the audit log and tests branch on these. */
export type Category =
  | 'sexual'
  /** Family-friendly platform: suggestive framing, underwear, undressing. */
  | 'suggestive'
  /** Family-friendly platform: horror and disturbing imagery. */
  | 'horror'
  | 'violence'
  | 'hate'
  | 'self-harm'
  | 'real-person'
  | 'third-party-character'
  | 'drugs'
  | 'politics'
  | 'brands'
  | 'character-rule'
  | 'crossover'
  | 'no-character'
  /** Longer than the guard reads (see MAX_CHECKED_LENGTH): refused unread. */
  | 'too-long'
  /** Not in English, the only language the guard and the model read (language.ts). */
  | 'language';

/** A stretch of the original prompt: UTF-16 offsets [start, end) and the text there. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Violation {
  category: Category;
  /** Stable rule id: "platform.violence.weapons", "pip.weapons", "crossover.pond-pals". */
  rule: string;
  /** Where in the prompt, when one place is to blame (crossover and no-character have none). */
  span: Span | null;
  /** Meant for the person who typed the prompt. */
  reason: string;
  suggestion?: string;
}

export interface Decision {
  /** The prompt as checked: invisible characters stripped (see visible.ts). Spans refer to it. */
  prompt: string;
  allowed: boolean;
  /** The first violation's category and rule (null when allowed). */
  category: Category | null;
  rule: string | null;
  span: Span | null;
  /** Empty when allowed. */
  reason: string;
  suggestion?: string;
  /** Character ids in the prompt or selected, selected first. */
  characters: string[];
  /** Packs of those characters. */
  packs: { id: string; version: string }[];
  policyVersion: string;
  /** Every violation found, the reported one first. */
  violations: Violation[];
  /** What the learned check said, when it ran (absent for prompts refused unread, and where it was not given). */
  learned?: LearnedScore;
}

export interface CheckOptions {
  /** Character id picked in the UI (or with --character). */
  character?: string;
  /** The learned check's verdict on this prompt (learned.ts): blocks when `blocked`, and is recorded. */
  learned?: LearnedScore;
}

export interface GuardCharacter {
  id: string;
  name: string;
  packId: string;
}

export interface Guard {
  /** Decides on one prompt; synchronous, a few milliseconds. */
  check(prompt: string, options?: CheckOptions): Decision;
  /** The characters of the verified packs, in pack order. */
  readonly characters: readonly GuardCharacter[];
}
