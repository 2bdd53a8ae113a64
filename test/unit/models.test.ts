import { describe, expect, it } from 'vitest';
import { KinoraError } from '../../src/lib/errors';
import { fetchGraph, manifestFiles, sha256Hex, tokenize, validateManifest, variantFor, verifyFile, type DropStoredCopy } from '../../src/lib/models';
import { bundledManifest, rawManifest, readModelFile, reference } from './fixtures';

function mutated(edit: (m: any) => void): unknown {
  const m = rawManifest();
  edit(m);
  return m;
}

describe('model manifest', () => {
  it('accepts the bundled model and lists every file once', () => {
    const m = bundledManifest();
    expect(m.id).toBe('kinora-tiny');
    expect(m.modes.fast.denoiser).toBe('student');
    expect(m.card).toBe('MODEL_CARD.md');
    expect(manifestFiles(m).map((f) => f.path).sort()).toEqual(['student-int8.onnx', 'student.onnx', 'teacher.onnx', 'text_encoder.onnx']);
  });

  it('runs the int8 student on single-threaded WASM, and fp32 everywhere else', () => {
    const m = bundledManifest();
    expect(variantFor(m, 'student', 'wasm', 1).file.path).toBe('student-int8.onnx');
    expect(variantFor(m, 'student', 'wasm', 2).file.path).toBe('student.onnx');
    expect(variantFor(m, 'student', 'wasm', 4).file.path).toBe('student.onnx');
    expect(variantFor(m, 'student', 'webgpu', 2).file.path).toBe('student.onnx');
    // Graphs without an int8 variant run fp32 on WASM too.
    expect(variantFor(m, 'teacher', 'wasm', 2).file.path).toBe('teacher.onnx');
    expect(variantFor(m, 'text_encoder', 'wasm', 2).file.path).toBe('text_encoder.onnx');
  });

  it('lists a variant other than fp32 only if the judge scored that very file within a point of fp32', () => {
    const m = bundledManifest();
    type Judged = { samples: number; sha256?: string; accuracy: { all: number } };
    const quality = JSON.parse(new TextDecoder().decode(readModelFile('quality.json'))) as Record<string, Judged>;
    const variants = Object.entries(m.graphs).flatMap(([graph, spec]) => spec.variants.filter((x) => x.precision !== 'fp32').map((x) => ({ graph, x })));
    expect(variants.length).toBeGreaterThan(0);
    for (const { graph, x } of variants) {
      const judged = quality[`${graph}-${x.precision}`];
      const fp32 = quality[graph]!;
      expect(judged, `quality.json judges ${graph}-${x.precision}`).toBeDefined();
      expect(judged!.sha256, 'judged from the listed file').toBe(x.file.sha256);
      expect(judged!.samples).toBe(fp32.samples);
      expect(judged!.accuracy.all).toBeGreaterThanOrEqual(fp32.accuracy.all - 0.01);
    }
  });

  it.each([
    ['a wrong format', (m: any) => (m.format = 'other/9'), /manifest\.format: expected "kinora-model\/1"/],
    ['a missing graph for a mode', (m: any) => (m.modes.fast.denoiser = 'nope'), /manifest\.modes\.fast\.denoiser: no graph named "nope"/],
    ['a bad checksum', (m: any) => (m.graphs.student.variants[0].file.sha256 = 'abc'), /manifest\.graphs\.student\.variants\[0\]\.file\.sha256: expected 64 lower-case hex digits/],
    ['a path escaping the model folder', (m: any) => (m.graphs.student.variants[0].file.path = '../../etc/passwd'), /must be a relative path/],
    ['a remote file', (m: any) => (m.graphs.student.variants[0].file.path = 'https://evil.example/x.onnx'), /must be a relative path/],
    ['fp16 only', (m: any) => (m.graphs.student.variants[0].precision = 'fp16'), /an fp32 variant is required/],
    ['default steps out of range', (m: any) => (m.modes.fast.steps.default = 9), /manifest\.modes\.fast\.steps\.default/],
    ['a model card that is not a path', (m: any) => (m.card = 7), /manifest\.card: expected a non-empty string/],
    ['a missing field', (m: any) => delete m.name, /manifest\.name: is required$/],
    ['a list where an object belongs', (m: any) => (m.license = []), /manifest\.license: expected an object$/],
    ['no default mode', (m: any) => delete m.modes.fast, /manifest\.modes\.fast: the default "fast" mode is required/],
    ['an unknown guidance kind', (m: any) => (m.modes.fast.guidance = { kind: 'auto' }), /manifest\.modes\.fast\.guidance\.kind: expected one of "baked", "cfg"$/],
    ['guidance bounds out of order', (m: any) => (m.modes.fast.guidance = { kind: 'cfg', min: 3, max: 2, default: 2 }), /manifest\.modes\.fast\.guidance\.max: expected a number from 3 to 100$/],
    ['steps bounds out of order', (m: any) => ((m.modes.fast.steps.min = 3), (m.modes.fast.steps.max = 2)), /manifest\.modes\.fast\.steps\.max: expected a whole number from 3 to 1000$/],
    ['a token id outside the vocabulary', (m: any) => (m.tokenizer.bos = 9999), /manifest\.tokenizer\.bos: expected a whole number from 0 to \d+ \(an index into vocab\)$/],
    ['a text encoder that is no graph', (m: any) => (m.textEncoder = 'toString'), /manifest\.textEncoder: no graph named "toString"$/],
    ['a shape that is neither size nor axis', (m: any) => (m.graphs.student.inputs[0].shape[1] = true), /manifest\.graphs\.student\.inputs\[0\]\.shape\[1\]: expected a size/],
    ['an empty video range', (m: any) => (m.video.range = [1, 1]), /manifest\.video\.range: expected \[low, high\] with low < high$/],
    ['a character word the tokenizer would split', (m: any) => (m.characterWords.pip = ['orange fox']), /manifest\.characterWords\.pip\[0\]: expected one lower-case word/],
    ['a non-object', () => undefined, /manifest: expected an object/],
  ])('rejects %s with a message naming the field', (_, edit, message) => {
    const input = _ === 'a non-object' ? 42 : mutated(edit);
    expect(() => validateManifest(input)).toThrow(message);
    try {
      validateManifest(input);
    } catch (e) {
      expect((e as KinoraError).code).toBe('ManifestError');
    }
  });

  it('describes large models: external data files and required WebGPU features', () => {
    const m = validateManifest(
      mutated((raw: any) => {
        raw.graphs.teacher.variants.push({
          precision: 'fp16',
          file: { path: 'teacher.fp16.onnx', bytes: 1000, sha256: 'a'.repeat(64) },
          externalData: [{ path: 'teacher.fp16.onnx.data', bytes: 3_000_000_000, sha256: 'b'.repeat(64) }],
          webgpuFeatures: ['shader-f16'],
        });
      }),
    );
    const fp16 = m.graphs.teacher!.variants[1]!;
    expect(fp16.externalData[0]!.bytes).toBe(3_000_000_000);
    expect(fp16.webgpuFeatures).toEqual(['shader-f16']);
    expect(manifestFiles(m)).toHaveLength(6);
  });
});

describe('model file integrity', () => {
  const m = bundledManifest();
  const file = m.graphs.text_encoder!.variants[0]!.file;
  const bytes = readModelFile(file.path);

  it('accepts the shipped bytes', async () => {
    expect(await sha256Hex(bytes)).toBe(file.sha256);
    await expect(verifyFile(file, bytes)).resolves.toBeUndefined();
  });

  it('refuses a truncated file, saying so', async () => {
    await expect(verifyFile(file, bytes.subarray(0, bytes.length - 100))).rejects.toThrow(/truncated or corrupt/);
  });

  it('refuses a file with one byte changed', async () => {
    const corrupt = bytes.slice();
    const middle = corrupt.length >> 1;
    corrupt[middle] = corrupt[middle]! ^ 0xff;
    await expect(verifyFile(file, corrupt)).rejects.toMatchObject({ code: 'ModelIntegrityError', message: expect.stringMatching(/does not match its manifest checksum/) });
  });
});

describe('a damaged stored copy of a model file', () => {
  const m = bundledManifest();
  const variant = m.graphs.text_encoder!.variants[0]!;
  const good = readModelFile(variant.file.path);
  const damaged = good.slice();
  damaged[damaged.length >> 1]! ^= 0xff;
  const base = 'https://kinora.test/models/kinora-tiny/manifest.json';
  /** A fetcher that answers from a one-file cache, else from the network (or fails when offline). */
  function world(online: boolean) {
    const cache = new Map<string, Uint8Array>([[new URL(variant.file.path, base).href, damaged]]);
    const fetches: string[] = [];
    const fetcher = async (url: string) => {
      const stored = cache.get(url);
      fetches.push(stored ? 'cache' : 'network');
      if (stored) return new Response(stored as Uint8Array<ArrayBuffer>);
      if (!online) throw new TypeError('Failed to fetch');
      return new Response(good as Uint8Array<ArrayBuffer>);
    };
    const drop: DropStoredCopy = async (url) => (cache.delete(url) ? { refill: async (bytes) => void cache.set(url, bytes) } : null);
    return { cache, fetches, fetcher, drop };
  }

  it('is dropped, fetched again from the network, checked, and stored again', async () => {
    const { cache, fetches, fetcher, drop } = world(true);
    const graph = await fetchGraph(base, variant, fetcher, undefined, drop);
    expect(await sha256Hex(graph.model)).toBe(variant.file.sha256);
    expect(fetches).toEqual(['cache', 'network']);
    expect(await sha256Hex(cache.get(new URL(variant.file.path, base).href)!)).toBe(variant.file.sha256);
  });

  it('is refused with a clear message when offline, and never loaded', async () => {
    const { fetcher, drop } = world(false);
    await expect(fetchGraph(base, variant, fetcher, undefined, drop)).rejects.toMatchObject({
      code: 'ModelIntegrityError',
      message: expect.stringMatching(/stored copy of text_encoder.onnx was damaged .* could not be downloaded again \(.*Failed to fetch\)\. Connect to the network once/),
    });
  });

  it('without a stored copy to drop, fails its check as before', async () => {
    const { fetcher } = world(true);
    await expect(fetchGraph(base, variant, fetcher)).rejects.toThrow(/does not match its manifest checksum/);
  });
});

describe('tokenizer', () => {
  const tok = bundledManifest().tokenizer;

  it('matches the training tokenizer on the reference prompt', () => {
    const ref = reference();
    expect(tokenize(ref.prompt, tok).ids).toEqual(ref.tokens);
  });

  it('ignores unknown words instead of failing, and reports them', () => {
    const { ids, unknown } = tokenize('Pip the fox dances wonderfully!', tok);
    expect(unknown).toEqual(['dances', 'wonderfully']);
    expect(ids).toHaveLength(tok.maxTokens);
    expect(ids.filter((i) => i === tok.unk)).toHaveLength(2);
  });

  it('pads and truncates to the model length, BOS first', () => {
    expect(tokenize('', tok).ids).toEqual([tok.bos, ...Array(tok.maxTokens - 1).fill(tok.pad)]);
    expect(tokenize('fox '.repeat(40), tok).ids).toHaveLength(tok.maxTokens);
  });
});
