/**
 * Ed25519 signatures over a record's canonical JSON, with WebCrypto (browsers and Node 20).
 * The signature proves the record (and so the content hash inside it) is unchanged since the key in
 * `record.signer` signed it; who owns that key is for the reader to judge.
 */
import { canonicalJson, type ProvenanceRecord } from './record';

const ED25519 = { name: 'Ed25519' } as const;

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** A new signing key pair; the private key stays non-extractable unless a test asks otherwise. */
export function generateSigningKey(extractable = false): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ED25519, extractable, ['sign', 'verify']) as Promise<CryptoKeyPair>;
}

/** The raw 32-byte public key, base64. */
export async function exportPublicKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

function signedBytes(record: ProvenanceRecord): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(record));
}

export async function signRecord(record: ProvenanceRecord, privateKey: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.sign(ED25519, privateKey, signedBytes(record))));
}

/** True only when the record names a signer and the signature is that key's over this exact record. */
export async function verifyRecord(record: ProvenanceRecord, signature: string | null): Promise<boolean> {
  if (!record.signer || signature === null) return false;
  try {
    const key = await crypto.subtle.importKey('raw', fromBase64(record.signer.publicKey), ED25519, false, ['verify']);
    return await crypto.subtle.verify(ED25519, key, fromBase64(signature), signedBytes(record));
  } catch {
    // Malformed key or signature (bad base64, wrong length): not valid, not a crash.
    return false;
  }
}
