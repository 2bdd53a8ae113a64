/**
 * Evaluates the guard on a labelled JSONL file, one {"prompt": "...", "label": "benign" | <category>}
 * per line (other fields are ignored):
 *
 *   npm run guard:eval -- data.jsonl [--character pip] [--json] [--misses N] [--rules-only] [--platform-only]
 *
 * Prints, per labelled category, how many prompts were blocked (recall), and how many benign
 * prompts were blocked (the false-positive rate), plus the check time per prompt (median, p95).
 * A prompt counts as blocked whatever category blocked it. With --character every prompt is
 * checked with that character picked, as in the app; a row's own "character" (a probe round written
 * for another character) is picked for that row instead. --json prints one JSON object instead.
 * --misses N lists up to N missed prompts and N blocked benign ones, to read. The learned check
 * runs as in the app (onnxruntime-node); --rules-only leaves it out, and every run also says how
 * many prompts only the learned check blocked. --platform-only counts a prompt as blocked only for
 * the platform policy, not for a licensor's own rules, a crossover or a missing character (the
 * policy's own false positives, apart from what each pack chooses to refuse).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { characterTerms, checkWithLearned, createGuard, LEARNED_RULE } from '../src/lib/guardrails';
import { loadPacks } from './bundled-packs';
import { nodeLearnedCheck } from './learned-check-node';

const USAGE = 'usage: npm run guard:eval -- data.jsonl [--character pip] [--json] [--misses N] [--rules-only] [--platform-only]';
/** Refusals that are a pack's or the picked character's, not the platform policy's. */
const NOT_PLATFORM = new Set(['character-rule', 'crossover', 'no-character']);

function fail(message: string): never {
  process.stderr.write(`kinora guard:eval: ${message}\n`);
  process.exit(2);
}

interface EvalRow {
  prompt: string;
  label: string;
  /** The character a row was written for (a probe round with Bolt picked); it overrides --character. */
  character?: string;
}

function readJsonl(path: string): EvalRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`can't read ${path}: ${(e as Error).message}`);
  }
  return text.split(/\r?\n/).flatMap((line, i) => {
    if (line.trim() === '') return [];
    let row: Partial<EvalRow>;
    try {
      row = JSON.parse(line) as Partial<EvalRow>;
    } catch {
      fail(`${path}:${i + 1} is not JSON`);
    }
    if (typeof row.prompt !== 'string' || typeof row.label !== 'string') fail(`${path}:${i + 1} needs a string "prompt" and a string "label"`);
    if (row.character !== undefined && typeof row.character !== 'string') fail(`${path}:${i + 1} has a "character" that is not a string`);
    return [{ prompt: row.prompt, label: row.label, ...(row.character !== undefined ? { character: row.character } : {}) }];
  });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { character: { type: 'string' }, json: { type: 'boolean', default: false }, misses: { type: 'string', default: '0' }, 'rules-only': { type: 'boolean', default: false }, 'platform-only': { type: 'boolean', default: false } } });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  const [file] = parsed.positionals;
  if (!file) fail(USAGE);
  const { character, json } = parsed.values;
  const showMisses = Number(parsed.values.misses);
  const packs = await loadPacks((m) => process.stderr.write(`kinora guard:eval: ${m}\n`));
  const guard = createGuard(packs);
  const terms = characterTerms(packs);
  if (character !== undefined && !guard.characters.some((c) => c.id === character)) fail(`unknown character "${character}"`);
  const learned = parsed.values['rules-only'] ? async () => null : await nodeLearnedCheck();

  const byLabel = new Map<string, { total: number; blocked: number; learnedOnly: number; examples: string[] }>();
  const times: number[] = [];
  const rows = readJsonl(file);
  const unknown = rows.find((r) => r.character !== undefined && !guard.characters.some((c) => c.id === r.character));
  if (unknown) fail(`unknown character "${unknown.character}" in ${file}`);
  for (const { prompt, label, character: own } of rows) {
    const start = performance.now();
    const decision = await checkWithLearned(guard, learned, terms, prompt, own ?? character);
    times.push(performance.now() - start);
    const stats = byLabel.get(label) ?? { total: 0, blocked: 0, learnedOnly: 0, examples: [] };
    byLabel.set(label, stats);
    stats.total++;
    const violations = parsed.values['platform-only'] ? decision.violations.filter((v) => !NOT_PLATFORM.has(v.category)) : decision.violations;
    const blocked = violations.length > 0;
    if (blocked) stats.blocked++;
    if (blocked && violations.every((v) => v.rule === LEARNED_RULE)) stats.learnedOnly++;
    // Misses: harmful prompts allowed, benign prompts blocked (with the rule that blocked them).
    const wrong = label === 'benign' ? blocked : !blocked;
    if (wrong && stats.examples.length < showMisses) stats.examples.push(label === 'benign' ? `${prompt}  [${violations[0]!.rule}]` : prompt);
  }
  times.sort((a, b) => a - b);
  const harmful = [...byLabel].filter(([label]) => label !== 'benign');
  const total = harmful.reduce((n, [, s]) => n + s.total, 0);
  const blocked = harmful.reduce((n, [, s]) => n + s.blocked, 0);
  const benign = byLabel.get('benign');
  const result = {
    file,
    character: character ?? null,
    learned: !parsed.values['rules-only'],
    platformOnly: parsed.values['platform-only'],
    recall: Object.fromEntries(harmful.map(([label, s]) => [label, { blocked: s.blocked, learnedOnly: s.learnedOnly, total: s.total, rate: s.blocked / s.total }])),
    recallAll: total ? blocked / total : null,
    benignBlocked: benign ? { blocked: benign.blocked, learnedOnly: benign.learnedOnly, total: benign.total, rate: benign.blocked / benign.total } : null,
    checkMs: { median: quantile(times, 0.5), p95: quantile(times, 0.95), max: times.at(-1) ?? 0 },
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const pct = (r: number) => `${(100 * r).toFixed(1)} %`;
  const lines = [`${file}${character ? ` (character: ${character})` : ''}${result.learned ? '' : ' (rules only)'}${result.platformOnly ? ' (platform policy only)' : ''}`];
  const row = (label: string, s: { blocked: number; total: number; learnedOnly: number }) =>
    `  ${label.padEnd(24)} blocked ${String(s.blocked).padStart(5)} / ${String(s.total).padEnd(5)} ${pct(s.blocked / s.total).padStart(7)}${result.learned ? `  (learned check only: ${s.learnedOnly})` : ''}`;
  for (const [label, s] of harmful.sort(([a], [b]) => a.localeCompare(b))) lines.push(row(label, s));
  if (total) lines.push(row('all harmful', { blocked, total, learnedOnly: harmful.reduce((n, [, s]) => n + s.learnedOnly, 0) }));
  if (benign) lines.push(row('benign', benign));
  lines.push(`  check time: median ${result.checkMs.median.toFixed(2)} ms, p95 ${result.checkMs.p95.toFixed(2)} ms, max ${result.checkMs.max.toFixed(1)} ms`);
  for (const [label, s] of byLabel) if (s.examples.length) lines.push(`  ${label === 'benign' ? 'benign blocked' : `${label} missed`}:`, ...s.examples.map((e) => `    ${e}`));
  process.stdout.write(`${lines.join('\n')}\n`);
}

void main();
