export { Engine, PolicyBlockedError, type GenerateOptions } from './client';
export { checkSettings, defaultSettings, BACKEND_CHOICES, MAX_PROMPT_LENGTH, type GenerationSettings, type SettingsIssue, type BackendChoice } from './settings';
export type { BackendDecision, Backend } from './backend';
export type { GenerationOutput, Progress, Stage, Timings } from './types';
