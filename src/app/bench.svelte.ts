/**
 * The Benchmark page's state: the run options, the running suite (progress, cancel), its result or
 * error, and earlier result files loaded to compare with. A module, not a component, so a run
 * goes on while the person looks at another page.
 */
import { validateBenchResult, type BenchResult } from '../lib/bench';
import { BenchRunner, type BenchRunOptions } from '../lib/bench/client';
import type { SuiteProgress } from '../lib/bench/suite';
import { toKinoraError } from '../lib/errors';

/** A result and where it came from: "This device" for a run here, else the file's name. */
export interface ShownResult {
  source: string;
  result: BenchResult;
}

export const MAX_REPEAT = 50;
/** Results are a few kB per measurement; anything far bigger is not one (and would stall the page). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The result file's name: its start time, so files from several runs sort and do not collide. */
export function resultFileName(result: BenchResult): string {
  return `kinora-bench-${result.startedAt.replace(/[:.]/g, '-')}.json`;
}

/** A dropped or picked file as a result, or an Error that says what is wrong with it. */
async function readResultFile(file: File): Promise<BenchResult> {
  if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is ${Math.round(file.size / 1024 / 1024)} MB: too big to be a benchmark result.`);
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (e) {
    throw new Error(`${file.name} is not JSON (${(e as Error).message}).`);
  }
  try {
    return validateBenchResult(json);
  } catch (e) {
    throw new Error(`${file.name}: ${(e as Error).message}`);
  }
}

class BenchStore {
  options = $state<BenchRunOptions>({ suite: 'quick', repeat: 5, backends: navigator.gpu ? ['webgpu', 'wasm'] : ['wasm'] });
  state = $state<'idle' | 'running' | 'done' | 'failed' | 'cancelled'>('idle');
  progress = $state<SuiteProgress | null>(null);
  runError = $state<string | null>(null);
  /** The result on show: the last run here, or the first file loaded before any run. */
  shown = $state<ShownResult | null>(null);
  /** Earlier results, side by side with the shown one. */
  compared = $state<ShownResult[]>([]);
  /** One line per file that could not be loaded; nothing already loaded is lost. */
  fileErrors = $state<string[]>([]);

  private readonly runner = new BenchRunner();
  private controller: AbortController | null = null;

  get running(): boolean {
    return this.state === 'running';
  }

  /** Why Run is not possible now, or null. */
  get blocked(): string | null {
    const { repeat, backends } = this.options;
    if (backends.length === 0) return 'Pick at least one backend.';
    if (!Number.isInteger(repeat) || repeat < 1 || repeat > MAX_REPEAT) return `Repeats must be a whole number from 1 to ${MAX_REPEAT}.`;
    return null;
  }

  async run(): Promise<void> {
    if (this.running || this.blocked) return;
    const controller = new AbortController();
    this.controller = controller;
    this.state = 'running';
    this.progress = null;
    this.runError = null;
    try {
      const options = $state.snapshot(this.options);
      const result = await this.runner.run(options, { signal: controller.signal, onProgress: (p) => (this.progress = p) });
      this.shown = { source: 'This device', result };
      this.state = 'done';
    } catch (e) {
      const error = toKinoraError(e);
      this.state = error.code === 'Cancelled' ? 'cancelled' : 'failed';
      this.runError = error.code === 'Cancelled' ? 'Cancelled.' : error.message;
    } finally {
      this.controller = null;
      this.progress = null;
    }
  }

  cancel(): void {
    this.controller?.abort();
  }

  /** Loads result files: the first becomes the shown result when there is none yet, the rest are compared with it. */
  async addFiles(files: Iterable<File>): Promise<void> {
    const errors: string[] = [];
    for (const file of files) {
      try {
        const loaded = { source: file.name, result: await readResultFile(file) };
        if (this.shown) this.compared.push(loaded);
        else this.shown = loaded;
      } catch (e) {
        errors.push((e as Error).message);
      }
    }
    this.fileErrors = errors;
  }

  removeCompared(index: number): void {
    this.compared.splice(index, 1);
  }
}

export const bench = new BenchStore();
