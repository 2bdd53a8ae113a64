/** The pure parts of one generation's plumbing: the progress bar, the frames inbox, the worker's job queue, cancel in the sampler loop. */
import { describe, expect, it } from 'vitest';
import { CancellableJobs } from '../../src/lib/bridge/serve';
import type { Progress } from '../../src/lib/engine';
import { makePlan, sample } from '../../src/lib/sampler';
import { FramesInbox, type HandoffMessage, type ClipFrames } from '../../src/lib/stages/handoff';
import { progressPercent } from '../../src/lib/studio/progress';

const clip = (jobId: string): ClipFrames => ({
  jobId,
  frames: new Uint8ClampedArray(4),
  width: 1,
  height: 1,
  frameCount: 1,
  fps: 8,
  record: {} as ClipFrames['record'],
  overlay: { attribution: [] },
});

describe('progressPercent', () => {
  it('only moves forward through a whole job, from load to save', () => {
    const job: Progress[] = [
      { stage: 'load', message: '' },
      { stage: 'text', message: '' },
      ...[1, 2, 3, 4].map((step) => ({ stage: 'sample' as const, message: '', step, steps: 4 })),
      { stage: 'decode', message: '' },
      { stage: 'encode', message: '' },
      { stage: 'save', message: '' },
    ];
    let percent = 0;
    const seen = job.map((p) => (percent = progressPercent(p, percent)));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(97);
    // Encoding starts past the last sampling step (it used to fall back to 2 %).
    expect(progressPercent({ stage: 'encode', message: '' })).toBeGreaterThan(progressPercent({ stage: 'sample', message: '', step: 4, steps: 4 }));
  });

  it('never goes below what was shown before', () => {
    expect(progressPercent({ stage: 'load', message: '' }, 40)).toBe(40);
  });
});

describe('FramesInbox', () => {
  /** An inbox wired to a port, as the app wires the encoder, and the inference worker's end of it. */
  function wiredInbox() {
    const inbox = new FramesInbox();
    const { port1, port2 } = new MessageChannel();
    inbox.listen(port2);
    const send = (message: HandoffMessage) => port1.postMessage(message);
    return { inbox, send, close: () => port1.close() };
  }
  const never = () => new AbortController().signal;

  it('hands over frames that arrived before or after the encode request', async () => {
    const { inbox, send, close } = wiredInbox();
    send({ kind: 'job', jobId: 'a' });
    send({ kind: 'frames', clip: clip('a') });
    await new Promise((r) => setTimeout(r, 20));
    expect((await inbox.take('a', never())).jobId).toBe('a');
    send({ kind: 'job', jobId: 'b' });
    const later = inbox.take('b', never());
    send({ kind: 'frames', clip: clip('b') });
    expect((await later).jobId).toBe('b');
    close();
  });

  it('keeps only the latest job, and gives up on cancel', async () => {
    const { inbox, send, close } = wiredInbox();
    for (const id of ['old', 'new']) {
      send({ kind: 'job', jobId: id });
      send({ kind: 'frames', clip: clip(id) });
    }
    expect((await inbox.take('new', never())).jobId).toBe('new');
    await expect(inbox.take('old', never())).rejects.toMatchObject({ code: 'Refused' });
    send({ kind: 'job', jobId: 'slow' });
    const controller = new AbortController();
    const waiting = inbox.take('slow', controller.signal);
    controller.abort(new DOMException('Cancelled', 'AbortError'));
    await expect(waiting).rejects.toThrow('Cancelled');
    close();
  });

  it('takes frames from one port only, and refuses jobs its inference worker never started', async () => {
    const { inbox, close } = wiredInbox();
    const intruder = new MessageChannel();
    expect(() => inbox.listen(intruder.port2)).toThrow(/already connected/);
    // Frames posted on the refused port go nowhere.
    intruder.port1.postMessage({ kind: 'frames', clip: clip('forged') } satisfies HandoffMessage);
    await expect(inbox.take('forged', never())).rejects.toMatchObject({ code: 'Refused', message: expect.stringMatching(/did not start this job/) });
    intruder.port1.close();
    close();
  });
});

describe('CancellableJobs', () => {
  it('runs jobs one at a time in order, and cancels a queued one before it starts', async () => {
    const jobs = new CancellableJobs();
    const log: string[] = [];
    let release!: () => void;
    const first = jobs.run('1', async () => {
      log.push('1 start');
      await new Promise<void>((r) => (release = r));
      log.push('1 end');
    });
    const second = jobs.run('2', async () => void log.push('2 ran'));
    const third = jobs.run('3', async () => void log.push('3 start'));
    jobs.cancel('2');
    await Promise.resolve();
    release();
    await first;
    await expect(second).rejects.toMatchObject({ code: 'Cancelled' });
    await third;
    expect(log).toEqual(['1 start', '1 end', '3 start']);
  });
});

describe('sample (cancel)', () => {
  it('stops within one step of a cancel that arrives as a task, even when each step resolves through microtasks alone', async () => {
    // onnxruntime-web's WASM runs resolve without a task in between; the loop must still read a cancel.
    const plan = makePlan({ kind: 'shifted-cosine', logsnrShift: 0 }, 50, null);
    const controller = new AbortController();
    let calls = 0;
    setTimeout(() => controller.abort(new DOMException('Cancelled', 'AbortError')), 0);
    const run = sample({
      plan,
      noise: new Float32Array(4),
      signal: controller.signal,
      predict: async (z) => {
        calls++;
        return new Float32Array(z.length);
      },
    });
    await expect(run).rejects.toThrow('Cancelled');
    expect(calls).toBeLessThanOrEqual(1);
  });
});
