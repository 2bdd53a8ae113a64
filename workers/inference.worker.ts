/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { toKinoraError } from '../src/lib/errors';
import { Generator } from '../src/lib/engine/generator';
import { modelCallCount } from '../src/lib/engine/ort';
import { PolicyGate } from '../src/lib/engine/policy-gate';
import { checkSettings, type GenerationSettings } from '../src/lib/engine/settings';
import { KinoraError } from '../src/lib/errors';
import type { JobResult, Progress } from '../src/lib/engine/types';
import { loadBundledPacks } from '../src/lib/packs';
import { appendAudit } from '../src/lib/storage';

const generator = new Generator();
const gate = new PolicyGate(() => loadBundledPacks(new URL(import.meta.env.BASE_URL, self.location.href), fetch), appendAudit);
const jobs = new Map<number, AbortController>();

const api = {
  open(manifestUrl: string) {
    return generator.open(manifestUrl).catch((e) => Promise.reject(toKinoraError(e, 'ModelLoadError')));
  },
  prepare(settings: Pick<GenerationSettings, 'mode' | 'backend'>) {
    return generator.prepare(settings).catch((e) => Promise.reject(toKinoraError(e, 'ModelLoadError')));
  },
  packs() {
    return gate.packs();
  },
  check(prompt: string, character: string | null) {
    return gate.preview(prompt, character);
  },
  async generate(id: number, settings: GenerationSettings, onProgress: (p: Progress) => void): Promise<JobResult> {
    const controller = new AbortController();
    jobs.set(id, controller);
    try {
      const manifest = generator.getManifest();
      const issues = checkSettings(settings, manifest);
      if (issues.length > 0) throw new KinoraError('InvalidSettings', issues.map((i) => i.message).join(' '));
      // The worker checks the prompt itself: a job is only as allowed as this decision says.
      const admission = await gate.admit(settings.prompt, settings.character, manifest.characterWords ?? {});
      if (!admission.decision.allowed) return { kind: 'blocked', decision: admission.decision };
      const out = await generator.generate(
        settings,
        // Fire and forget: the sampler never waits for the UI. Preview buffers are transferred, not copied.
        (p) => void onProgress(p.preview ? Comlink.transfer(p, [p.preview.buffer]) : p),
        controller.signal,
        admission.conditioning,
      );
      const result: JobResult = {
        kind: 'done',
        output: { ...out, decision: admission.decision, attribution: admission.attribution, withheldWords: admission.withheld },
      };
      return Comlink.transfer(result, [out.frames.buffer]);
    } catch (e) {
      throw toKinoraError(e);
    } finally {
      jobs.delete(id);
    }
  },
  stats() {
    return { modelCalls: modelCallCount() };
  },
  cancel(id: number) {
    jobs.get(id)?.abort();
  },
};

export type InferenceApi = typeof api;
Comlink.expose(api);
