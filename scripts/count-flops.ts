/**
 * FLOPs of one call of an ONNX graph, counted from the shapes the graph really runs with: every
 * Conv, MatMul and Gemm does 2 * (output elements) * (multiply-adds per output element). Shape
 * inference cannot resolve every dimension of these graphs (reshapes computed from Shape ops), so
 * Debian's python3-onnx exposes each such op's operands as extra graph outputs in a temporary copy,
 * and onnxruntime-node runs it once to read the actual dimensions. Elementwise ops, norms and
 * softmax are not counted (small next to the convolutions; the figure is a lower bound).
 * `npm run flops` stores the count per batch item in the model manifest (`flopsPerItem`), where the
 * benches read it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { benchInputs } from '../src/lib/bench/inputs';
import type { TensorSpec } from '../src/lib/models';

const PYTHON = process.env.KINORA_PYTHON ?? '/usr/bin/python3';

/** Writes the exposed copy and prints, per counted op, which tensors to read and what is known already. */
const EXPOSE_OPERANDS = String.raw`
import json, sys, onnx
src, dst = sys.argv[1], sys.argv[2]
m = onnx.load(src)
init = {t.name: list(t.dims) for t in m.graph.initializer}
outputs = {o.name for o in m.graph.output}
ops, expose = [], []
for n in m.graph.node:
    if n.op_type not in ('Conv', 'MatMul', 'Gemm'):
        continue
    attrs = {a.name: onnx.helper.get_attribute_value(a) for a in n.attribute}
    op = {'op': n.op_type, 'name': n.name, 'a': n.input[0], 'b': n.input[1], 'y': n.output[0],
          'transA': int(attrs.get('transA', 0)), 'known': {k: init[k] for k in (n.input[0], n.input[1]) if k in init}}
    ops.append(op)
    for t in (n.input[0], n.input[1], n.output[0]):
        if t not in init and t not in outputs and t not in expose:
            expose.append(t)
for t in expose:
    m.graph.output.append(onnx.helper.make_empty_tensor_value_info(t))
onnx.save(m, dst)
print(json.dumps(ops))
`;

interface CountedOp {
  op: 'Conv' | 'MatMul' | 'Gemm';
  name: string;
  a: string;
  b: string;
  y: string;
  transA: number;
  known: Record<string, number[]>;
}

const product = (dims: readonly number[]) => dims.reduce((p, d) => p * d, 1);

/** Multiply-adds per output element of one op, from its operands' dimensions. */
function macsPerOutput(op: CountedOp, dims: (name: string) => readonly number[]): number {
  const a = dims(op.a);
  const b = dims(op.b);
  switch (op.op) {
    case 'Conv':
      return product(b.slice(1)); // weight [Cout, Cin/group, ...kernel]
    case 'MatMul':
      return a[a.length - 1]!;
    case 'Gemm':
      return op.transA ? a[0]! : a[1]!;
  }
}

/** The bench's shared inputs for a graph at `batch`, as onnxruntime-node tensors. */
export function nodeFeeds(inputs: readonly TensorSpec[], batch: number): Record<string, ort.Tensor> {
  return Object.fromEntries(
    benchInputs(inputs, batch).map((x) => [x.name, x.data.dtype === 'float32' ? new ort.Tensor('float32', x.data.values, x.dims) : new ort.Tensor('int64', x.data.values, x.dims)]),
  );
}

export interface FlopCount {
  flops: number;
  ops: number;
  byOp: Record<string, number>;
}

/** Counts FLOPs of one call of `modelPath` with `feeds` as inputs. */
export async function countFlops(modelPath: string, feeds: Record<string, ort.Tensor>): Promise<FlopCount> {
  const dir = mkdtempSync(join(tmpdir(), 'kinora-flops-'));
  try {
    const exposed = join(dir, 'exposed.onnx');
    const ops = JSON.parse(execFileSync(PYTHON, ['-c', EXPOSE_OPERANDS, modelPath, exposed], { encoding: 'utf8' })) as CountedOp[];
    const session = await ort.InferenceSession.create(exposed, { intraOpNumThreads: 2 });
    const values = await session.run(feeds);
    const dims = (name: string): readonly number[] => {
      const shape = values[name]?.dims ?? ops.find((o) => o.known[name])?.known[name];
      if (!shape) throw new Error(`no shape for tensor ${name}`);
      return shape;
    };
    const byOp: Record<string, number> = {};
    let flops = 0;
    for (const op of ops) {
      const f = 2 * product(dims(op.y)) * macsPerOutput(op, dims);
      byOp[op.op] = (byOp[op.op] ?? 0) + f;
      flops += f;
    }
    await session.release();
    return { flops, ops: ops.length, byOp };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
