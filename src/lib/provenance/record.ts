/**
 * The provenance record written into every MP4 as metadata tags (tags.ts) and read back by the
 * gallery, the `verify` CLI and tests. It supersedes the old `kinora-generation/1` record: what the
 * studio asked for (GenerationRecord) sits inside what only the encoder knows (the hash of the
 * encoded samples and the device key that signed it all). Pure: no DOM, no crypto, no mediabunny
 * classes, only its tag shape.
 */
import type { ModeName } from '../models';

export const PROVENANCE_FORMAT = 'kinora-provenance/1';
export const PROVENANCE_KEY = 'com.kinora.provenance';
export const SIGNATURE_KEY = 'com.kinora.provenance.signature';

/** What was generated, with what: known before encoding. */
export interface GenerationRecord {
  app: { name: 'Kinora'; version: string };
  model: { id: string; version: string; denoiser: string; sha256: string };
  /** The verified packs whose characters are in the clip. */
  packs: { id: string; version: string }[];
  /** Version of the guardrail policy that allowed the prompt; null when none was applied. */
  policyVersion: string | null;
  prompt: string;
  /** The character picked in the UI (null when the prompt alone named the characters). */
  character: string | null;
  seed: number;
  mode: ModeName;
  steps: number;
  guidance: number | null;
  backend: string;
  frames: number;
  fps: number;
  width: number;
  height: number;
  createdAt: string;
}

export interface ProvenanceRecord {
  format: typeof PROVENANCE_FORMAT;
  generation: GenerationRecord;
  /**
   * The video track as muxed: mediabunny's codec name ("avc"), its sample count, and its content
   * hash (hex) made with `scheme` (content-hash.ts). Records made before the scheme was named have
   * none; their hash covered the sample bytes only and no longer verifies.
   */
  content: { scheme?: string; codec: string; samples: number; sha256: string };
  /** The device key that signed the record (raw public key, base64); null where the browser has no Ed25519. */
  signer: { algorithm: 'Ed25519'; publicKey: string } | null;
}

/** A record and its Ed25519 signature (base64) over `canonicalJson(record)`; null when unsigned. */
export interface SignedRecord {
  record: ProvenanceRecord;
  signature: string | null;
}

/**
 * JSON with object keys sorted at every depth and no whitespace, so the signed bytes do not depend
 * on how a record was built or re-parsed.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const members = Object.keys(obj)
      .sort()
      .filter((k) => obj[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
