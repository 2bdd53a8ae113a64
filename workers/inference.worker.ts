/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { toKinoraError } from '../src/lib/errors';
import { Generator } from '../src/lib/engine/generator';
import type { GenerationSettings } from '../src/lib/engine/settings';
import type { Progress } from '../src/lib/engine/types';

const generator = new Generator();
const jobs = new Map<number, AbortController>();

const api = {
  open(manifestUrl: string) {
    return generator.open(manifestUrl).catch((e) => Promise.reject(toKinoraError(e, 'ModelLoadError')));
  },
  prepare(settings: Pick<GenerationSettings, 'mode' | 'backend'>) {
    return generator.prepare(settings).catch((e) => Promise.reject(toKinoraError(e, 'ModelLoadError')));
  },
  async generate(id: number, settings: GenerationSettings, onProgress: (p: Progress) => void) {
    const controller = new AbortController();
    jobs.set(id, controller);
    try {
      const out = await generator.generate(
        settings,
        // Fire and forget: the sampler never waits for the UI. Preview buffers are transferred, not copied.
        (p) => void onProgress(p.preview ? Comlink.transfer(p, [p.preview.buffer]) : p),
        controller.signal,
      );
      return Comlink.transfer(out, [out.frames.buffer]);
    } catch (e) {
      throw toKinoraError(e);
    } finally {
      jobs.delete(id);
    }
  },
  cancel(id: number) {
    jobs.get(id)?.abort();
  },
};

export type InferenceApi = typeof api;
Comlink.expose(api);
