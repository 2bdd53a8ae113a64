/**
 * Phrase matching on token boundaries. List phrases are split into words and stored in a word
 * trie; each prompt token is turned into the list words it may stand for (exactly, inflected,
 * stretched, doubled, masked or one typo away) and the trie is walked from every token. Nothing
 * matches inside a word ("Scunthorpe", "Essex"), except inside runs of split single letters
 * ("a g u n"); chunks of a word ("sw-ord", "gu n") are matched joined.
 */
import { inflections } from './inflect';
import { hasStretchedLetters, MASK, squeeze, termWords, type NormalisedPrompt } from './normalise';

export interface EntryOptions {
  /** Inflected forms of the words match too ("guns", "exploded"). */
  inflect: boolean;
  /**
   * Words at least this long also match one edit away (insert, delete, substitute, swap), but a
   * prompt word shorter than MIN_FUZZY_LENGTH never does; with it set, words of any length also
   * match with a letter doubled ("guun").
   */
  fuzzyMinLength?: number;
  /** The last word must be capitalised in the prompt ("with Swift", not "with swift wings"). */
  capitalisedLast?: boolean;
  /** The words must not be split by a comma or full stop ("lo-fi beats, Nova" is not "beats Nova"). */
  oneClause?: boolean;
}

export interface Entry<T> {
  phrase: string;
  value: T;
  options: EntryOptions;
}

export interface Match<T> {
  value: T;
  /** Token range [from, to) and the original prompt offsets it covers. */
  from: number;
  to: number;
  start: number;
  end: number;
}

/** How a token reached a list word: bit flags, so a path remembers every liberty it took. */
const INFLECTED = 1;
const FUZZY = 2;
/** Shorter words have too many real neighbours ("gun": "gum", "fun", "sun"). */
export const MIN_FUZZY_LENGTH = 5;
/** Masked letters tried per word: 26 spellings per mask. */
const MAX_MASKS = 2;

interface TrieNode<T> {
  /** Made with the first child: most nodes are leaves, and a Map each was start-up garbage. */
  next?: Map<string, TrieNode<T>>;
  entries: Entry<T>[];
}

const newNode = <T>(): TrieNode<T> => ({ entries: [] });

const NONE: readonly string[] = [];

/**
 * String -> strings, holding a lone value as itself: most of the index's ~50,000 keys have one
 * value, and an array for each was a third of start-up (allocation and garbage collection).
 */
class MultiMap {
  private readonly map = new Map<string, string | string[]>();

  add(key: string, value: string): void {
    const held = this.map.get(key);
    if (held === undefined) this.map.set(key, value);
    else if (typeof held === 'string') {
      if (held !== value) this.map.set(key, [held, value]);
    } else if (!held.includes(value)) held.push(value);
  }

  get(key: string): readonly string[] {
    const held = this.map.get(key);
    return held === undefined ? NONE : typeof held === 'string' ? [held] : held;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }
}

const HASH_BASE = 0x01000193;

/**
 * Typo-matchable forms, found by their one-letter deletions ("symmetric delete"): a prompt word
 * one edit from a form shares a deletion with it, or is one. The deletions are never made as
 * strings: each is a 32-bit polynomial hash computed from the form's prefix and suffix hashes, held
 * with the form's number in an open-addressing table of two typed arrays. As strings in a Map,
 * their ~150,000 keys were two thirds of the guard's start-up. A hash collision only adds a
 * candidate, and every candidate is checked by withinOneEdit.
 */
class TypoTable {
  private readonly forms: string[];
  private readonly hashes: Uint32Array;
  /** Form number + 1 per slot; 0 is an empty slot. */
  private readonly ids: Int32Array;
  private readonly mask: number;

  constructor(forms: Iterable<string>) {
    this.forms = [...forms];
    // The form itself and each deletion after the first letter (a typo keeps the first letter).
    const count = this.forms.reduce((n, form) => n + form.length, 0);
    const size = 2 ** Math.ceil(Math.log2(count * 2 + 1));
    this.hashes = new Uint32Array(size);
    this.ids = new Int32Array(size);
    this.mask = size - 1;
    this.forms.forEach((form, id) => forEachHash(form, (hash) => this.add(hash, id + 1)));
  }

  private add(hash: number, id: number) {
    let slot = mix(hash) & this.mask;
    while (this.ids[slot] !== 0) slot = (slot + 1) & this.mask;
    this.hashes[slot] = hash;
    this.ids[slot] = id;
  }

  /** Forms that are the word or one of its deletions, or have it or one of them as a deletion. */
  near(word: string): string[] {
    const out: string[] = [];
    forEachHash(word, (hash) => {
      for (let slot = mix(hash) & this.mask; this.ids[slot] !== 0; slot = (slot + 1) & this.mask) {
        if (this.hashes[slot] === hash) out.push(this.forms[this.ids[slot]! - 1]!);
      }
    });
    return out;
  }
}

/** Spreads a polynomial hash's high bits into the low bits that pick a slot (murmur3's finaliser). */
function mix(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/**
 * The word's hash, then the hash of the word with one letter left out for each letter but the
 * first: the prefix's hash times the base to the suffix's length, plus the suffix's hash.
 */
function forEachHash(word: string, found: (hash: number) => void) {
  const n = word.length;
  const suffix = new Uint32Array(n + 1);
  const power = new Uint32Array(n + 1);
  power[0] = 1;
  for (let i = n - 1; i >= 0; i--) {
    power[n - i] = Math.imul(power[n - i - 1]!, HASH_BASE);
    suffix[i] = Math.imul(word.charCodeAt(i), power[n - i - 1]!) + suffix[i + 1]!;
  }
  found(suffix[0]!);
  let prefix = word.charCodeAt(0);
  for (let i = 1; i < n; i++) {
    found((Math.imul(prefix, power[n - 1 - i]!) + suffix[i + 1]!) >>> 0);
    prefix = (Math.imul(prefix, HASH_BASE) + word.charCodeAt(i)) >>> 0;
  }
}

/** Optimal-string-alignment distance is at most 1 (one insert, delete, substitution or swap). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** What building an index keeps until its typo table is made, and no longer. */
interface Build {
  /** Words whose forms are added, by way of matching (addForms). */
  ways: Set<string>;
  /** Forms matched one typo away: the typo table's. */
  fuzzyForms: Set<string>;
}

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = newNode();
  /** Every surface form (list words and their inflections) -> list words it is a form of. */
  private readonly forms = new MultiMap();
  /**
   * Squeezed form ("bal") -> forms with a doubled letter ("ball"), for stretched prompt words
   * ("baaaall"). A form without one is its own squeezed form, found in `forms` (sameSqueezed).
   */
  private readonly squeezed = new MultiMap();
  private readonly typos: TypoTable;
  /** Forms of typo-matchable words of any length: they also match with a letter doubled. */
  private readonly doublable = new Set<string>();
  private readonly benign: ReadonlySet<string>;

  /**
   * `benign`: real words that look like a list word (one edit away, or with a doubled letter) and
   * real word pairs that spell one when joined ("pen is"), but mean something else.
   * `realWordForms`: generated forms left out of every list word's forms ("scared" for "scar"),
   * which are benign look-alikes too.
   */
  constructor(
    entries: Entry<T>[],
    benign: Iterable<string>,
    private readonly realWordForms: ReadonlySet<string> = new Set(),
  ) {
    this.benign = new Set([...benign, ...realWordForms]);
    const build: Build = { ways: new Set(), fuzzyForms: new Set() };
    for (const entry of entries) {
      const words = termWords(entry.phrase);
      if (words.length === 0) continue;
      // Typos are matched in one-word entries only: the words of phrases are everyday words
      // ("bikini model", "angel dust") whose one-edit neighbours are everyday words too.
      // A phrase typed as one word ("spiderman", "mickeymouze") is a one-word entry.
      this.insert(words, words.length > 1 ? { ...entry, options: { ...entry.options, fuzzyMinLength: undefined } } : entry, build);
      if (words.length > 1) this.insert([words.join('')], entry, build);
    }
    this.typos = new TypoTable(build.fuzzyForms);
  }

  private insert(words: string[], entry: Entry<T>, build: Build) {
    let node = this.root;
    for (const word of words) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = newNode()));
      node = child;
      this.addForms(word, entry.options, build);
    }
    node.entries.push(entry);
  }

  /**
   * A word's forms, once per way of matching it: most list words recur in many entries ("punch"
   * in a phrase per target), and inflecting them again was a third of start-up.
   */
  private addForms(word: string, { inflect, fuzzyMinLength: min }: EntryOptions, build: Build) {
    const way = `${inflect ? 'i' : ''}${min ?? ''} ${word}`;
    if (build.ways.has(way)) return;
    build.ways.add(way);
    for (const form of inflect ? inflections(word) : [word]) {
      // A generated form that is a real word of its own is not this one ("scared" is not "scar" + ed).
      if (form !== word && this.realWordForms.has(form)) continue;
      this.forms.add(form, word);
      const squeezed = squeeze(form);
      if (squeezed !== form) this.squeezed.add(squeezed, form);
      if (min !== undefined) this.doublable.add(form);
      if (min !== undefined && form.length >= min) build.fuzzyForms.add(form);
    }
  }

  /** List words a prompt word may stand for, each with how it got there. */
  private candidates(readings: string[], allowFuzzy: boolean): Map<string, number> {
    const out = new Map<string, number>();
    const add = (form: string, how: number) => {
      for (const word of this.forms.get(form)) {
        const flags = how | (form === word ? 0 : INFLECTED);
        out.set(word, Math.min(out.get(word) ?? flags, flags));
      }
    };
    for (const r of readings) {
      if (this.forms.has(r)) add(r, 0);
      else if (r.includes(MASK)) this.unmask(r, (form) => add(form, 0));
      else if (hasStretchedLetters(r)) for (const form of this.sameSqueezed(squeeze(r))) add(form, 0);
      else {
        for (const form of this.doubledTargets(r)) add(form, FUZZY);
        if (allowFuzzy) for (const form of this.typoTargets(r)) add(form, FUZZY);
      }
    }
    return out;
  }

  /** Forms whose runs of a letter read as one letter spell `squeezed`. */
  private sameSqueezed(squeezed: string): readonly string[] {
    const withRuns = this.squeezed.get(squeezed);
    return this.forms.has(squeezed) ? [squeezed, ...withRuns] : withRuns;
  }

  /** Forms a masked word spells with each mask read as one letter ("sw*rd": "sword"). */
  private unmask(word: string, found: (form: string) => void) {
    if (word.split(MASK).length - 1 > MAX_MASKS) return;
    const fill = (w: string) => {
      const at = w.indexOf(MASK);
      if (at < 0) {
        if (this.forms.has(w)) found(w);
        return;
      }
      for (let c = 97; c <= 122; c++) fill(w.slice(0, at) + String.fromCharCode(c) + w.slice(at + 1));
    };
    fill(word);
  }

  /**
   * Shorter forms a word spells with a letter doubled ("guun", "kiill"), unless it is a real word;
   * a shorter word never reaches a longer form ("bob" is not "boob").
   */
  doubledTargets(word: string): string[] {
    if (this.forms.has(word) || this.benign.has(word)) return [];
    return this.sameSqueezed(squeeze(word)).filter((f) => f.length < word.length && this.doublable.has(f));
  }

  /**
   * Forms one edit away from a word that is not a form itself. Typos keep the first letter, and a
   * real word is never a typo ("shouts" is not "shoots"): `benign` lists those real words.
   */
  typoTargets(word: string): Set<string> {
    const out = new Set<string>();
    if (word.length < MIN_FUZZY_LENGTH || this.forms.has(word) || this.benign.has(word)) return out;
    for (const f of this.typos.near(word)) if (f[0] === word[0] && withinOneEdit(word, f)) out.add(f);
    return out;
  }

  find(prompt: NormalisedPrompt): Match<T>[] {
    const { tokens } = prompt;
    const matches: Match<T>[] = [];
    const accept = (entries: Entry<T>[], flags: number, from: number, to: number) => {
      for (const entry of entries) {
        if (flags & INFLECTED && !entry.options.inflect) continue;
        if (flags & FUZZY && entry.options.fuzzyMinLength === undefined) continue;
        if (entry.options.capitalisedLast && !tokens[to - 1]!.capitalised) continue;
        if (entry.options.oneClause && tokens.slice(from + 1, to).some((t) => t.afterClauseBreak)) continue;
        // "machine gun" is also reached joined ("machinegun"): one match per value and span.
        if (matches.some((m) => m.value === entry.value && m.from === from && m.to === to)) continue;
        matches.push({ value: entry.value, from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end });
      }
    };
    const perToken = tokens.map((t) => this.candidates(t.readings, true));
    const walk = (node: TrieNode<T>, from: number, at: number, flags: number) => {
      accept(node.entries, flags, from, at);
      if (!node.next) return;
      for (const [word, how] of perToken[at] ?? []) {
        const child = node.next.get(word);
        if (child) walk(child, from, at + 1, flags | how);
      }
    };
    for (let i = 0; i < tokens.length; i++) walk(this.root, i, i, 0);
    // Split letters and chunks are one word: they match one-word entries (and joined names:
    // "d a r t h v a d e r"), unless they are real words side by side ("pen is").
    for (const run of prompt.joined) {
      if (this.benign.has(run.words)) continue;
      for (const [word, how] of this.candidates(run.readings, run.whole)) {
        const child = this.root.next?.get(word);
        if (child) accept(child.entries, how, run.from, run.to);
      }
    }
    return matches;
  }
}
