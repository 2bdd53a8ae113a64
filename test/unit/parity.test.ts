/**
 * The shipped ONNX graphs must compute what the PyTorch model computed at export time, in both
 * runtimes the project uses: onnxruntime-node and onnxruntime-web's WASM backend. The int8
 * student (what WASM runs) is held to the fp32 clip within quantisation error instead.
 */
import * as ortNode from 'onnxruntime-node';
import * as ortWeb from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { pickVariant, variantFor } from '../../src/lib/models';
import { makePlan, sample, SeededRandom } from '../../src/lib/sampler';
import { bundledManifest, every, maxAbsDiff, readModelFile, reference } from './fixtures';

type Ort = typeof ortNode;
const manifest = bundledManifest();
const ref = reference();
const SIZE = 3 * 16 * 64 * 64;

async function sessions(ort: Ort, options: object) {
  const open = (graph: string) => ort.InferenceSession.create(readModelFile(pickVariant(manifest, graph).file.path), options);
  const int8 = variantFor(manifest, 'student', 'wasm', 1);
  return {
    text: await open('text_encoder'),
    teacher: await open('teacher'),
    student: await open('student'),
    studentInt8: int8.precision === 'int8' ? await ort.InferenceSession.create(readModelFile(int8.file.path), options) : null,
  };
}

const runtimes: [string, () => Promise<Awaited<ReturnType<typeof sessions>>>, Ort][] = [
  ['onnxruntime-node', () => sessions(ortNode, {}), ortNode],
  ['onnxruntime-web (WASM)', () => sessions(ortWeb as unknown as Ort, { executionProviders: ['wasm'] }), ortWeb as unknown as Ort],
];

describe.each(runtimes)('%s parity with PyTorch', (_, open, ort) => {
  let s: Awaited<ReturnType<typeof sessions>>;
  const embed = async (tokens: number[]) => {
    const out = await s.text.run({ tokens: new ort.Tensor('int64', BigInt64Array.from(tokens, BigInt), [1, tokens.length]) });
    return out.text_embedding!.data as Float32Array;
  };
  const denoise = async (session: ortNode.InferenceSession, z: Float32Array, t: number, text: Float32Array) => {
    const out = await session.run({
      z: new ort.Tensor('float32', z, [1, 3, 16, 64, 64]),
      t: new ort.Tensor('float32', Float32Array.of(t), [1]),
      text: new ort.Tensor('float32', text, [1, text.length]),
    });
    return out.v!.data as Float32Array;
  };

  it('text encoder', { timeout: 60_000 }, async () => {
    s = await open();
    expect(maxAbsDiff(await embed(ref.tokens), ref.textEmbedding)).toBeLessThan(1e-4);
  });

  it('teacher and student denoisers, from the browser sampler\'s seeded noise', { timeout: 60_000 }, async () => {
    const text = Float32Array.from(ref.textEmbedding);
    const noise = () => new SeededRandom(ref.seed).fillNormal(new Float32Array(SIZE));
    expect(maxAbsDiff(every(await denoise(s.teacher, noise(), ref.teacherV.t, text), ref.sampleEvery), ref.teacherV.values)).toBeLessThan(2e-3);
    expect(maxAbsDiff(every(await denoise(s.student, noise(), ref.studentV.t, text), ref.sampleEvery), ref.studentV.values)).toBeLessThan(2e-3);
  });

  it('a whole 4-step student clip through the TypeScript sampler', { timeout: 120_000 }, async () => {
    const text = await embed(ref.tokens);
    const x0 = await sample({
      plan: makePlan(manifest.schedule, ref.studentSample.steps, null),
      noise: new SeededRandom(ref.seed).fillNormal(new Float32Array(SIZE)),
      predict: (z, t) => denoise(s.student, z, t, text),
    });
    expect(maxAbsDiff(every(x0, ref.sampleEvery), ref.studentSample.values)).toBeLessThan(5e-3);
  });

  it('the int8 student\'s 4-step clip stays within quantisation error of the fp32 one', { timeout: 120_000 }, async () => {
    expect(s.studentInt8, 'the bundled model lists an int8 student').not.toBeNull();
    const text = await embed(ref.tokens);
    const x0 = await sample({
      plan: makePlan(manifest.schedule, ref.studentSample.steps, null),
      noise: new SeededRandom(ref.seed).fillNormal(new Float32Array(SIZE)),
      predict: (z, t) => denoise(s.studentInt8!, z, t, text),
    });
    const got = every(x0, ref.sampleEvery);
    const meanAbs = got.reduce((sum, x, i) => sum + Math.abs(x - ref.studentSample.values[i]!), 0) / got.length;
    // Measured at release: mean 0.036, largest 0.15-0.17 (values span -1..1), in both runtimes.
    expect(meanAbs).toBeLessThan(0.05);
    expect(maxAbsDiff(got, ref.studentSample.values)).toBeLessThan(0.25);
  });
});
