/**
 * The inputs a benchmark feeds a graph: dynamic axes ("batch") set to the batch, floats seeded,
 * token ids a fixed short prompt then padding. Plain arrays, so the native (onnxruntime-node) and
 * browser (onnxruntime-web) benches wrap the very same numbers in their own tensor types.
 */
import type { TensorSpec } from '../models';
import { seededFloats } from './seeded';

export interface BenchInput {
  name: string;
  dims: number[];
  data: { dtype: 'float32'; values: Float32Array<ArrayBuffer> } | { dtype: 'int64'; values: BigInt64Array<ArrayBuffer> };
}

const PROMPT_TOKENS = 6;

export function benchInputs(inputs: readonly TensorSpec[], batch: number): BenchInput[] {
  return inputs.map((spec, i) => {
    const dims = spec.shape.map((d) => (typeof d === 'number' ? d : batch));
    const count = dims.reduce((p, d) => p * d, 1);
    const row = dims[dims.length - 1] ?? 1;
    switch (spec.dtype) {
      case 'float32':
        return { name: spec.name, dims, data: { dtype: 'float32', values: seededFloats(count, 7 + i) } };
      case 'int64':
        // Ids from 3 up (0-2 are pad/unk/bos in the word tokenizer), then padding.
        return { name: spec.name, dims, data: { dtype: 'int64', values: BigInt64Array.from({ length: count }, (_, k) => BigInt(k % row < PROMPT_TOKENS ? 3 + (k % 20) : 0)) } };
      default:
        throw new Error(`input ${spec.name} has dtype ${spec.dtype}, which the bench does not feed`);
    }
  });
}
