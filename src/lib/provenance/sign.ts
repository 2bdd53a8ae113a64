/**
 * Ed25519 signatures over a record's canonical JSON: made with WebCrypto (browsers and Node 20),
 * checked with the verifier packs use too (WebCrypto, else @noble/ed25519 where a browser has no
 * Ed25519).
 * The signature proves the record (and so the content hash inside it) is unchanged since the key in
 * `record.signer` signed it; whose key that is, the reader must check (see keyFingerprint and
 * verifyClip's `signerKey`).
 */
import { base64ToBytes, bytesToBase64, sha256Hex } from '../bytes';
import { ED25519_PUBLIC_KEY_BYTES, verifyEd25519, type Ed25519Verifier } from '../crypto';
import { canonicalJson, type ProvenanceRecord } from './record';

const ED25519 = { name: 'Ed25519' } as const;

/** A new signing key pair; the private key stays non-extractable unless a test asks otherwise. */
export function generateSigningKey(extractable = false): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ED25519, extractable, ['sign', 'verify']) as Promise<CryptoKeyPair>;
}

/** The raw 32-byte public key, base64. */
export async function exportPublicKey(key: CryptoKey): Promise<string> {
  return bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

/**
 * A short, readable name for a public key, to compare by eye or pin: the first 16 hex digits of the
 * SHA-256 of the raw key, in groups of four ("3f2a 9c01 77be 0d4e"). Null when the text is not a
 * base64 Ed25519 public key.
 */
export async function keyFingerprint(publicKeyBase64: string): Promise<string | null> {
  const raw = base64ToBytes(publicKeyBase64);
  if (raw?.length !== ED25519_PUBLIC_KEY_BYTES) return null;
  return (await sha256Hex(raw)).slice(0, 16).match(/.{4}/g)!.join(' ');
}

function signedBytes(record: ProvenanceRecord): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(record));
}

export async function signRecord(record: ProvenanceRecord, privateKey: CryptoKey): Promise<string> {
  return bytesToBase64(new Uint8Array(await crypto.subtle.sign(ED25519, privateKey, signedBytes(record))));
}

/**
 * True only when the record names a signer and the signature is that key's over this exact record.
 * Never throws: a key or signature of the wrong length is simply not valid. Tests force the
 * fallback with `verifyWithNoble`.
 */
export async function verifyRecord(record: ProvenanceRecord, signature: string | null, ed25519: Ed25519Verifier = verifyEd25519): Promise<boolean> {
  const publicKey = record.signer && base64ToBytes(record.signer.publicKey);
  const signatureBytes = signature === null ? null : base64ToBytes(signature);
  if (!publicKey || !signatureBytes) return false;
  return ed25519(publicKey, signatureBytes, signedBytes(record));
}
