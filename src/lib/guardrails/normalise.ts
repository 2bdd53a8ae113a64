/**
 * Prompt normalisation: turns a prompt into word tokens that remember where they came from in the
 * original text, undoing the usual disguises: compatibility forms (NFKC), invisible characters,
 * accents, look-alike letters, leetspeak and letters split by spaces or punctuation.
 */
import { foldLookAlike } from './confusables';
import { EMOJI_WORDS } from './lists/emoji';

export interface Token {
  /** Normalised spellings this token may stand for: the literal one first, then leetspeak readings. */
  readings: string[];
  /** UTF-16 offsets of the token in the original prompt. */
  start: number;
  end: number;
  /** The original token starts with a capital letter (names, sentence starts). */
  capitalised: boolean;
  /** A comma, full stop or other clause mark stands between this token and the one before. */
  afterClauseBreak: boolean;
}

/**
 * Tokens read as one word: split single letters ("g u n", "k.i.l.l") or two or three chunks of a
 * word ("gu n", "sw-ord", "Bat-man"): tokens [from, to).
 */
export interface JoinedRun {
  from: number;
  to: number;
  readings: string[];
  /** The joined tokens' literal spellings, space-separated ("pen is"): real word pairs are left alone. */
  words: string;
  /** The run spans every letter of its sequence (not a part of it): fuzzy matching applies. */
  whole: boolean;
}

export interface NormalisedPrompt {
  tokens: Token[];
  joined: JoinedRun[];
}

/** Leetspeak: what a digit or symbol may stand for. Ambiguous ones list every reading. */
const LEET: Record<string, string[]> = {
  '0': ['o'], '1': ['i', 'l'], '3': ['e'], '4': ['a'], '5': ['s'], '6': ['g', 'b'], '7': ['t'], '8': ['b'], '9': ['g'],
  '@': ['a'], '$': ['s'], '!': ['i'], '|': ['l', 'i'], '€': ['e'],
};
/** Caps the spellings tried for one token, so a token full of 1s and |s stays cheap. */
const MAX_READINGS = 16;
/** Longest word read from split letters: every window of a longer run is tried, up to this long. */
const MAX_JOINED_LETTERS = 24;
const MIN_JOINED_LETTERS = 3;
/** Chunks of one word ("sw-ord", "gu n") are re-joined two or three at a time. */
const MAX_JOINED_CHUNKS = 3;
/** What may separate the chunks of one word: no commas, apostrophes or line breaks ("Pip's ex"). */
const CHUNK_GAP = /^[-._ \t]+$/;
/** A masked letter inside a word ("sw*rd", "g#n"): stands for any one letter. */
export const MASK = '*';
const MASKS = new Set(['*', '#']);
/** Marks that end a clause: "lo-fi beats, Nova sits" is not "beats Nova". */
const CLAUSE_MARKS = new Set([',', '.', ';', ':', '!', '?']);

const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const MARKS = /\p{M}/gu;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}/u;

/** One original code point in normalised form: '' for invisible characters, maybe several letters ("ﬁ"). */
function foldCodePoint(cp: string): string {
  if (IGNORABLE.test(cp)) return '';
  let out = '';
  for (const ch of cp.normalize('NFKC').normalize('NFD').replace(MARKS, '')) out += foldLookAlike(ch);
  return out.toLowerCase();
}

interface FoldedChar {
  ch: string;
  start: number;
  end: number;
}

function foldPrompt(prompt: string): FoldedChar[] {
  const out: FoldedChar[] = [];
  for (let i = 0; i < prompt.length; ) {
    const cp = String.fromCodePoint(prompt.codePointAt(i)!);
    const end = i + cp.length;
    // An emoji that stands for a word is that word, spaced off from its neighbours ("a🔫🔫").
    const word = EMOJI_WORDS[cp];
    for (const ch of word === undefined ? foldCodePoint(cp) : ` ${word} `) out.push({ ch, start: i, end });
    i = end;
  }
  return out;
}

const isLeetSymbol = (ch: string) => ch in LEET && !WORD_CHAR.test(ch);

/** Every combination of per-character options, in order, at most MAX_READINGS of them. */
function spellings(options: string[][]): string[] {
  let out = [''];
  for (const opts of options) {
    const next: string[] = [];
    for (const prefix of out) for (const o of opts) if (next.length < MAX_READINGS) next.push(prefix + o);
    out = next;
  }
  return out;
}

/** The literal spelling, plus leetspeak readings when letters are mixed with digits or symbols. */
function readingsOf(chars: string[]): string[] {
  const literal = chars.join('');
  const hasLetter = chars.some((c) => LETTER.test(c));
  const hasLeet = chars.some((c) => c in LEET);
  if (!hasLetter || !hasLeet) return [literal];
  return [...new Set([literal, ...spellings(chars.map((c) => LEET[c] ?? [c]))])];
}

function tokenise(prompt: string, folded: FoldedChar[]): { tokens: Token[]; chars: string[][] } {
  const tokens: Token[] = [];
  const chars: string[][] = [];
  let current: FoldedChar[] = [];
  let clauseBreak = false;
  const flush = () => {
    if (current.length === 0) return;
    const text = current.map((c) => c.ch);
    const start = current[0]!.start;
    tokens.push({ readings: readingsOf(text), start, end: current.at(-1)!.end, capitalised: UPPER.test(prompt.slice(start)), afterClauseBreak: clauseBreak && tokens.length > 0 });
    chars.push(text);
    current = [];
    clauseBreak = false;
  };
  folded.forEach((c, i) => {
    const next = folded[i + 1]?.ch;
    // A symbol belongs to the word only when more of the word follows ("k!ll", "$ex"), so a
    // trailing "!" stays punctuation.
    const inWord = WORD_CHAR.test(c.ch) || (isLeetSymbol(c.ch) && next !== undefined && (WORD_CHAR.test(next) || isLeetSymbol(next)));
    if (inWord) current.push(c);
    else if (MASKS.has(c.ch) && current.length > 0 && next !== undefined && WORD_CHAR.test(next)) current.push({ ...c, ch: MASK });
    else {
      flush();
      if (CLAUSE_MARKS.has(c.ch)) clauseBreak = true;
    }
  });
  flush();
  return { tokens, chars };
}

/** Runs of single-character tokens with enough letters to be a split word, on one line. */
function joinSplitLetters(prompt: string, tokens: Token[], chars: string[][]): JoinedRun[] {
  const runs: JoinedRun[] = [];
  const isSingle = (i: number) => chars[i]!.length === 1 && (LETTER.test(chars[i]![0]!) || chars[i]![0]! in LEET);
  for (let i = 0; i < tokens.length; ) {
    if (!isSingle(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && isSingle(j) && !/\n/.test(prompt.slice(tokens[j - 1]!.end, tokens[j]!.start))) j++;
    const singles = chars.slice(i, j).map(([c]) => c!);
    const options = singles.map((c) => (LETTER.test(c) ? [c] : LEET[c]!));
    // Every window, however long the run: padding ("a a a … g u n") can't push a word out of reach.
    for (let from = 0; from < singles.length; from++) {
      for (let to = from + MIN_JOINED_LETTERS; to <= Math.min(singles.length, from + MAX_JOINED_LETTERS); to++) {
        // "1 2 3" is a count, not a word: a split word has at least two real letters.
        if (singles.slice(from, to).filter((c) => LETTER.test(c)).length < 2) continue;
        runs.push({ from: i + from, to: i + to, readings: spellings(options.slice(from, to)), words: singles.slice(from, to).join(' '), whole: from === 0 && to === singles.length });
      }
    }
    i = j;
  }
  return runs;
}

/**
 * Two or three neighbouring tokens, at least one of them longer than a letter, joined by hyphens,
 * dots, underscores or spaces ("sw-ord", "gu n", "Pika chu"). Only exact and inflected matches
 * count (`whole` is false): a fuzzy match of two real words glued together is too easy.
 */
function joinChunks(prompt: string, tokens: Token[]): JoinedRun[] {
  const runs: JoinedRun[] = [];
  const gap = (i: number) => prompt.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? prompt.length);
  // A join starts and ends where words do: "Pip's ex" is not "s ex".
  const boundary = (i: number) => i === 0 || i === tokens.length || /\s/.test(gap(i)) || CHUNK_GAP.test(gap(i));
  for (let from = 0; from < tokens.length; from++) {
    if (!boundary(from)) continue;
    for (let to = from + 2; to <= Math.min(tokens.length, from + MAX_JOINED_CHUNKS); to++) {
      if (!CHUNK_GAP.test(gap(to - 1))) break;
      if (!boundary(to)) continue;
      const parts = tokens.slice(from, to);
      if (parts.every((t) => t.readings[0]!.length === 1)) continue; // split letters: joinSplitLetters
      runs.push({ from, to, readings: spellings(parts.map((t) => t.readings)), words: parts.map((t) => t.readings[0]!).join(' '), whole: false });
    }
  }
  return runs;
}

export function normalisePrompt(prompt: string): NormalisedPrompt {
  const { tokens, chars } = tokenise(prompt, foldPrompt(prompt));
  return { tokens, joined: [...joinSplitLetters(prompt, tokens, chars), ...joinChunks(prompt, tokens)] };
}

/** ASCII words and single spaces: what most list terms are, and what normalising only lower-cases. */
const PLAIN_TERM = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * The words of a list term or alias, normalised like a prompt (literal spellings only). Plain
 * terms skip the normaliser: building the guard reads terms ~18,000 times (~7,900 distinct), and
 * folding each one char by char took ~40 % of building it.
 */
export function termWords(term: string): string[] {
  if (PLAIN_TERM.test(term)) return term.toLowerCase().split(' ');
  return tokenise(term, foldPrompt(term)).tokens.map((t) => t.readings[0]!);
}

/** Collapses repeated letters ("guuuun" -> "gun"). */
export function squeeze(word: string): string {
  // Most words have no run: found by a scan, they are returned without a regex replace (the
  // guard squeezes every form of every list word at start-up). Surrogates go to the regex.
  for (let i = 0, previous = -1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === previous || code >= 0xd800) return word.replace(/(.)\1+/gu, '$1');
    previous = code;
  }
  return word;
}

/** Three or more of the same letter in a row: no English word does that, evaders do. */
export function hasStretchedLetters(word: string): boolean {
  return /(.)\1\1/u.test(word);
}
