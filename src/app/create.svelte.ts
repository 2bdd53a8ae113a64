/**
 * Create's state and actions: the settings being edited, the running job (progress, preview,
 * cancel), its result or error, and whether the model is ready. A module, not a component, so it
 * outlives page switches: leaving Create mid-generation and coming back finds the job where it is.
 * The draft survives a reload; a job cut off by a reload is reported on the next visit.
 */
import { checkSettings, defaultSettings, PolicyBlockedError, type GenerationSettings, type Progress, type SettingsIssue } from '../lib/engine';
import { toKinoraError, type KinoraError } from '../lib/errors';
import type { Decision } from '../lib/guardrails';
import type { ModeName, ModelManifest } from '../lib/models';
import { randomSeed } from '../lib/sampler';
import { progressPercent, type ClipResult } from '../lib/studio';
import { gallery } from './gallery.svelte';
import { go } from './router.svelte';
import { licensedCharacters, retryOnCrash, session, startSession, studio } from './session.svelte';

const DRAFT_KEY = 'kinora.create.draft';
const RUNNING_KEY = 'kinora.create.running';
/** How long typing must pause before the worker's guardrails are asked about the prompt. */
const CHECK_DEBOUNCE_MS = 250;

export interface Readiness {
  state: 'preparing' | 'ready' | 'failed';
  text: string;
}

function stored(key: string): Partial<GenerationSettings> | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as Partial<GenerationSettings>) : null;
  } catch {
    return null;
  }
}

function remember(key: string, settings: GenerationSettings | null): void {
  try {
    if (settings) localStorage.setItem(key, JSON.stringify(settings));
    else localStorage.removeItem(key);
  } catch {
    // Storage may be full or off (private mode): the draft is a convenience, the app works without it.
  }
}

/** A stored draft's fields over the model's defaults, keeping only fields of the right type. */
function restore(manifest: ModelManifest, draft: Partial<GenerationSettings> | null): GenerationSettings {
  const base = defaultSettings(manifest, randomSeed());
  if (!draft) return base;
  const out = { ...base };
  for (const key of Object.keys(base) as (keyof GenerationSettings)[]) {
    const value = draft[key];
    if (value !== undefined && (typeof value === typeof base[key] || (key === 'character' && (value === null || typeof value === 'string')))) {
      (out as Record<string, unknown>)[key] = value;
    }
  }
  if (!manifest.modes[out.mode]) out.mode = base.mode;
  return out;
}

class CreateStore {
  settings = $state<GenerationSettings | null>(null);
  issues = $state<SettingsIssue[]>([]);
  running = $state(false);
  progress = $state<Progress | null>(null);
  percent = $state(0);
  preview = $state.raw<Uint8ClampedArray | null>(null);
  result = $state.raw<ClipResult | null>(null);
  resultUrl = $state<string | null>(null);
  error = $state.raw<KinoraError | null>(null);
  readiness = $state<Readiness>({ state: 'preparing', text: 'Opening the model…' });
  /** The worker's guardrail decision on the prompt as typed (it decides again on Generate). */
  verdict = $state.raw<Decision | null>(null);
  /** Set when the last visit's job was cut off by a reload or a closed tab. */
  interrupted = $state<string | null>(null);
  /** Bumped to prepare again (after a worker crash). */
  private prepareRound = $state(0);
  private controller: AbortController | null = null;

  constructor() {
    $effect.root(() => {
      // The model opened: start from the draft, or from a job that was cut off.
      $effect(() => {
        const manifest = session.manifest;
        if (!manifest || this.settings) return;
        const cut = stored(RUNNING_KEY);
        this.settings = restore(manifest, cut ?? stored(DRAFT_KEY));
        if (cut) {
          this.interrupted = 'Your last clip was not finished: the page was reloaded or closed while it was being made. Its settings are back; press Generate to make it again.';
          remember(RUNNING_KEY, null);
        }
      });
      $effect(() => {
        if (this.settings) remember(DRAFT_KEY, $state.snapshot(this.settings));
      });
      // Load the sessions for the chosen mode and backend ahead of time: Generate then starts at
      // once and makes no network request.
      $effect(() => {
        const manifest = session.manifest;
        if (!manifest || !this.settings) return;
        void this.prepareRound;
        const wanted = { mode: this.settings.mode, backend: this.settings.backend };
        let stale = false;
        this.readiness = { state: 'preparing', text: `Preparing ${manifest.modes[wanted.mode]?.label ?? wanted.mode} mode…` };
        retryOnCrash(() => studio.prepare(wanted)).then(
          (d) => {
            if (!stale) this.readiness = { state: 'ready', text: `Ready on ${d.backend === 'webgpu' ? 'WebGPU' : 'WASM'}, encoding ${d.codec.toUpperCase()}. ${d.reason}` };
          },
          (e) => {
            if (!stale) this.readiness = { state: 'failed', text: toKinoraError(e).message };
          },
        );
        return () => {
          stale = true;
        };
      });
      // Make the seed's noise in the worker while the person is still typing (again in a new worker
      // after a crash): Generate then does not wait for it. An invalid seed is the form's to report.
      $effect(() => {
        const seed = this.settings?.seed;
        void this.prepareRound;
        if (!session.manifest || seed === undefined) return;
        studio.engine.prepareNoise(seed).catch(() => undefined);
      });
      $effect(() => {
        const prompt = this.settings?.prompt ?? '';
        const character = this.settings?.character ?? null;
        if (!session.packs || prompt.trim() === '') {
          this.verdict = null;
          return;
        }
        let stale = false;
        const timer = setTimeout(() => {
          studio.engine.check(prompt, character).then(
            (d) => {
              if (!stale) this.verdict = d;
            },
            () => undefined, // live feedback only: the worker decides again on Generate
          );
        }, CHECK_DEBOUNCE_MS);
        return () => {
          stale = true;
          clearTimeout(timer);
        };
      });
    });
    window.addEventListener('beforeunload', (event) => {
      if (this.running) event.preventDefault(); // the browser asks "Leave site?"
    });
  }

  get blocked(): PolicyBlockedError | null {
    return this.error instanceof PolicyBlockedError ? this.error : null;
  }

  issueFor(field: keyof GenerationSettings): string | undefined {
    return this.issues.find((i) => i.field === field)?.message;
  }

  pick(id: string): void {
    const s = this.settings;
    const characters = licensedCharacters();
    const c = characters.find((x) => x.id === id);
    if (!s || !c) return;
    s.character = id;
    let prompt = s.prompt;
    for (const o of characters) if (o.id !== id) prompt = prompt.replace(new RegExp(`\\b${o.conditioning}\\b`, 'i'), '').trim();
    if (!new RegExp(`\\b${c.name}\\b`, 'i').test(prompt)) prompt = `${c.conditioning} ${prompt}`.trim();
    s.prompt = prompt;
  }

  idea(text: string): void {
    const s = this.settings;
    if (!s) return;
    const characters = licensedCharacters();
    const c = characters.find((x) => x.id === s.character) ?? characters[0];
    if (c && !s.character) s.character = c.id;
    s.prompt = c ? `${c.conditioning} ${text}` : text;
  }

  setMode(mode: ModeName): void {
    const s = this.settings;
    const spec = session.manifest?.modes[mode];
    if (!s || !spec) return;
    s.mode = mode;
    s.steps = spec.steps.default;
  }

  /** Prepares the model again, and reads the packs again if they failed too (the user's Try again). */
  retryPrepare(): void {
    startSession();
    this.prepareRound++;
  }

  newSeed(): void {
    if (this.settings) this.settings.seed = randomSeed();
  }

  /** Back to the model's defaults with a new seed and nothing on screen: a kiosk's next visitor. */
  reset(): void {
    const manifest = session.manifest;
    if (this.running || !manifest) return;
    this.settings = defaultSettings(manifest, randomSeed());
    this.clearOutcome();
    this.issues = [];
    this.interrupted = null;
  }

  /** Reopens Create with a clip's settings. */
  remix(settings: GenerationSettings): void {
    if (this.running) return;
    this.settings = { ...settings };
    this.clearOutcome();
    go('create');
  }

  async generate(): Promise<void> {
    const manifest = session.manifest;
    const s = this.settings;
    if (this.running || !manifest || !s) return;
    this.issues = checkSettings(s, manifest);
    if (this.issues.length > 0) return;
    const settings = $state.snapshot(s);
    this.clearOutcome();
    this.interrupted = null;
    this.running = true;
    this.progress = { stage: 'load', message: 'Starting' };
    this.percent = 0;
    this.controller = new AbortController();
    remember(RUNNING_KEY, settings);
    try {
      const clip = await studio.create(settings, {
        signal: this.controller.signal,
        onProgress: (p) => {
          this.progress = p;
          this.percent = progressPercent(p, this.percent);
          if (p.preview) this.preview = p.preview;
        },
      });
      this.result = clip;
      this.resultUrl = URL.createObjectURL(clip.video);
      if (!clip.saveError) gallery.invalidate();
    } catch (e) {
      this.error = toKinoraError(e);
      // A dead worker was replaced: load the model into the new one.
      if (this.error.code === 'WorkerCrashed') this.prepareRound++;
    } finally {
      remember(RUNNING_KEY, null);
      this.running = false;
      this.progress = null;
      this.controller = null;
    }
  }

  cancel(): void {
    this.controller?.abort();
  }

  private clearOutcome(): void {
    if (this.resultUrl) URL.revokeObjectURL(this.resultUrl);
    this.result = null;
    this.resultUrl = null;
    this.error = null;
    this.preview = null;
  }
}

export const create = new CreateStore();
