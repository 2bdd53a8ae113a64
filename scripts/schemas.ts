/**
 * Writes the JSON Schema of each Kinora file format, generated from the valibot schemas the app
 * validates with, to schemas/ (committed; test/unit/schemas.test.ts fails when they are stale).
 *
 *   npm run schemas
 *
 * JSON Schema cannot express the app's checks across fields or on meaning (v.check, v.rawCheck:
 * a mode's denoiser names a graph, validUntil is not before validFrom, ids are unique, dates are
 * real dates...): the conversion skips them, and each schema's description says the app enforces
 * more than the schema does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { BENCH_FORMAT, BENCH_RESULT_PARTS, BenchResultSchema } from '../src/lib/bench/result';
import { EVENT_FORMAT, EventFileSchema } from '../src/lib/kiosk/event-file';
import { MANIFEST_FORMAT, MODEL_MANIFEST_PARTS, ModelManifestSchema } from '../src/lib/models/manifest';
import { PACK_FORMAT } from '../src/lib/packs/types';
import { PACK_MANIFEST_PARTS, PackManifestSchema } from '../src/lib/packs/validate';

export const SCHEMAS_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));

const CONVERSION: ConversionConfig = {
  target: 'draft-2020-12',
  // Each object schema is `pipe(custom "not an array", object)`: describe the object.
  typeMode: 'output',
  // Checks only code can run (JSON numbers are always finite). Anything else that does not
  // convert still throws, so a new rule cannot silently go missing from the schema.
  ignoreActions: ['check', 'raw_check', 'partial_check', 'finite'],
};

const FURTHER_RULES = 'Kinora enforces further rules that JSON Schema cannot express';

interface FormatSchema {
  file: string;
  format: string;
  title: string;
  description: string;
  schema: v.GenericSchema;
  /** Parts used more than once or worth a name, as $defs. */
  parts: Record<string, v.GenericSchema>;
}

const FORMATS: FormatSchema[] = [
  {
    file: 'kinora-model-1.schema.json',
    format: MANIFEST_FORMAT,
    title: 'Kinora model manifest',
    description:
      'A model\'s manifest.json: graphs (fp32/fp16 variants, external weight files, WebGPU features), tokenizer, video shape, noise schedule and sampling modes. ' +
      `${FURTHER_RULES}: textEncoder and every mode's denoiser name a graph, every graph has an fp32 variant, steps and guidance ranges are ordered ` +
      '(min <= default <= max), the tokenizer\'s pad/unk/bos index into vocab, and video.range is [low, high] with low < high (src/lib/models/manifest.ts).',
    schema: ModelManifestSchema,
    parts: MODEL_MANIFEST_PARTS,
  },
  {
    file: 'kinora-pack-1.schema.json',
    format: PACK_FORMAT,
    title: 'Kinora character pack',
    description:
      "A licensor's pack.json (characters, their rules, attribution, validity dates, crossover policy), signed by a detached Ed25519 signature in pack.json.sig. " +
      `${FURTHER_RULES}: validFrom and validUntil are real calendar dates and validUntil is not before validFrom, character ids and rule ids are each unique ` +
      'within the pack (character ids across all packs), and the signature must hold for a trusted licensor (src/lib/packs/validate.ts, verify.ts).',
    schema: PackManifestSchema,
    parts: PACK_MANIFEST_PARTS,
  },
  {
    file: 'kinora-event-1.schema.json',
    format: EVENT_FORMAT,
    title: 'Kinora kiosk event file',
    description:
      'The event file staff load into an event kiosk: the name shown on screen, prompt presets per character id ("*" for every character), ' +
      'idle and countdown seconds, attract loop and free text switches (examples/event.json). ' +
      `${FURTHER_RULES}: every presets key is a licensed character id or "*", every licensed character has presets, and each preset passes the guardrails (src/lib/kiosk/event-file.ts).`,
    schema: EventFileSchema,
    parts: {},
  },
  {
    file: 'kinora-bench-1.schema.json',
    format: BENCH_FORMAT,
    title: 'Kinora benchmark result',
    description:
      'A benchmark run written by npm run bench, npm run bench:native or the Benchmark page: the environment (browser, OS, CPU cores, adapter, ' +
      'execution provider, WASM threads, cross-origin isolation, model id and sha256, app version and commit) and measurements, each with its raw samples, ' +
      'warm-ups dropped, p10/p50/p90 and the timing source (GPU timestamps or wall clock). ' +
      `${FURTHER_RULES}: a measurement holds its warm-ups and then stats.n measured samples (src/lib/bench/result.ts).`,
    schema: BenchResultSchema,
    parts: BENCH_RESULT_PARTS,
  },
];

/** Every schema file's name and exact text, as `npm run schemas` writes it. */
export function renderSchemas(): { file: string; text: string }[] {
  return FORMATS.map(({ file, format, title, description, schema, parts }) => {
    const { $schema, ...body } = toJsonSchema(schema, { ...CONVERSION, definitions: parts });
    const document = { $schema, $id: `urn:kinora:schema:${format}`, title, description, ...body };
    return { file, text: `${JSON.stringify(document, null, 2)}\n` };
  });
}

function main(): void {
  mkdirSync(SCHEMAS_DIR, { recursive: true });
  for (const { file, text } of renderSchemas()) {
    writeFileSync(join(SCHEMAS_DIR, file), text);
    process.stdout.write(`wrote schemas/${file}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
