import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { KinoraError } from '../../src/lib/errors';
import { createGuard } from '../../src/lib/guardrails';
import type { PackManifest, VerifiedPack } from '../../src/lib/packs';
import {
  checkEventCharacters,
  checkEventPresets,
  dayClips,
  defaultEvent,
  exportFileName,
  hashPin,
  idlePhase,
  localDay,
  parseEventFile,
  pinMatches,
  pinProblem,
  pinWaitMs,
  presetsFor,
  readKioskState,
  startKiosk,
  visitorClips,
  zipBlobs,
  FREE_PIN_TRIES,
} from '../../src/lib/kiosk';

const EXAMPLE = readFileSync(new URL('../../examples/event.json', import.meta.url), 'utf8');
const CHARACTERS = ['pip', 'bolt', 'nova', 'gloop'];
// Fewer iterations than the app's 600k keep the tests quick; the derivation is the same.
const FAST = 100_000;

function refusal(json: string): KinoraError {
  try {
    parseEventFile(json);
  } catch (e) {
    return e as KinoraError;
  }
  throw new Error('the event file was accepted');
}

describe('event file', () => {
  it('reads the example with its presets, and fills what it leaves out', () => {
    const event = parseEventFile(EXAMPLE);
    expect(event.name).toBe('Kinora at Winter Fan Fest');
    expect(presetsFor(event, 'pip')).toEqual(['jumps in the snow', 'walks to the left at sunset', 'spins around at night']);
    expect(presetsFor(event, 'nova')).toEqual(event.presets['*']);
    const bare = parseEventFile(JSON.stringify({ format: 'kinora-event/1', name: 'Stand 4', presets: { '*': ['jumps in the snow'] } }));
    expect(bare).toMatchObject({ idleSeconds: 90, countdownSeconds: 10, attractLoop: false, freeText: false });
    expect(() => checkEventCharacters(event, CHARACTERS)).not.toThrow();
  });

  it('names the field that is wrong and says the kiosk keeps its settings', () => {
    const event = JSON.parse(EXAMPLE) as Record<string, unknown>;
    const cases: [unknown, string][] = [
      [{ ...event, idleSeconds: 2 }, 'event.idleSeconds'],
      [{ ...event, attractLoop: 'yes' }, 'event.attractLoop: expected true or false'],
      [{ ...event, presets: { pip: ['jumps in the snow', 42] } }, 'event.presets.pip[1]'],
      [{ ...event, presets: { pip: [] } }, 'event.presets.pip'],
      [{ ...event, name: '' }, 'event.name'],
      [{ ...event, format: 'kinora-event/2' }, 'event.format'],
      [{ name: 'x', format: 'kinora-event/1' }, 'event.presets: is required'],
    ];
    for (const [value, field] of cases) {
      const error = refusal(JSON.stringify(value));
      expect(error).toBeInstanceOf(KinoraError);
      expect(error.code).toBe('InvalidEventFile');
      expect(error.message).toContain(field);
      expect(error.kept).toBe('The kiosk keeps its current settings.');
    }
    expect(refusal('{"format": "kinora-event/1",').message).toMatch(/^The event file was not loaded: event file: not JSON/);
  });

  it('refuses presets for a character no pack licenses, and characters left without presets', () => {
    const stranger = parseEventFile(JSON.stringify({ format: 'kinora-event/1', name: 'x', presets: { mickey: ['waves'] } }));
    expect(() => checkEventCharacters(stranger, CHARACTERS)).toThrow('event.presets.mickey: no licensed character has the id "mickey"');
    const partial = parseEventFile(JSON.stringify({ format: 'kinora-event/1', name: 'x', presets: { pip: ['jumps in the snow'] } }));
    expect(() => checkEventCharacters(partial, CHARACTERS)).toThrow('no presets for bolt, nova, gloop');
  });
});

describe('event presets and the guardrails', () => {
  const pack = (id: string): VerifiedPack => ({ manifest: JSON.parse(readFileSync(`public/packs/${id}/pack.json`, 'utf8')) as PackManifest, sha256: '0'.repeat(64), trustedLicensor: id });
  const packs = [pack('kinora-originals'), pack('pond-pals')];
  const guard = createGuard(packs);
  const characters = packs.flatMap((p) => p.manifest.characters);
  const check = async (prompt: string, id: string) => guard.check(prompt, { character: id });

  it("passes the example's presets for every bundled character", async () => {
    await expect(checkEventPresets(parseEventFile(EXAMPLE), characters, check)).resolves.toBeUndefined();
  });

  it('refuses a file with a preset the rules would refuse in front of a visitor, naming it', async () => {
    const event = parseEventFile(JSON.stringify({ format: 'kinora-event/1', name: 'x', presets: { '*': ['jumps in the snow', 'fights with a bloody sword'] } }));
    const error = await checkEventPresets(event, characters, check).then(() => null, (e: KinoraError) => e);
    expect(error?.code).toBe('InvalidEventFile');
    expect(error?.message).toMatch(/^The event file was not loaded: event\.presets\.\*\[1\]: the guardrails refuse "fights with a bloody sword" for pip \(/);
  });
});

describe('staff PIN', () => {
  it('stores a salted hash that matches only the PIN it was made from', async () => {
    const stored = await hashPin('2468', FAST);
    expect(JSON.stringify(stored)).not.toContain('2468');
    expect(await pinMatches('2468', stored)).toBe(true);
    expect(await pinMatches('2469', stored)).toBe(false);
    expect(await pinMatches('246', stored)).toBe(false);
    const again = await hashPin('2468', FAST);
    expect(again.salt).not.toBe(stored.salt);
    expect(again.hash).not.toBe(stored.hash);
  });

  it('accepts 4 to 12 digits only', async () => {
    expect(pinProblem('1234')).toBeNull();
    for (const bad of ['123', '1234567890123', '12a4', ' 1234']) expect(pinProblem(bad)).toBe('A staff PIN is 4 to 12 digits.');
    await expect(hashPin('12', FAST)).rejects.toThrow('4 to 12 digits');
  });

  it('makes staff wait after too many wrong PINs, and only for a while', () => {
    expect(pinWaitMs(FREE_PIN_TRIES - 1, 1000, 1000)).toBe(0);
    expect(pinWaitMs(FREE_PIN_TRIES, 1000, 1000)).toBe(30_000);
    expect(pinWaitMs(FREE_PIN_TRIES, 1000, 21_000)).toBe(10_000);
    expect(pinWaitMs(FREE_PIN_TRIES + 3, 1000, 40_000)).toBe(0);
  });
});

describe('idle reset', () => {
  const times = { idleSeconds: 90, countdownSeconds: 10 };
  it('stays active, then counts down whole seconds, then resets', () => {
    expect(idlePhase(0, times)).toEqual({ phase: 'active' });
    expect(idlePhase(89_999, times)).toEqual({ phase: 'active' });
    expect(idlePhase(90_000, times)).toEqual({ phase: 'countdown', secondsLeft: 10 });
    expect(idlePhase(90_001, times)).toEqual({ phase: 'countdown', secondsLeft: 10 });
    expect(idlePhase(99_500, times)).toEqual({ phase: 'countdown', secondsLeft: 1 });
    expect(idlePhase(100_000, times)).toEqual({ phase: 'reset' });
  });
});

describe('kiosk state', () => {
  it('survives a reload through its schema, and a tampered record counts as no kiosk', async () => {
    const state = startKiosk(await hashPin('1234', FAST), defaultEvent(['jumps in the snow']));
    const read = readKioskState(JSON.stringify(state));
    expect(read).toEqual(state);
    expect(readKioskState(JSON.stringify({ ...state, pin: { ...state.pin, algorithm: 'none' } }))).toBeNull();
    expect(readKioskState('{')).toBeNull();
    expect(readKioskState(null)).toBeNull();
  });

  it("shows a visitor only their own clips and exports the whole day's", async () => {
    const state = startKiosk(await hashPin('1234', FAST), defaultEvent(['jumps in the snow']));
    const earlier = state.visitor;
    state.clips.push({ id: 'a', day: '2026-12-01', visitor: earlier }, { id: 'b', day: '2026-11-30', visitor: earlier });
    state.visitor = 'next';
    state.clips.push({ id: 'c', day: '2026-12-01', visitor: 'next' });
    expect(visitorClips(state)).toEqual(['c']);
    expect(dayClips(state, '2026-12-01')).toEqual(['a', 'c']);
  });

  it('names days and export files as staff read them', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(exportFileName({ ...defaultEvent(['x']), name: 'Comic Con: Hall B!' }, '2026-12-01')).toBe('kinora-comic-con-hall-b-2026-12-01.zip');
    expect(exportFileName({ ...defaultEvent(['x']), name: '★★' }, '2026-12-01')).toBe('kinora-event-2026-12-01.zip');
  });
});

describe('ZIP export', () => {
  it('stores each file byte for byte, as an unzip tool reads it back', async () => {
    const mp4 = readFileSync(new URL('./fixtures/testsrc-64x64-16f.mp4', import.meta.url));
    const big = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
    const zip = await zipBlobs([
      { name: 'clips/a.mp4', data: new Blob([mp4]), modified: new Date(2026, 11, 1, 12) },
      { name: 'clips/big.bin', data: new Blob([big]), modified: new Date(2026, 11, 1, 13) },
      { name: 'clips.json', data: new Blob(['{"clips":2}']), modified: new Date(2026, 11, 1, 14) },
    ]);
    expect(zip.type).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(files)).toEqual(['clips/a.mp4', 'clips/big.bin', 'clips.json']);
    expect(Buffer.from(files['clips/a.mp4']!).equals(mp4)).toBe(true);
    expect(Buffer.from(files['clips/big.bin']!).equals(Buffer.from(big))).toBe(true);
    expect(strFromU8(files['clips.json']!)).toBe('{"clips":2}');
  });
});
