/**
 * How the record travels in an MP4's metadata tags. The signed record and its signature sit in two
 * `com.kinora.*` keys; the tags players show (title, description, comment, date) are derived from
 * the record, never written separately, so `tagProblems` can name any that were edited or added
 * after the clip was made. Pure: no DOM, no crypto, no mediabunny classes, only the tag shape.
 */
import { canonicalJson, PROVENANCE_FORMAT, PROVENANCE_KEY, SIGNATURE_KEY, type GenerationRecord, type ProvenanceRecord, type SignedRecord } from './record';

/** The readable tags Kinora writes: each one a function of the generation record. */
type ReadableTags = {
  title: string;
  description: string;
  comment: string;
  date: Date;
};

/** The tags Kinora writes (a subset of mediabunny's MetadataTags). */
export type RecordTags = ReadableTags & { raw: Record<string, string> };

/** Tags as read back from any file (mediabunny's MetadataTags, or anything shaped like it). */
export type FoundTags = { raw?: Record<string, unknown> } & Record<string, unknown>;

export function readableTags(g: GenerationRecord): ReadableTags {
  return {
    title: g.prompt,
    description: `Generated on-device by Kinora ${g.app.version} with ${g.model.id} ${g.model.version} (${g.mode}, ${g.steps} steps, seed ${g.seed}).`,
    comment: 'AI-generated',
    date: new Date(g.createdAt),
  };
}

export function recordToTags({ record, signature }: SignedRecord): RecordTags {
  const raw: Record<string, string> = { [PROVENANCE_KEY]: canonicalJson(record) };
  if (signature !== null) raw[SIGNATURE_KEY] = signature;
  return { ...readableTags(record.generation), raw };
}

function tagText(value: unknown): string | null {
  return typeof value === 'string' ? value : value instanceof Uint8Array ? new TextDecoder().decode(value) : null;
}

/** Reads the record back from a clip's tags; null when the clip has none or it is malformed. */
export function recordFromTags(tags: FoundTags): SignedRecord | null {
  const text = tagText(tags.raw?.[PROVENANCE_KEY]);
  if (text === null) return null;
  try {
    const r = JSON.parse(text) as Partial<ProvenanceRecord>;
    const wellFormed =
      r.format === PROVENANCE_FORMAT &&
      typeof r.generation?.prompt === 'string' &&
      typeof r.generation.seed === 'number' &&
      typeof r.content?.sha256 === 'string' &&
      (r.signer === null || typeof r.signer?.publicKey === 'string');
    return wellFormed ? { record: r as ProvenanceRecord, signature: tagText(tags.raw?.[SIGNATURE_KEY]) } : null;
  } catch {
    return null;
  }
}

/** Raw keys under which MP4 writers store the readable tags (mdta names, QuickTime/iTunes atoms). */
const RAW_ALIASES: Readonly<Record<string, keyof ReadableTags>> = {
  title: 'title',
  '©nam': 'title',
  description: 'description',
  desc: 'description',
  '©des': 'description',
  comment: 'comment',
  '©cmt': 'comment',
  date: 'date',
  '©day': 'date',
};
/** Container bookkeeping a remux may add (ffmpeg's brand, creation time and muxer name): says nothing about the clip. */
const CONTAINER_KEYS = new Set(['major_brand', 'minor_version', 'compatible_brands', 'creation_time', 'encoder', '©too']);
const RECORD_KEYS = new Set([PROVENANCE_KEY, SIGNATURE_KEY]);
const READABLE: readonly (keyof ReadableTags)[] = ['title', 'description', 'comment', 'date'];

const day = (date: Date) => (Number.isNaN(date.getTime()) ? 'an invalid date' : date.toISOString().slice(0, 10));
function readableValue(field: keyof ReadableTags, value: unknown): string {
  if (field !== 'date') return tagText(value) ?? JSON.stringify(value);
  return day(value instanceof Date ? value : new Date(tagText(value) ?? ''));
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

/**
 * Every tag a player could show that does not say what the signed record says: a readable tag
 * whose text differs from the one derived from the record, or any other descriptive tag (artist,
 * album, genre, a raw key...) added after the clip was made. Absent tags are fine: stripping
 * metadata claims nothing. One message per tag, naming it.
 */
export function tagProblems(tags: FoundTags, generation: GenerationRecord): string[] {
  const expected = readableTags(generation);
  const problems = new Map<string, string>();
  const check = (field: keyof ReadableTags, value: unknown) => {
    const found = readableValue(field, value);
    const wanted = readableValue(field, expected[field]);
    if (found !== wanted && !problems.has(field)) {
      problems.set(field, `The "${field}" tag says ${JSON.stringify(found)}, but the signed record makes it ${JSON.stringify(wanted)}: the tag was changed after the clip was made.`);
    }
  };
  const unsigned = (name: string) => {
    if (!problems.has(name)) problems.set(name, `The file carries a "${name}" tag that the signed record does not cover: it was added after the clip was made.`);
  };
  for (const [field, value] of Object.entries(tags)) {
    if (field === 'raw' || !isPresent(value)) continue;
    if ((READABLE as readonly string[]).includes(field)) check(field as keyof ReadableTags, value);
    else unsigned(field);
  }
  for (const [key, value] of Object.entries(tags.raw ?? {})) {
    if (RECORD_KEYS.has(key) || CONTAINER_KEYS.has(key) || !isPresent(value)) continue;
    const field = RAW_ALIASES[key];
    if (field) check(field, value);
    else unsigned(key);
  }
  return [...problems.values()];
}
