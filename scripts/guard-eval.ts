/**
 * Evaluates the guard on a labelled JSONL file, one {"prompt": "...", "label": "benign" | <category>}
 * per line (other fields are ignored):
 *
 *   npm run guard:eval -- data.jsonl [--character pip] [--json] [--misses N]
 *
 * Prints, per labelled category, how many prompts were blocked (recall), and how many benign
 * prompts were blocked (the false-positive rate), plus the check time per prompt (median, p95).
 * A prompt counts as blocked whatever category blocked it. With --character every prompt is
 * checked with that character picked, as in the app. --json prints one JSON object instead.
 * --misses N lists up to N missed prompts and N blocked benign ones, to read.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createGuard } from '../src/lib/guardrails';
import { loadPacks } from './bundled-packs';

const USAGE = 'usage: npm run guard:eval -- data.jsonl [--character pip] [--json] [--misses N]';

function fail(message: string): never {
  process.stderr.write(`kinora guard:eval: ${message}\n`);
  process.exit(2);
}

interface EvalRow {
  prompt: string;
  label: string;
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
    return [{ prompt: row.prompt, label: row.label }];
  });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { character: { type: 'string' }, json: { type: 'boolean', default: false }, misses: { type: 'string', default: '0' } } });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  const [file] = parsed.positionals;
  if (!file) fail(USAGE);
  const { character, json } = parsed.values;
  const showMisses = Number(parsed.values.misses);
  const guard = createGuard(await loadPacks((m) => process.stderr.write(`kinora guard:eval: ${m}\n`)));
  if (character !== undefined && !guard.characters.some((c) => c.id === character)) fail(`unknown character "${character}"`);

  const byLabel = new Map<string, { total: number; blocked: number; examples: string[] }>();
  const times: number[] = [];
  for (const { prompt, label } of readJsonl(file)) {
    const start = performance.now();
    const decision = guard.check(prompt, character === undefined ? {} : { character });
    times.push(performance.now() - start);
    const stats = byLabel.get(label) ?? { total: 0, blocked: 0, examples: [] };
    byLabel.set(label, stats);
    stats.total++;
    if (!decision.allowed) stats.blocked++;
    // Misses: harmful prompts allowed, benign prompts blocked (with the rule that blocked them).
    const wrong = label === 'benign' ? !decision.allowed : decision.allowed;
    if (wrong && stats.examples.length < showMisses) stats.examples.push(label === 'benign' ? `${prompt}  [${decision.rule}]` : prompt);
  }
  times.sort((a, b) => a - b);
  const harmful = [...byLabel].filter(([label]) => label !== 'benign');
  const total = harmful.reduce((n, [, s]) => n + s.total, 0);
  const blocked = harmful.reduce((n, [, s]) => n + s.blocked, 0);
  const benign = byLabel.get('benign');
  const result = {
    file,
    character: character ?? null,
    recall: Object.fromEntries(harmful.map(([label, s]) => [label, { blocked: s.blocked, total: s.total, rate: s.blocked / s.total }])),
    recallAll: total ? blocked / total : null,
    benignBlocked: benign ? { blocked: benign.blocked, total: benign.total, rate: benign.blocked / benign.total } : null,
    checkMs: { median: quantile(times, 0.5), p95: quantile(times, 0.95), max: times.at(-1) ?? 0 },
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const pct = (r: number) => `${(100 * r).toFixed(1)} %`;
  const lines = [`${file}${character ? ` (character: ${character})` : ''}`];
  for (const [label, s] of harmful.sort(([a], [b]) => a.localeCompare(b))) lines.push(`  ${label.padEnd(24)} blocked ${String(s.blocked).padStart(5)} / ${String(s.total).padEnd(5)} ${pct(s.blocked / s.total)}`);
  if (total) lines.push(`  ${'all harmful'.padEnd(24)} blocked ${String(blocked).padStart(5)} / ${String(total).padEnd(5)} ${pct(blocked / total)}`);
  if (benign) lines.push(`  ${'benign'.padEnd(24)} blocked ${String(benign.blocked).padStart(5)} / ${String(benign.total).padEnd(5)} ${pct(benign.blocked / benign.total)}`);
  lines.push(`  check time: median ${result.checkMs.median.toFixed(2)} ms, p95 ${result.checkMs.p95.toFixed(2)} ms, max ${result.checkMs.max.toFixed(1)} ms`);
  for (const [label, s] of byLabel) if (s.examples.length) lines.push(`  ${label === 'benign' ? 'benign blocked' : `${label} missed`}:`, ...s.examples.map((e) => `    ${e}`));
  process.stdout.write(`${lines.join('\n')}\n`);
}

void main();
