/**
 * Checks a clip's provenance from its bytes alone: reads the record tag, checks the signature,
 * checks that the file holds exactly the video the record describes (one track, its codec, size,
 * sample count and content hash), and that every tag a player shows agrees with the record. Works in Node (the CLI) and browsers. Throws only when the bytes
 * are not a readable media file.
 */
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { base64ToBytes } from '../bytes';
import { CONTENT_HASH_SCHEME, hashVideoTrack } from './content-hash';
import type { ProvenanceRecord } from './record';
import { recordFromTags, tagProblems } from './tags';
import { keyFingerprint, verifyRecord } from './sign';

export interface VerifyClipOptions {
  /** The public key (base64) the clip must be signed by; without it the signer is only self-asserted. */
  signerKey?: string;
}

export interface Verification {
  record: ProvenanceRecord | null;
  /** The record is signed, and the signature is its signer's over this exact record. */
  signatureValid: boolean;
  /** The file's video is the one the record describes, down to the content hash, with no other track. */
  contentHashValid: boolean;
  /** `keyFingerprint` of the key the record names as its signer; null when unsigned. */
  signerFingerprint: string | null;
  /** Whether that key is `options.signerKey`; null when no key was given. */
  signerMatchesKey: boolean | null;
  /** Every tag a player shows says what the signed record says (none edited or added). */
  tagsValid: boolean;
  /** Why a check failed, for people; empty when all hold. */
  problems: string[];
}

function sameKey(a: string, b: string): boolean {
  const x = base64ToBytes(a);
  const y = base64ToBytes(b);
  return x !== null && y !== null && x.length === y.length && x.every((byte, i) => byte === y[i]);
}

/** Everything in the file that differs from what the record describes; empty when it all matches. */
async function contentProblems(input: Input, record: ProvenanceRecord): Promise<string[]> {
  const track = await input.getPrimaryVideoTrack();
  if (!track) return ['The file has no video track.'];
  const problems: string[] = [];
  const tracks = await input.getTracks();
  if (tracks.length > 1) {
    const kinds = tracks.filter((t) => t !== track).map((t) => t.type);
    problems.push(`The file has ${tracks.length} tracks where a Kinora clip has one: extra ${kinds.join(', ')} track(s) were added after it was made.`);
  }
  const codec = await track.getCodec();
  if (codec !== record.content.codec) problems.push(`The video codec is ${codec ?? 'unknown'}, but the record says ${record.content.codec}.`);
  const [width, height] = [await track.getDisplayWidth(), await track.getDisplayHeight()];
  const { width: recordWidth, height: recordHeight } = record.generation;
  if (width !== recordWidth || height !== recordHeight) problems.push(`The video is shown at ${width}x${height}, but the record says ${recordWidth}x${recordHeight}.`);

  if (record.content.scheme !== CONTENT_HASH_SCHEME) {
    problems.push(
      `The record's content hash uses ${record.content.scheme ? `the unknown scheme "${record.content.scheme}"` : 'the first scheme (sample bytes only)'}, ` +
        `which cannot show that the video is unchanged; this version of Kinora checks ${CONTENT_HASH_SCHEME}.`,
    );
    return problems;
  }
  const { sha256, samples } = await hashVideoTrack(track);
  if (samples !== record.content.samples) problems.push(`The video has ${samples} samples, but the record says ${record.content.samples}.`);
  if (sha256 !== record.content.sha256) {
    problems.push(
      `The video does not match the signed content hash: its samples, timing or decoder configuration were changed after it was made ` +
        `(file: sha256 ${sha256}; record: sha256 ${record.content.sha256}).`,
    );
  }
  return problems;
}

export async function verifyClip(bytes: Uint8Array | ArrayBuffer, options: VerifyClipOptions = {}): Promise<Verification> {
  const input = new Input({ formats: ALL_FORMATS, source: new BufferSource(bytes) });
  try {
    const { signerKey } = options;
    const tags = await input.getMetadataTags();
    const signed = recordFromTags(tags);
    if (!signed) {
      const problems = ['The file carries no Kinora provenance record.'];
      return { record: null, signatureValid: false, contentHashValid: false, tagsValid: false, signerFingerprint: null, signerMatchesKey: signerKey === undefined ? null : false, problems };
    }
    const { record, signature } = signed;
    const problems: string[] = [];

    const signatureValid = await verifyRecord(record, signature);
    if (!record.signer || signature === null) problems.push('The record is not signed (the browser that made the clip had no Ed25519 support).');
    else if (!signatureValid) problems.push('The signature does not match the record: the record was changed after signing, or was signed by another key.');

    const signerFingerprint = record.signer ? await keyFingerprint(record.signer.publicKey) : null;
    let signerMatchesKey: boolean | null = null;
    if (signerKey !== undefined) {
      signerMatchesKey = record.signer !== null && sameKey(record.signer.publicKey, signerKey);
      if (!signerMatchesKey) {
        const expected = `the expected key ${(await keyFingerprint(signerKey)) ?? '(not an Ed25519 public key)'}`;
        problems.push(signerFingerprint ? `The clip was signed by key ${signerFingerprint}, not by ${expected}.` : `The clip is not signed by ${expected}.`);
      }
    }

    const mismatches = await contentProblems(input, record);
    problems.push(...mismatches);
    const editedTags = tagProblems(tags, record.generation);
    problems.push(...editedTags);
    return { record, signatureValid, contentHashValid: mismatches.length === 0, tagsValid: editedTags.length === 0, signerFingerprint, signerMatchesKey, problems };
  } finally {
    input.dispose();
  }
}
