/**
 * The one manifest format every model uses, bundled or supplied by the user. Validated at the
 * boundary so the rest of the code can trust its shape. Designed for large models too: a graph
 * may have several precision variants, each with external weight files (ONNX external data, for
 * weights over 2 GB) and the WebGPU features it needs (e.g. `shader-f16` for fp16 graphs).
 */
import * as v from 'valibot';
import { KinoraError } from '../errors';
import {
  fields,
  finiteNumber,
  formatTag,
  list,
  matching,
  nonEmptyList,
  numberIn,
  numberMessage,
  object,
  oneOf,
  parseOrFail,
  pathTo,
  plainObject,
  rangeCheck,
  record,
  text,
  wholeNumberIn,
  wholeNumberMessage,
} from '../validation';

export const MANIFEST_FORMAT = 'kinora-model/1';

/** A path inside the model folder: not absolute, no "..", no scheme ("https:"). */
const RELATIVE_PATH = /^(?!\/)(?![A-Za-z]+:)(?![\s\S]*\.\.)/;
const GRAPH_KEY = 'Key of a graph in `graphs`.';

const TensorSpecSchema = object({
  name: text,
  dtype: oneOf(['float32', 'float16', 'int64', 'int32']),
  shape: v.pipe(
    list(v.union([wholeNumberIn(1), text], 'expected a size (a whole number of at least 1) or an axis name')),
    v.description('Numbers are fixed sizes; strings name dynamic axes ("batch").'),
  ),
});

const ModelFileSchema = object({
  path: v.pipe(matching(RELATIVE_PATH, 'must be a relative path inside the model folder'), v.description("Relative to the manifest's URL.")),
  bytes: wholeNumberIn(1),
  sha256: v.pipe(matching(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits'), v.description("Lower-case hex SHA-256 of the file's bytes.")),
});

const GraphVariantSchema = object({
  precision: v.pipe(
    oneOf(['fp32', 'fp16', 'int8']),
    v.description('int8: integer weights with activations quantised per call, run on WASM in place of fp32 (list one only if it judges as well).'),
  ),
  file: ModelFileSchema,
  externalData: v.optional(
    v.pipe(list(ModelFileSchema), v.description('ONNX external-data files (for weights over 2 GB), referenced from the graph by their path.')),
    () => [],
  ),
  webgpuFeatures: v.optional(v.pipe(list(text), v.description('WebGPU features a device must have to run this variant (fp16 graphs: "shader-f16").')), () => []),
});

const GraphSpecSchema = object({
  inputs: list(TensorSpecSchema),
  outputs: list(TensorSpecSchema),
  flopsPerItem: v.optional(
    v.pipe(
      wholeNumberIn(1),
      v.description('FLOPs of one call per batch item: 2 x the multiply-adds of its Conv, MatMul and Gemm ops, a lower bound (written by `npm run flops`; the benchmarks report achieved GFLOP/s from it).'),
    ),
  ),
  variants: v.pipe(
    nonEmptyList(GraphVariantSchema, 'a graph needs at least one variant'),
    v.check((variants) => variants.some((x) => x.precision === 'fp32'), 'an fp32 variant is required (WebGPU without shader-f16 cannot run fp16)'),
  ),
});

/** pad, unk and bos must index into vocab. */
function vocabIndices<TTokenizer extends { [K in 'pad' | 'unk' | 'bos']: number } & { vocab: string[] }>() {
  return v.rawCheck<TTokenizer>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const t = dataset.value;
    const key = (['pad', 'unk', 'bos'] as const).find((k) => t[k] >= t.vocab.length);
    if (key) addIssue({ message: `${wholeNumberMessage(0, t.vocab.length - 1)} (an index into vocab)`, path: pathTo(t, key) });
  });
}

const WordTokenizerSchema = v.pipe(
  object({ kind: oneOf(['word']), maxTokens: wholeNumberIn(2, 4096), pad: wholeNumberIn(0), unk: wholeNumberIn(0), bos: wholeNumberIn(0), vocab: list(text) }),
  vocabIndices(),
);

const GuidanceSpecSchema = v.pipe(
  plainObject,
  v.variant(
    'kind',
    [
      fields({ kind: v.literal('baked'), scale: numberIn(0, 100) }),
      fields({ kind: v.literal('cfg'), min: numberIn(0, 100), max: numberIn(0, 100), default: numberIn(0, 100) }),
    ],
    'expected one of "baked", "cfg"',
  ),
  rangeCheck(100, numberMessage, (g) => (g.kind === 'cfg' ? g : null)),
);

const ModeSpecSchema = object({
  label: text,
  denoiser: v.pipe(text, v.description(GRAPH_KEY)),
  steps: v.pipe(
    object({ min: wholeNumberIn(1, 1000), max: wholeNumberIn(1, 1000), default: wholeNumberIn(1, 1000) }),
    rangeCheck(1000, wholeNumberMessage, (steps) => steps),
  ),
  guidance: GuidanceSpecSchema,
});

/** The `kinora-model/1` format. Checks across fields run once every field is valid. */
export const ModelManifestSchema = v.pipe(
  object({
    format: formatTag(MANIFEST_FORMAT),
    id: matching(/^[a-z0-9][a-z0-9._-]*$/, 'use lower-case letters, digits, ".", "_" and "-"'),
    name: text,
    version: text,
    description: text,
    license: object({ name: text, text }),
    card: v.optional(v.pipe(text, v.description('The model card (data, training, limits, measured quality), relative to the manifest.'))),
    characterWords: v.optional(
      v.pipe(
        record(list(matching(/^[a-z]+$/, 'expected one lower-case word (a-z), as the tokenizer splits them'))),
        v.description(
          'Words that make this model draw a given character (character id -> words). Licensed packs refer to the same ids; before each run ' +
            'the worker withholds every word of a character the guardrails did not admit, so an unlicensed or refused character never reaches the model.',
        ),
      ),
    ),
    video: object({
      frames: wholeNumberIn(1, 10000),
      width: wholeNumberIn(8, 8192),
      height: wholeNumberIn(8, 8192),
      fps: numberIn(1, 240),
      layout: oneOf(['NCTHW']),
      range: v.pipe(v.strictTuple([finiteNumber, finiteNumber], 'expected [low, high]'), v.check(([low, high]) => low < high, 'expected [low, high] with low < high')),
    }),
    tokenizer: WordTokenizerSchema,
    textEncoder: v.pipe(text, v.description(GRAPH_KEY)),
    graphs: record(GraphSpecSchema),
    prediction: oneOf(['v']),
    schedule: object({ kind: oneOf(['shifted-cosine']), logsnrShift: numberIn(-20, 20) }),
    modes: object({ fast: ModeSpecSchema, quality: v.optional(ModeSpecSchema) }, { fast: 'the default "fast" mode is required' }),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const m = dataset.value;
    const references: [string, (string | number)[]][] = [
      [m.textEncoder, ['textEncoder']],
      ...Object.entries(m.modes).map(([name, mode]): [string, string[]] => [mode.denoiser, ['modes', name, 'denoiser']]),
    ];
    const dangling = references.find(([graph]) => !Object.hasOwn(m.graphs, graph));
    if (dangling) addIssue({ message: `no graph named "${dangling[0]}"`, path: pathTo(m, ...dangling[1]) });
  }),
);

/** Named parts of the format: the JSON Schema (scripts/schemas.ts) refers to each from one $defs entry. */
export const MODEL_MANIFEST_PARTS = {
  TensorSpec: TensorSpecSchema,
  ModelFile: ModelFileSchema,
  GraphSpec: GraphSpecSchema,
  ModeSpec: ModeSpecSchema,
};

export type ModelManifest = v.InferOutput<typeof ModelManifestSchema>;
export type ModelFile = v.InferOutput<typeof ModelFileSchema>;
export type TensorSpec = v.InferOutput<typeof TensorSpecSchema>;
export type TensorDtype = TensorSpec['dtype'];
export type GraphVariant = v.InferOutput<typeof GraphVariantSchema>;
export type Precision = GraphVariant['precision'];
export type GraphSpec = v.InferOutput<typeof GraphSpecSchema>;
export type WordTokenizer = v.InferOutput<typeof WordTokenizerSchema>;
export type GuidanceSpec = v.InferOutput<typeof GuidanceSpecSchema>;
export type ModeSpec = v.InferOutput<typeof ModeSpecSchema>;
export type ModeName = keyof ModelManifest['modes'];

/** Checks an untrusted manifest (parsed JSON) and returns it typed, or throws ManifestError naming the bad field. */
export function validateManifest(value: unknown): ModelManifest {
  return parseOrFail(ModelManifestSchema, value, 'manifest', (where, message) => {
    throw new KinoraError('ManifestError', `Model manifest is invalid at ${where}: ${message}`);
  });
}

/** Every file the manifest names, each once. */
export function manifestFiles(manifest: ModelManifest): ModelFile[] {
  const seen = new Map<string, ModelFile>();
  for (const g of Object.values(manifest.graphs)) for (const v of g.variants) for (const f of [v.file, ...v.externalData]) seen.set(f.path, f);
  return [...seen.values()];
}
