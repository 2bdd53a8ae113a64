/**
 * The prompt file of `npm run generate -- --prompts file.jsonl`: one JSON object per line, each a
 * clip. A bad line is reported with its number and what is wrong, and the other lines still run.
 *
 *   {"prompt": "Pip the fox jumps in the snow", "character": "pip", "seed": 7, "name": "pip-snow"}
 */
import * as v from 'valibot';
import { MAX_SEED } from '../src/lib/sampler';
import { finiteNumber, matching, object, oneOf, parseOrFail, text, wholeNumberIn } from '../src/lib/validation';

export const PROMPT_LINE_FIELDS = ['prompt', 'character', 'seed', 'steps', 'mode', 'guidance', 'name'] as const;

const PromptLineSchema = object({
  prompt: text,
  /** A licensed character's id, as the picker shows it ("pip"). */
  character: v.optional(matching(/^[a-z0-9-]+$/, (id) => `"${id}" is not a character id (lower-case, like "pip")`)),
  seed: v.optional(wholeNumberIn(0, MAX_SEED)),
  steps: v.optional(wholeNumberIn(1)),
  mode: v.optional(oneOf(['fast', 'quality'])),
  /** Classifier-free guidance; quality mode only (fast mode's student has it baked in). */
  guidance: v.optional(finiteNumber),
  /** The MP4's file name in --out-dir, without ".mp4"; the line number ("line-007") if absent. */
  name: v.optional(matching(/^[\w.-]{1,100}$/, (name) => `"${name}" is not a file name (letters, digits, ".", "_" and "-", at most 100)`)),
});

export type PromptLine = v.InferOutput<typeof PromptLineSchema>;

export type ParsedLine = { line: number; job: PromptLine & { name: string } } | { line: number; error: string };

class LineError extends Error {}

/**
 * Every non-blank line of a prompt file, as a job or as the reason it cannot be one (1-based line
 * numbers). A field a line leaves out takes the command line's value from `defaults`.
 */
export function parsePromptLines(textContent: string, defaults: Omit<PromptLine, 'prompt' | 'name'> = {}): ParsedLine[] {
  const lines = textContent.split(/\r?\n/);
  const width = String(lines.length).length;
  const names = new Map<string, number>();
  const parsed: ParsedLine[] = [];
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (raw.trim() === '') continue;
    try {
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (e) {
        throw new LineError(`not JSON (${(e as Error).message})`);
      }
      const fields = parseOrFail(PromptLineSchema, value, 'line', (where, message) => {
        throw new LineError(`${where}: ${message}`);
      });
      // A misspelt field ("sede") would otherwise be dropped in silence.
      const unknown = Object.keys(value as object).filter((key) => !(PROMPT_LINE_FIELDS as readonly string[]).includes(key));
      if (unknown.length > 0) throw new LineError(`unknown field "${unknown[0]}" (fields: ${PROMPT_LINE_FIELDS.join(', ')})`);
      const job = { ...defaults, ...fields };
      if (job.guidance !== undefined && job.mode !== 'quality') throw new LineError('guidance needs "mode": "quality" (fast mode has it baked in)');
      const name = fields.name ?? `line-${String(line).padStart(width, '0')}`;
      const earlier = names.get(name);
      if (earlier !== undefined) throw new LineError(`name "${name}" is already used by line ${earlier}`);
      names.set(name, line);
      parsed.push({ line, job: { ...job, name } });
    } catch (e) {
      if (!(e instanceof LineError)) throw e;
      parsed.push({ line, error: e.message });
    }
  }
  return parsed;
}
