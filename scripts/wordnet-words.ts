/**
 * Maintenance: prints WordNet 3.1's common one-word lemmas (those tagged at least once in its
 * sense-tagged corpus, so rare words a typo could hide behind stay out) with their inflections,
 * one a line: the dictionary for `npm run --silent guard -- --near-misses`, which lists the ones a
 * list word's typo matching would take (see src/lib/guardrails/lists/near-misses.ts).
 *
 *   npx tsx scripts/wordnet-words.ts > words.txt
 */
import { commonWords } from './build-lexicon';

process.stdout.write(commonWords().join('\n') + '\n');
