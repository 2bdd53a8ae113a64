/**
 * The event file staff load into a kiosk (kinora-event/1, JSON): the event's name shown on screen,
 * the prompt presets visitors pick from, how long the kiosk waits before starting over, whether it
 * plays an attract loop and whether visitors may type their own prompt. Checked here, once; a file
 * with a problem is refused with the field that is wrong and the kiosk keeps its settings.
 */
import * as v from 'valibot';
import { KinoraError } from '../errors';
import { formatTag, nonEmptyList, object, parseOrFail, record, text, wholeNumberIn } from '../validation';

export const EVENT_FORMAT = 'kinora-event/1';
/** The presets key that applies to every character without a list of its own. */
export const ANY_CHARACTER = '*';
export const MAX_PRESETS = 12;
export const MAX_PRESET_LENGTH = 200;

const flag = v.boolean('expected true or false');
const preset = v.pipe(text, v.maxLength(MAX_PRESET_LENGTH, `expected at most ${MAX_PRESET_LENGTH} characters`));

export const EventFileSchema = object(
  {
    format: formatTag(EVENT_FORMAT),
    /** Shown at the top of the kiosk screen. */
    name: v.pipe(text, v.maxLength(80, 'expected at most 80 characters')),
    /** Seconds without a touch before the countdown to starting over begins. */
    idleSeconds: v.optional(wholeNumberIn(5, 3600), 90),
    /** Seconds the countdown shows before the visitor's session is cleared. */
    countdownSeconds: v.optional(wholeNumberIn(3, 60), 10),
    /** Play the day's recent clips while nobody is using the kiosk. */
    attractLoop: v.optional(flag, false),
    /** Let visitors type their own prompt (the guardrails still decide); presets only when false. */
    freeText: v.optional(flag, false),
    /**
     * What follows the character's name in each preset ("jumps in the snow"), by character id;
     * `"*"` for every character without its own list.
     */
    presets: record(v.pipe(nonEmptyList(preset), v.maxLength(MAX_PRESETS, `expected at most ${MAX_PRESETS} presets`))),
  },
  { presets: 'is required: prompt presets by character id ("*" for every character)' },
);

export type EventFile = v.InferOutput<typeof EventFileSchema>;

function invalid(where: string, message: string): never {
  throw new KinoraError('InvalidEventFile', `The event file was not loaded: ${where}: ${message}.`, 'The kiosk keeps its current settings.');
}

/** The event file's settings, or an InvalidEventFile error naming the field that is wrong. */
export function parseEventFile(json: string): EventFile {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    invalid('event file', `not JSON (${(e as Error).message})`);
  }
  return parseOrFail(EventFileSchema, value, 'event', invalid);
}

/**
 * What the schema cannot know: every presets key names a licensed character (or is "*"), and
 * every character has presets to pick from. Throws InvalidEventFile like `parseEventFile`.
 */
export function checkEventCharacters(event: EventFile, characterIds: readonly string[]): void {
  for (const key of Object.keys(event.presets)) {
    if (key !== ANY_CHARACTER && !characterIds.includes(key)) {
      invalid(`event.presets.${key}`, `no licensed character has the id "${key}" (known: ${characterIds.join(', ')})`);
    }
  }
  const bare = characterIds.filter((id) => !event.presets[id] && !event.presets[ANY_CHARACTER]);
  if (bare.length > 0) invalid('event.presets', `no presets for ${bare.join(', ')}: give them a list or add "*" for every character`);
}

/** The presets a visitor sees for a character. */
export function presetsFor(event: EventFile, characterId: string): string[] {
  return event.presets[characterId] ?? event.presets[ANY_CHARACTER] ?? [];
}

/** The settings a kiosk starts with before staff load a file. */
export function defaultEvent(presets: readonly string[]): EventFile {
  return { format: EVENT_FORMAT, name: 'Kinora', idleSeconds: 90, countdownSeconds: 10, attractLoop: false, freeText: false, presets: { [ANY_CHARACTER]: [...presets] } };
}

export interface EventCharacter {
  id: string;
  /** The words the model knows the character by, put before each preset ("Pip the fox"). */
  conditioning: string;
}

/** The prompt a preset makes for a character: what the visitor's button generates. */
export function presetPrompt(character: EventCharacter, preset: string): string {
  return `${character.conditioning} ${preset}`;
}

/**
 * Every preset, as each character would generate it, asked of the guardrails before the file is
 * taken: a preset the rules refuse would only fail in front of a visitor. Throws InvalidEventFile
 * naming the first refused preset and the rule's reason.
 */
export async function checkEventPresets(
  event: EventFile,
  characters: readonly EventCharacter[],
  check: (prompt: string, characterId: string) => Promise<{ allowed: boolean; reason: string }>,
): Promise<void> {
  for (const character of characters) {
    const key = event.presets[character.id] ? character.id : ANY_CHARACTER;
    for (const [i, preset] of presetsFor(event, character.id).entries()) {
      const decision = await check(presetPrompt(character, preset), character.id);
      if (!decision.allowed) invalid(`event.presets.${key}[${i}]`, `the guardrails refuse "${preset}" for ${character.id} (${decision.reason.replace(/\.$/, '')})`);
    }
  }
}
