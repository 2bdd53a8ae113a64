/**
 * The event kiosk: staff start it with a PIN (and optionally an event file), and from then on the
 * app shows only the kiosk screen, across reloads, until staff leave with the PIN. It tracks the
 * visitor at the screen (whose clips they see), starts over after the event's idle time, records
 * the day's clips for the staff export, and holds app updates while it runs.
 */
import { KinoraError, toKinoraError } from '../lib/errors';
import {
  checkEventCharacters,
  checkEventPresets,
  dayClips,
  defaultEvent,
  exportFileName,
  hashPin,
  idlePhase,
  localDay,
  newVisitor,
  parseEventFile,
  pinMatches,
  pinProblem,
  pinWaitMs,
  presetPrompt,
  readKioskState,
  startKiosk,
  visitorClips,
  zipBlobs,
  type EventFile,
  type IdlePhase,
  type KioskState,
} from '../lib/kiosk';
import { getClip, type StoredClip } from '../lib/storage';
import { PROMPT_IDEAS } from './characters';
import { create } from './create.svelte';
import { megabytes } from './format';
import { holdOfflineUpdates } from './offline.svelte';
import { lockRoute } from './router.svelte';
import { licensedCharacters, studio } from './session.svelte';

const KIOSK_KEY = 'kinora.kiosk';
/** How often the idle clock is looked at: the countdown shows whole seconds. */
const IDLE_TICK_MS = 250;
/** Clips the attract loop cycles through: the day's most recent. */
const ATTRACT_CLIPS = 8;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

function readStored(): KioskState | null {
  try {
    return readKioskState(localStorage.getItem(KIOSK_KEY));
  } catch {
    return null;
  }
}

/** Saves the kiosk, and says whether a reload would find it (a kiosk that reloading leaves is no kiosk). */
function store(state: KioskState | null): boolean {
  try {
    if (!state) {
      localStorage.removeItem(KIOSK_KEY);
      return true;
    }
    const text = JSON.stringify(state);
    localStorage.setItem(KIOSK_KEY, text);
    return localStorage.getItem(KIOSK_KEY) === text;
  } catch {
    return false;
  }
}

async function readEventFile(file: File): Promise<EventFile> {
  const event = parseEventFile(await file.text());
  const characters = licensedCharacters();
  // Checked against the packs the worker verified: none yet means nothing to check against.
  if (characters.length === 0) throw new KinoraError('InvalidEventFile', 'The event file was not checked: no verified character packs yet.', 'The kiosk keeps its current settings.');
  checkEventCharacters(
    event,
    characters.map((c) => c.id),
  );
  await checkEventPresets(event, characters, (prompt, id) => studio.engine.check(prompt, id));
  return event;
}

export interface ShownClip {
  id: string;
  prompt: string;
  url: string;
}

/** Stored clips by id with one object URL each, made when a clip first shows and revoked when it goes. */
class ClipShelf {
  items = $state.raw<ShownClip[]>([]);
  private wanted = '';

  async show(ids: readonly string[]): Promise<void> {
    const key = ids.join(',');
    if (key === this.wanted) return;
    this.wanted = key;
    const previous = new Map(this.items.map((i) => [i.id, i]));
    const items: ShownClip[] = [];
    for (const id of ids) {
      const known = previous.get(id);
      if (known) {
        items.push(known);
        continue;
      }
      const clip = await getClip(id).catch(() => undefined);
      if (clip) items.push({ id, prompt: clip.record.prompt, url: URL.createObjectURL(clip.video) });
    }
    if (this.wanted !== key) {
      for (const item of items) if (!previous.has(item.id)) URL.revokeObjectURL(item.url);
      return;
    }
    const kept = new Set(items.map((i) => i.id));
    for (const [id, item] of previous) if (!kept.has(id)) URL.revokeObjectURL(item.url);
    this.items = items;
  }
}

class KioskStore {
  state = $state<KioskState | null>(readStored());
  /** `?kiosk` in the address, or Settings' button: the setup screen shows until staff start or cancel. */
  setupRequested = $state(new URLSearchParams(location.search).has('kiosk'));
  fullscreen = $state(typeof document !== 'undefined' && !!document.fullscreenElement);
  idle = $state<IdlePhase>({ phase: 'active' });
  /** The character the visitor picked (null: the start screen). */
  character = $state<string | null>(null);
  /** Nobody has touched the kiosk since it started over: the attract loop may play. */
  untouched = $state(true);
  /** The staff panel: 'closed', asking for the PIN, or open after the right PIN. */
  staff = $state<'closed' | 'pin' | 'open'>('closed');
  pinMessage = $state<string | null>(null);
  /** The last event file's outcome, for staff. */
  eventMessage = $state<string | null>(null);
  eventError = $state.raw<KinoraError | null>(null);
  exportMessage = $state<string | null>(null);
  exporting = $state(false);
  readonly visitorShelf = new ClipShelf();
  readonly attractShelf = new ClipShelf();
  private lastActivity = Date.now();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor() {
    document.addEventListener('fullscreenchange', () => (this.fullscreen = !!document.fullscreenElement));
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, () => this.touched(), { capture: true, passive: true });
    $effect.root(() => {
      $effect(() => {
        if (this.state) store($state.snapshot(this.state));
      });
      // A clip made and saved on the kiosk joins the visitor's clips and the day's export.
      $effect(() => {
        const result = create.result;
        const state = this.state;
        if (!state || !result || result.saveError || state.clips.some((c) => c.id === result.id)) return;
        state.clips.push({ id: result.id, day: localDay(new Date()), visitor: state.visitor });
      });
      $effect(() => {
        const state = this.state;
        void this.visitorShelf.show(state ? visitorClips(state) : []);
      });
      $effect(() => {
        const state = this.state;
        const wanted = state && state.event.attractLoop ? dayClips(state, localDay(new Date())).slice(-ATTRACT_CLIPS) : [];
        void this.attractShelf.show(wanted);
      });
    });
    if (this.state) this.lock();
  }

  get on(): boolean {
    return this.state !== null;
  }

  get setupOpen(): boolean {
    return !this.state && this.setupRequested;
  }

  get event(): EventFile | null {
    return this.state?.event ?? null;
  }

  openSetup(): void {
    this.setupRequested = true;
  }

  cancelSetup(): void {
    this.setupRequested = false;
    this.dropKioskParameter();
  }

  /**
   * Starts the kiosk. Called from the Start button's click, so the full-screen request still has
   * the person's gesture. Returns a problem for people, or null when the kiosk runs.
   */
  async start(pin: string, confirmation: string, eventFile: File | null): Promise<string | null> {
    const problem = pinProblem(pin) ?? (pin === confirmation ? null : 'The two PINs differ: type the same PIN twice.');
    if (problem) return problem;
    this.enterFullscreen();
    let event: EventFile;
    try {
      event = eventFile ? await readEventFile(eventFile) : defaultEvent(PROMPT_IDEAS);
    } catch (e) {
      return toKinoraError(e).message;
    }
    const state = startKiosk(await hashPin(pin), event);
    if (!store(state)) {
      store(null);
      return 'This browser does not keep settings for this site (storage is off or full), so a reload would leave kiosk mode. Allow site storage and start again.';
    }
    this.state = state;
    this.setupRequested = false;
    this.dropKioskParameter();
    create.reset();
    this.startOver();
    this.lock();
    return null;
  }

  enterFullscreen(): void {
    if (document.fullscreenElement || !document.documentElement.requestFullscreen) return;
    // Refused without a recent gesture (after a reload): the kiosk then shows its Full screen button.
    document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
  }

  pick(characterId: string): void {
    this.character = characterId;
    create.pick(characterId);
  }

  backToCharacters(): void {
    if (create.running) return;
    this.character = null;
  }

  /** Generates the visitor's prompt (a preset, or their own words where the event allows) with a fresh seed. */
  generate(words: string): void {
    const character = licensedCharacters().find((c) => c.id === this.character);
    const settings = create.settings;
    if (!character || !settings || create.running) return;
    if (settings.character !== character.id) create.pick(character.id);
    settings.prompt = presetPrompt(character, words.trim());
    create.newSeed();
    void create.generate();
  }

  /** Starts over for the next visitor: their clips leave the screen (they stay stored for the day's export). */
  startOver(): void {
    if (!this.state || create.running) return;
    this.state.visitor = newVisitor();
    this.character = null;
    this.staff = 'closed';
    this.pinMessage = null;
    this.untouched = true;
    this.idle = { phase: 'active' };
    this.lastActivity = Date.now();
    create.reset();
  }

  openStaff(): void {
    this.staff = 'pin';
    this.pinMessage = null;
  }

  closeStaff(): void {
    this.staff = 'closed';
    this.pinMessage = null;
    this.eventMessage = null;
    this.eventError = null;
    this.exportMessage = null;
  }

  async unlock(pin: string): Promise<void> {
    const state = this.state;
    if (!state) return;
    const wait = pinWaitMs(state.pinFailures, state.lastPinFailureAt, Date.now());
    if (wait > 0) {
      this.pinMessage = `Too many wrong PINs. Try again in ${Math.ceil(wait / 1000)} s.`;
      return;
    }
    if (await pinMatches(pin, state.pin)) {
      state.pinFailures = 0;
      this.staff = 'open';
      this.pinMessage = null;
      return;
    }
    state.pinFailures++;
    state.lastPinFailureAt = Date.now();
    const left = pinWaitMs(state.pinFailures, state.lastPinFailureAt, Date.now());
    this.pinMessage = left > 0 ? `Wrong PIN. Too many wrong PINs: try again in ${Math.ceil(left / 1000)} s.` : 'Wrong PIN.';
  }

  /** Loads an event file; one with a problem is refused with the field, and the kiosk keeps its settings. */
  async loadEvent(file: File): Promise<void> {
    const state = this.state;
    if (!state || this.staff !== 'open') return;
    this.eventMessage = null;
    this.eventError = null;
    try {
      const event = await readEventFile(file);
      state.event = event;
      this.eventMessage = `Loaded “${event.name}” from ${file.name}.`;
    } catch (e) {
      this.eventError = toKinoraError(e, 'InvalidEventFile');
    }
  }

  /** Downloads the day's clips as one ZIP: each MP4 byte for byte as signed, and clips.json listing them. */
  async exportDay(): Promise<void> {
    const state = this.state;
    if (!state || this.staff !== 'open' || this.exporting) return;
    this.exporting = true;
    this.exportMessage = null;
    try {
      const day = localDay(new Date());
      const ids = dayClips(state, day);
      const clips = (await Promise.all(ids.map((id) => getClip(id)))).filter((c): c is StoredClip => c !== undefined);
      if (clips.length === 0) {
        this.exportMessage = ids.length > 0 ? "Today's clips are no longer stored on this device." : 'No clips were made today yet.';
        return;
      }
      const files = clips.map((clip, i) => ({ clip, name: `clips/${String(i + 1).padStart(3, '0')}-${clip.record.character ?? 'clip'}-${clip.record.seed}.mp4` }));
      const index = {
        format: 'kinora-kiosk-export/1',
        event: state.event.name,
        day,
        clips: files.map(({ clip, name }) => ({ file: name, id: clip.id, createdAt: clip.createdAt, character: clip.record.character, prompt: clip.record.prompt, seed: clip.record.seed })),
      };
      const zip = await zipBlobs([
        ...files.map(({ clip, name }) => ({ name, data: clip.video, modified: new Date(clip.createdAt) })),
        { name: 'clips.json', data: new Blob([JSON.stringify(index, null, 2)], { type: 'application/json' }), modified: new Date() },
      ]);
      const url = URL.createObjectURL(zip);
      const link = Object.assign(document.createElement('a'), { href: url, download: exportFileName(state.event, day) });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      const missing = ids.length - clips.length;
      this.exportMessage = `Exported ${clips.length} clip${clips.length === 1 ? '' : 's'} (${megabytes(zip.size)})${missing > 0 ? `; ${missing} no longer stored` : ''}.`;
    } catch (e) {
      this.exportMessage = `The export failed: ${toKinoraError(e, 'StorageError').message} Nothing was deleted.`;
    } finally {
      this.exporting = false;
    }
  }

  /** Staff leave kiosk mode (after the PIN): every page is reachable again and updates may install. */
  leave(): void {
    if (!this.state || this.staff !== 'open' || create.running) return;
    store(null);
    this.state = null;
    this.closeStaff();
    this.character = null;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    lockRoute(null);
    void holdOfflineUpdates(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }

  private lock(): void {
    lockRoute('create');
    void holdOfflineUpdates(true);
    this.lastActivity = Date.now();
    this.timer ??= setInterval(() => this.tick(), IDLE_TICK_MS);
  }

  private touched(): void {
    this.lastActivity = Date.now();
    this.untouched = false;
    if (this.idle.phase !== 'active') this.idle = { phase: 'active' };
  }

  private tick(): void {
    const state = this.state;
    if (!state) return;
    // A clip being made, or the model being prepared, is not idleness: the visitor is waiting on us.
    if (create.running || create.readiness.state === 'preparing') this.lastActivity = Date.now();
    const phase = idlePhase(Date.now() - this.lastActivity, state.event);
    // The start screen with nobody's work on it has nothing to clear: no countdown there.
    if (phase.phase === 'active' || !this.visitorPresent()) {
      if (this.idle.phase !== 'active') this.idle = { phase: 'active' };
    } else if (phase.phase === 'reset') {
      this.startOver();
    } else if (this.idle.phase !== 'countdown' || this.idle.secondsLeft !== phase.secondsLeft) {
      this.idle = phase;
    }
  }

  /** Someone has used the kiosk since it last started over, or their clips are on screen. */
  private visitorPresent(): boolean {
    return !this.untouched || this.character !== null || create.result !== null || create.error !== null || this.visitorShelf.items.length > 0;
  }

  private dropKioskParameter(): void {
    const url = new URL(location.href);
    if (!url.searchParams.has('kiosk')) return;
    url.searchParams.delete('kiosk');
    history.replaceState(null, '', url);
  }
}

export const kiosk = new KioskStore();
