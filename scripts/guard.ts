/**
 * Guardrails CLI: one prompt per line on stdin, one JSON decision per line on stdout. Uses the
 * bundled packs (public/packs/), verified exactly as the app verifies them, and the same learned
 * check (its score is in each line's "learned").
 *
 *   npm run --silent guard [-- --character <id>] < prompts.txt
 *   npm run --silent guard -- --near-misses words.txt   (maintenance: see lists/near-misses.ts)
 *
 * Exit 0 after the last line; 2 for a bad option or an unknown --character id.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { characterTerms, checkWithLearned, createGuard, findNearMisses } from '../src/lib/guardrails';
import { loadPacks, readOptional } from './bundled-packs';
import { nodeLearnedCheck } from './learned-check-node';

const USAGE = 'usage: npm run --silent guard [-- --character <id>] < prompts.txt';

function fail(message: string): never {
  process.stderr.write(`kinora guard: ${message}\n`);
  process.exit(2);
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({ options: { character: { type: 'string' }, 'near-misses': { type: 'string' } } }));
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  const packs = await loadPacks((message) => process.stderr.write(`kinora guard: ${message}\n`));

  if (values['near-misses'] !== undefined) {
    const dictionary = (readOptional(values['near-misses']) ?? fail(`can't read ${values['near-misses']}`)).split(/\r?\n/).map((w) => w.trim().toLowerCase());
    for (const word of findNearMisses(packs, dictionary)) process.stdout.write(`${word}\n`);
    return;
  }

  const guard = createGuard(packs);
  const learned = await nodeLearnedCheck();
  const terms = characterTerms(packs);
  const { character } = values;
  if (character !== undefined && !guard.characters.some((c) => c.id === character)) {
    const known = guard.characters.map((c) => c.id).join(', ') || 'none: no pack passed verification';
    fail(`unknown character "${character}" (known: ${known})`);
  }

  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const d = await checkWithLearned(guard, learned, terms, line, character);
    const out = {
      prompt: line,
      allowed: d.allowed,
      category: d.category,
      rule: d.rule,
      reason: d.reason,
      ...(d.suggestion && { suggestion: d.suggestion }),
      span: d.span,
      characters: d.characters,
      packs: d.packs,
      policyVersion: d.policyVersion,
      ...(d.learned && { learned: { score: d.learned.score, category: d.learned.category, threshold: d.learned.threshold } }),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

main().catch((e: unknown) => fail((e as Error).stack ?? String(e)));
