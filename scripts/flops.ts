/**
 * Counts the FLOPs of one call of each graph of the bundled model per batch item
 * (scripts/count-flops.ts: Conv, MatMul and Gemm from the shapes the graph runs with at batch 1)
 * and writes them into its manifest as `flopsPerItem`, where the benchmarks read them. Run it after
 * models/kinora-tiny/train/export.py writes a new manifest; test/unit/bench.test.ts fails when a
 * stored count no longer matches its graph. Needs Debian's python3-onnx.
 *
 *   npm run flops
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateManifest } from '../src/lib/models/manifest';
import { countFlops, nodeFeeds } from './count-flops';

const MODEL_DIR = fileURLToPath(new URL('../models/kinora-tiny/', import.meta.url));
const path = join(MODEL_DIR, 'manifest.json');
const manifest = JSON.parse(readFileSync(path, 'utf8')) as { graphs: Record<string, { flopsPerItem?: number }> };
const checked = validateManifest(manifest);
for (const [name, graph] of Object.entries(checked.graphs)) {
  const file = graph.variants.find((x) => x.precision === 'fp32')!.file;
  const { flops, ops } = await countFlops(join(MODEL_DIR, file.path), nodeFeeds(graph.inputs, 1));
  manifest.graphs[name]!.flopsPerItem = flops;
  process.stdout.write(`${name}: ${(flops / 1e9).toFixed(3)} GFLOP per item (${ops} Conv/MatMul/Gemm ops)\n`);
}
writeFileSync(path, `${JSON.stringify(manifest, null, 1)}\n`);
