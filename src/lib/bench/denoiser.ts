/**
 * A graph's call latency in the browser through the app's own onnxruntime-web edge (same build and session
 * options as generation), at each batch, after warm-ups: the browser side of the comparison with
 * `npm run bench:native`, fed the same inputs (benchInputs).
 */
import type { Backend } from '../engine';
import { configureOrt, createSession, floatInput, int64Input, releaseSession, runFloat } from '../engine/ort';
import type { TensorSpec } from '../models';
import { benchInputs } from './inputs';
import { timeRepeated } from './stats';

export interface GraphLatency {
  batch: number;
  sessionCreateMs: number;
  /** ms per session.run, warm-ups first. */
  samples: number[];
}

export async function benchGraphLatency(
  model: Uint8Array,
  inputs: readonly TensorSpec[],
  backend: Backend,
  threads: number,
  batches: readonly number[],
  warmup: number,
  repeat: number,
): Promise<GraphLatency[]> {
  await configureOrt(backend, threads);
  const createStart = performance.now();
  const session = await createSession({ model, externalData: [] }, backend);
  const sessionCreateMs = performance.now() - createStart;
  try {
    const out: GraphLatency[] = [];
    for (const batch of batches) {
      const feeds = Object.fromEntries(benchInputs(inputs, batch).map((x) => [x.name, x.data.dtype === 'float32' ? floatInput(x.data.values, x.dims) : int64Input(x.data.values, x.dims)]));
      out.push({ batch, sessionCreateMs, samples: await timeRepeated(() => runFloat(session, feeds), warmup, repeat) });
    }
    return out;
  } finally {
    await releaseSession(session);
  }
}
