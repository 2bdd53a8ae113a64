/**
 * The one manifest format every model uses, bundled or supplied by the user. Validated at the
 * boundary so the rest of the code can trust its shape. Designed for large models too: a graph
 * may have several precision variants, each with external weight files (ONNX external data, for
 * weights over 2 GB) and the WebGPU features it needs (e.g. `shader-f16` for fp16 graphs).
 */
import { KinoraError } from '../errors';
import type { NoiseSchedule } from '../sampler';

export const MANIFEST_FORMAT = 'kinora-model/1';

export type TensorDtype = 'float32' | 'float16' | 'int64' | 'int32';
export type Precision = 'fp32' | 'fp16';

export interface TensorSpec {
  name: string;
  dtype: TensorDtype;
  /** Numbers are fixed sizes; strings name dynamic axes ("batch"). */
  shape: (number | string)[];
}

export interface ModelFile {
  /** Relative to the manifest's URL. */
  path: string;
  bytes: number;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
}

export interface GraphVariant {
  precision: Precision;
  file: ModelFile;
  /** ONNX external-data files, referenced from the graph by their path. */
  externalData: ModelFile[];
  /** WebGPU features a device must have to run this variant. */
  webgpuFeatures: string[];
}

export interface GraphSpec {
  inputs: TensorSpec[];
  outputs: TensorSpec[];
  variants: GraphVariant[];
}

export interface WordTokenizer {
  kind: 'word';
  maxTokens: number;
  pad: number;
  unk: number;
  bos: number;
  vocab: string[];
}

export type GuidanceSpec =
  | { kind: 'baked'; scale: number }
  | { kind: 'cfg'; min: number; max: number; default: number };

export type ModeName = 'fast' | 'quality';

export interface ModeSpec {
  label: string;
  /** Key of the denoiser graph in `graphs`. */
  denoiser: string;
  steps: { min: number; max: number; default: number };
  guidance: GuidanceSpec;
}

export interface ModelManifest {
  format: typeof MANIFEST_FORMAT;
  id: string;
  name: string;
  version: string;
  description: string;
  license: { name: string; text: string };
  /** The model card (data, training, limits, measured quality), relative to the manifest. */
  card?: string;
  /**
   * Words that make this model draw a given character (character id -> words). Licensed packs
   * refer to the same ids; before each run the worker withholds every word of a character the
   * guardrails did not admit, so an unlicensed or refused character never reaches the model.
   */
  characterWords?: Record<string, string[]>;
  video: { frames: number; width: number; height: number; fps: number; layout: 'NCTHW'; range: [number, number] };
  tokenizer: WordTokenizer;
  /** Key of the text encoder graph in `graphs`. */
  textEncoder: string;
  graphs: Record<string, GraphSpec>;
  prediction: 'v';
  schedule: NoiseSchedule;
  modes: Partial<Record<ModeName, ModeSpec>> & { fast: ModeSpec };
}

class Reader {
  constructor(private readonly path: string) {}
  fail(message: string): never {
    throw new KinoraError('ManifestError', `Model manifest is invalid at ${this.path}: ${message}`);
  }
  at(key: string | number): Reader {
    return new Reader(typeof key === 'number' ? `${this.path}[${key}]` : `${this.path}.${key}`);
  }
  object(v: unknown): Record<string, unknown> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail('expected an object');
    return v as Record<string, unknown>;
  }
  array(v: unknown): unknown[] {
    if (!Array.isArray(v)) this.fail('expected a list');
    return v;
  }
  string(v: unknown): string {
    if (typeof v !== 'string' || v.length === 0) this.fail('expected a non-empty string');
    return v;
  }
  number(v: unknown, min = -Infinity, max = Infinity): number {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) this.fail(`expected a number from ${min} to ${max}`);
    return v;
  }
  int(v: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    const n = this.number(v, min, max);
    if (!Number.isInteger(n)) this.fail('expected a whole number');
    return n;
  }
  oneOf<T extends string>(v: unknown, options: readonly T[]): T {
    if (!options.includes(v as T)) this.fail(`expected one of ${options.join(', ')}`);
    return v as T;
  }
}

function field(r: Reader, obj: Record<string, unknown>, key: string): [Reader, unknown] {
  return [r.at(key), obj[key]];
}

function readFile(r: Reader, v: unknown): ModelFile {
  const o = r.object(v);
  const path = r.at('path').string(o.path);
  if (path.includes('..') || path.startsWith('/') || /^[a-z]+:/i.test(path)) r.at('path').fail('must be a relative path inside the model folder');
  const sha = r.at('sha256').string(o.sha256);
  if (!/^[0-9a-f]{64}$/.test(sha)) r.at('sha256').fail('expected 64 lower-case hex digits');
  return { path, bytes: r.at('bytes').int(o.bytes, 1), sha256: sha };
}

function readTensor(r: Reader, v: unknown): TensorSpec {
  const o = r.object(v);
  const shape = r.at('shape').array(o.shape).map((d, i) => (typeof d === 'string' ? r.at('shape').at(i).string(d) : r.at('shape').at(i).int(d, 1)));
  return { name: r.at('name').string(o.name), dtype: r.at('dtype').oneOf(o.dtype, ['float32', 'float16', 'int64', 'int32'] as const), shape };
}

function readCharacterWords(r: Reader, v: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [id, words] of Object.entries(r.object(v))) {
    out[id] = r.at(id).array(words).map((w, i) => {
      const word = r.at(id).at(i).string(w);
      if (!/^[a-z]+$/.test(word)) r.at(id).at(i).fail('expected one lower-case word (a-z), as the tokenizer splits them');
      return word;
    });
  }
  return out;
}

function readGraph(r: Reader, v: unknown): GraphSpec {
  const o = r.object(v);
  const variants = r.at('variants').array(o.variants).map((x, i) => {
    const vr = r.at('variants').at(i);
    const vo = vr.object(x);
    return {
      precision: vr.at('precision').oneOf(vo.precision, ['fp32', 'fp16'] as const),
      file: readFile(vr.at('file'), vo.file),
      externalData: vo.externalData === undefined ? [] : vr.at('externalData').array(vo.externalData).map((f, j) => readFile(vr.at('externalData').at(j), f)),
      webgpuFeatures: vo.webgpuFeatures === undefined ? [] : vr.at('webgpuFeatures').array(vo.webgpuFeatures).map((f, j) => vr.at('webgpuFeatures').at(j).string(f)),
    };
  });
  if (variants.length === 0) r.at('variants').fail('a graph needs at least one variant');
  if (!variants.some((x) => x.precision === 'fp32')) r.at('variants').fail('an fp32 variant is required (WebGPU without shader-f16 cannot run fp16)');
  return {
    inputs: r.at('inputs').array(o.inputs).map((x, i) => readTensor(r.at('inputs').at(i), x)),
    outputs: r.at('outputs').array(o.outputs).map((x, i) => readTensor(r.at('outputs').at(i), x)),
    variants,
  };
}

function readMode(r: Reader, v: unknown, graphs: Record<string, GraphSpec>): ModeSpec {
  const o = r.object(v);
  const denoiser = r.at('denoiser').string(o.denoiser);
  if (!graphs[denoiser]) r.at('denoiser').fail(`no graph named "${denoiser}"`);
  const so = r.at('steps').object(o.steps);
  const min = r.at('steps').at('min').int(so.min, 1, 1000);
  const max = r.at('steps').at('max').int(so.max, min, 1000);
  const steps = { min, max, default: r.at('steps').at('default').int(so.default, min, max) };
  const [gr, gv] = field(r, o, 'guidance');
  const go = gr.object(gv);
  const kind = gr.at('kind').oneOf(go.kind, ['baked', 'cfg'] as const);
  let guidance: GuidanceSpec;
  if (kind === 'baked') {
    guidance = { kind, scale: gr.at('scale').number(go.scale, 0, 100) };
  } else {
    const gmin = gr.at('min').number(go.min, 0, 100);
    const gmax = gr.at('max').number(go.max, gmin, 100);
    guidance = { kind, min: gmin, max: gmax, default: gr.at('default').number(go.default, gmin, gmax) };
  }
  return { label: r.at('label').string(o.label), denoiser, steps, guidance };
}

/** Checks an untrusted manifest (parsed JSON) and returns it typed, or throws ManifestError naming the bad field. */
export function validateManifest(value: unknown): ModelManifest {
  const r = new Reader('manifest');
  const o = r.object(value);
  if (o.format !== MANIFEST_FORMAT) r.at('format').fail(`expected "${MANIFEST_FORMAT}" (got ${JSON.stringify(o.format)})`);
  const id = r.at('id').string(o.id);
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(id)) r.at('id').fail('use lower-case letters, digits, ".", "_" and "-"');
  const lic = r.at('license').object(o.license);
  const vo = r.at('video').object(o.video);
  const vr = r.at('video');
  const range = vr.at('range').array(vo.range).map((x, i) => vr.at('range').at(i).number(x));
  if (range.length !== 2 || range[0]! >= range[1]!) vr.at('range').fail('expected [low, high]');
  const to = r.at('tokenizer').object(o.tokenizer);
  const tr = r.at('tokenizer');
  tr.at('kind').oneOf(to.kind, ['word'] as const);
  const vocab = tr.at('vocab').array(to.vocab).map((w, i) => tr.at('vocab').at(i).string(w));
  const tokenizer: WordTokenizer = {
    kind: 'word',
    maxTokens: tr.at('maxTokens').int(to.maxTokens, 2, 4096),
    pad: tr.at('pad').int(to.pad, 0, vocab.length - 1),
    unk: tr.at('unk').int(to.unk, 0, vocab.length - 1),
    bos: tr.at('bos').int(to.bos, 0, vocab.length - 1),
    vocab,
  };
  const go = r.at('graphs').object(o.graphs);
  const graphs: Record<string, GraphSpec> = {};
  for (const [key, g] of Object.entries(go)) graphs[key] = readGraph(r.at('graphs').at(key), g);
  const textEncoder = r.at('textEncoder').string(o.textEncoder);
  if (!graphs[textEncoder]) r.at('textEncoder').fail(`no graph named "${textEncoder}"`);
  const so = r.at('schedule').object(o.schedule);
  r.at('schedule').at('kind').oneOf(so.kind, ['shifted-cosine'] as const);
  const mo = r.at('modes').object(o.modes);
  if (mo.fast === undefined) r.at('modes').at('fast').fail('the default "fast" mode is required');
  const modes: ModelManifest['modes'] = { fast: readMode(r.at('modes').at('fast'), mo.fast, graphs) };
  if (mo.quality !== undefined) modes.quality = readMode(r.at('modes').at('quality'), mo.quality, graphs);
  return {
    format: MANIFEST_FORMAT,
    id,
    name: r.at('name').string(o.name),
    version: r.at('version').string(o.version),
    description: r.at('description').string(o.description),
    license: { name: r.at('license').at('name').string(lic.name), text: r.at('license').at('text').string(lic.text) },
    ...(o.card !== undefined ? { card: r.at('card').string(o.card) } : {}),
    ...(o.characterWords !== undefined ? { characterWords: readCharacterWords(r.at('characterWords'), o.characterWords) } : {}),
    video: {
      frames: vr.at('frames').int(vo.frames, 1, 10000),
      width: vr.at('width').int(vo.width, 8, 8192),
      height: vr.at('height').int(vo.height, 8, 8192),
      fps: vr.at('fps').number(vo.fps, 1, 240),
      layout: vr.at('layout').oneOf(vo.layout, ['NCTHW'] as const),
      range: [range[0]!, range[1]!],
    },
    tokenizer,
    textEncoder,
    graphs,
    prediction: r.at('prediction').oneOf(o.prediction, ['v'] as const),
    schedule: { kind: 'shifted-cosine', logsnrShift: r.at('schedule').at('logsnrShift').number(so.logsnrShift, -20, 20) },
    modes,
  };
}

/** Every file the manifest names, each once. */
export function manifestFiles(manifest: ModelManifest): ModelFile[] {
  const seen = new Map<string, ModelFile>();
  for (const g of Object.values(manifest.graphs)) for (const v of g.variants) for (const f of [v.file, ...v.externalData]) seen.set(f.path, f);
  return [...seen.values()];
}
