import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PolicyGate } from '../../src/lib/engine/policy-gate';
import type { AuditEntry, LearnedCheck } from '../../src/lib/guardrails';
import { loadBundledPacks } from '../../src/lib/packs';
import { bundledManifest } from './fixtures';
import { classifierManifest, nodeLearnedCheck } from '../../scripts/learned-check-node';

const BASE = 'http://kinora.test/';

/** Serves public/ like the app's origin does; `edit` may change a file on the way. */
function publicFetch(edit: (path: string, body: string) => string = (_, b) => b) {
  return async (url: string) => {
    const path = `public/${url.slice(BASE.length)}`;
    try {
      return new Response(edit(path, readFileSync(path, 'utf8')));
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

const packsAt = (fetchFn: ReturnType<typeof publicFetch>) => () => loadBundledPacks(BASE, fetchFn, new Date('2026-11-24T12:00:00Z'));

function gate(fetchFn = publicFetch(), learned: () => Promise<LearnedCheck> = nodeLearnedCheck) {
  const log: AuditEntry[] = [];
  const g = new PolicyGate(packsAt(fetchFn), async (e) => void log.push(e), learned);
  return { g, log };
}

const words = bundledManifest().characterWords!;

describe('the worker-side policy gate', () => {
  it('logs every decision, allowed or blocked, with the attribution of the packs in the clip', async () => {
    const { g, log } = gate();
    const ok = await g.admit('Pip the fox jumps in the snow', null, words);
    const no = await g.admit('Bolt the robot explodes', null, words);
    expect(ok.decision.allowed).toBe(true);
    expect(ok.attribution).toEqual(['Pip & Bolt © Kinora Studio']);
    expect(no.decision).toMatchObject({ allowed: false, category: 'character-rule' });
    expect(log.map((e) => [e.prompt, e.allowed])).toEqual([
      ['Pip the fox jumps in the snow', true],
      ['Bolt the robot explodes', false],
    ]);
  });

  it('never lets the model read words of a character the guard did not admit', async () => {
    const { g } = gate();
    // "an orange fox" reads as a common noun to the guard, so Pip is not part of this clip...
    const a = await g.admit('Nova and an orange fox walk at sunset', null, words);
    expect(a.decision.allowed).toBe(true);
    expect(a.decision.characters).toEqual(['nova']);
    // ...and the model is not told to draw one (Pond Pals allows no crossover).
    expect(a.withheld).toEqual(['orange', 'fox']);
    expect(a.conditioning).toBe('nova and an walk at sunset');
  });

  it("keeps a refused pack's characters away from the model", async () => {
    const tampered = publicFetch((path, body) => (path.endsWith('pond-pals/pack.json') ? body.replace('"1.0.0"', '"1.0.1"') : body));
    const { g } = gate(tampered);
    expect((await g.packs()).rejected.map((r) => r.code)).toEqual(['bad-signature']);
    const a = await g.admit('Nova the green star and Pip walk left', null, words);
    expect(a.decision.characters).toEqual(['pip']);
    expect(a.conditioning).not.toMatch(/\b(nova|star|green)\b/);
    expect(a.withheld).toEqual(['nova', 'green', 'star']);
    const alone = await g.admit('Nova spins at night', null, words);
    expect(alone.decision).toMatchObject({ allowed: false, category: 'no-character' });
  });

  it("adds the picked character's words only when the prompt has none of them", async () => {
    const { g } = gate();
    expect((await g.admit('jumps in the snow', 'pip', words)).conditioning).toBe('pip the fox jumps in the snow');
    expect((await g.admit('the fox jumps in the snow', 'pip', words)).conditioning).toBe('the fox jumps in the snow');
  });

  it('says when a decision could not be written to the audit log, and still decides', async () => {
    const full = new PolicyGate(
      packsAt(publicFetch()),
      async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      nodeLearnedCheck,
    );
    const blocked = await full.admit('Bolt the robot explodes', null, words);
    expect(blocked.decision.allowed).toBe(false);
    expect(blocked.audited).toBe(false);
    const allowed = await full.admit('Pip the fox jumps in the snow', null, words);
    expect(allowed.decision.allowed).toBe(true);
    expect(allowed.audited).toBe(false);
    const { g } = gate();
    expect((await g.admit('Pip the fox jumps in the snow', null, words)).audited).toBe(true);
  });

  it('asks the learned check about every prompt, logs its score, and refuses on it when it says so', async () => {
    const { threshold } = classifierManifest();
    const asked: string[] = [];
    // The gate's wiring, with a learned check that scores one phrasing high (the real classifier's own scores are tested in guard-classifier.test.ts).
    const learned = async (): Promise<LearnedCheck> => async (prompt) => {
      asked.push(prompt);
      const score = prompt.includes('edge of the roof') ? 0.96 : 0.02;
      return { score, category: 'self-harm', threshold, blocked: score >= threshold };
    };
    const { g, log } = gate(publicFetch(), learned);
    const refused = await g.admit('Pip stands at the edge of the roof and wants to disappear', null, words);
    expect(refused.decision).toMatchObject({ allowed: false, category: 'self-harm', rule: 'platform.learned' });
    const ok = await g.admit('Pip the fox jumps in the snow', null, words);
    expect(ok.decision.allowed).toBe(true);
    expect(asked).toEqual(['Pip stands at the edge of the roof and wants to disappear', 'Pip the fox jumps in the snow']);
    expect(log.map((e) => [e.rule, e.learned?.score])).toEqual([
      ['platform.learned', 0.96],
      [null, 0.02],
    ]);
    expect((await g.preview('Pip stands at the edge of the roof', 'pip')).rule).toBe('platform.learned');
  });

  it('decides nothing while the learned check cannot load, says why, and loads it again for the next prompt', async () => {
    let tries = 0;
    const flaky = async (): Promise<LearnedCheck> => {
      if (++tries === 1) throw new Error("The guard's classifier file is damaged (its sha256 does not match its manifest).");
      return nodeLearnedCheck();
    };
    const { g, log } = gate(publicFetch(), flaky);
    await expect(g.admit('Pip the fox jumps in the snow', null, words)).rejects.toThrow(/classifier file is damaged/);
    expect(log).toHaveLength(0);
    expect((await g.admit('Pip the fox jumps in the snow', null, words)).decision.allowed).toBe(true);
    expect(tries).toBe(2);
  });

  it('answers the next job with the error of a learned check that failed while the packs loaded (previews do not load it again), then loads it again', async () => {
    let tries = 0;
    const offlineOnce = async (): Promise<LearnedCheck> => {
      if (++tries === 1) throw new Error('The stored copy of the classifier was damaged and has been removed, but it could not be downloaded again.');
      return nodeLearnedCheck();
    };
    const { g } = gate(publicFetch(), offlineOnce);
    await g.packs(); // starts loading the learned check too
    await expect(g.preview('Pip the fox jumps', 'pip')).rejects.toThrow(/was damaged and has been removed/);
    await expect(g.admit('Pip the fox jumps in the snow', null, words)).rejects.toThrow(/was damaged and has been removed/);
    expect(tries).toBe(1); // not hidden behind a second attempt's error
    expect((await g.admit('Pip the fox jumps in the snow', null, words)).decision.allowed).toBe(true);
    expect(tries).toBe(2);
  });

  it("loads the learned check again for a job when the failure it would be given came from a preview's load while offline", async () => {
    let online = false;
    let tries = 0;
    const load = async (): Promise<LearnedCheck> => {
      tries++;
      if (!online) throw new Error('Could not read model file classifier.onnx: Failed to fetch');
      return nodeLearnedCheck();
    };
    const { g } = gate(publicFetch(), load);
    await g.packs();
    await expect(g.admit('Pip the fox jumps in the snow', null, words)).rejects.toThrow(/Failed to fetch/);
    await expect(g.preview('Pip the fox jumps', 'pip')).rejects.toThrow(/Failed to fetch/); // loads again, still offline
    expect(tries).toBe(2);
    online = true;
    expect((await g.admit('Pip the fox jumps in the snow', null, words)).decision.allowed).toBe(true);
    expect(tries).toBe(3);
  });
});
