/**
 * The generation record written into every MP4 as metadata tags (mdta keys), and read back by the
 * gallery, the CLI and tests. Pure: no DOM, no mediabunny classes, only its tag shape.
 */
export const RECORD_KEY = 'com.kinora.generation';
export const RECORD_FORMAT = 'kinora-generation/1';

export interface GenerationRecord {
  format: typeof RECORD_FORMAT;
  app: { name: 'Kinora'; version: string };
  model: { id: string; version: string; denoiser: string; sha256: string };
  prompt: string;
  seed: number;
  mode: string;
  steps: number;
  guidance: number | null;
  backend: string;
  frames: number;
  fps: number;
  width: number;
  height: number;
  createdAt: string;
}

/** The subset of mediabunny's MetadataTags we write and read. */
export interface RecordTags {
  title?: string;
  description?: string;
  comment?: string;
  date?: Date;
  raw?: Record<string, string | Uint8Array | null>;
}

export function recordToTags(record: GenerationRecord): RecordTags {
  return {
    title: record.prompt,
    description: `Generated on-device by Kinora ${record.app.version} with ${record.model.id} ${record.model.version} (${record.mode}, ${record.steps} steps, seed ${record.seed}).`,
    comment: 'AI-generated',
    date: new Date(record.createdAt),
    raw: { [RECORD_KEY]: JSON.stringify(record) },
  };
}

/** Reads the record back from a clip's tags; null when the clip has none or it is malformed. */
export function recordFromTags(tags: { raw?: Record<string, unknown> }): GenerationRecord | null {
  const raw = tags.raw?.[RECORD_KEY];
  const text = typeof raw === 'string' ? raw : raw instanceof Uint8Array ? new TextDecoder().decode(raw) : null;
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as Partial<GenerationRecord>;
    if (parsed.format !== RECORD_FORMAT || typeof parsed.prompt !== 'string' || typeof parsed.seed !== 'number') return null;
    return parsed as GenerationRecord;
  } catch {
    return null;
  }
}
