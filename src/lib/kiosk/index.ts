export { ANY_CHARACTER, checkEventCharacters, checkEventPresets, defaultEvent, EVENT_FORMAT, EventFileSchema, parseEventFile, presetPrompt, presetsFor, type EventCharacter, type EventFile } from './event-file';
export { hashPin, pinMatches, pinProblem, pinWaitMs, FREE_PIN_TRIES, type PinHash } from './pin';
export { idlePhase, type IdlePhase, type IdleTimes } from './idle';
export { dayClips, exportFileName, localDay, newVisitor, readKioskState, startKiosk, visitorClips, type KioskClip, type KioskState } from './state';
export { zipBlobs, type ZipEntry } from './zip';
