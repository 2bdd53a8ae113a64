/**
 * The one Ed25519 signature check, for character packs and provenance records alike. WebCrypto has
 * Ed25519 in Node 20+, Chromium 137+, Firefox 129+ and Safari 17+; older browsers get
 * @noble/ed25519 (audited, pure JS) instead. Both follow RFC 8032 strictly, so a signature
 * verifies the same everywhere.
 */
import { verifyAsync } from '@noble/ed25519';

export const ED25519_PUBLIC_KEY_BYTES = 32;
export const ED25519_SIGNATURE_BYTES = 64;

/** True only when `signature` is `publicKey`'s signature over exactly `message`. Never throws. */
export type Ed25519Verifier = (publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array) => Promise<boolean>;

/** Throws where the platform has no Ed25519 (NotSupportedError) or the key is not a key. */
export async function verifyWithWebCrypto(publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean> {
  const key = await crypto.subtle.importKey('raw', publicKey as BufferSource, { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify('Ed25519', key, signature as BufferSource, message as BufferSource);
}

export const verifyWithNoble: Ed25519Verifier = async (publicKey, signature, message) => {
  try {
    // zip215: false = strict RFC 8032, the same acceptance rules as WebCrypto.
    return await verifyAsync(signature, message, publicKey, { zip215: false });
  } catch {
    return false; // a malformed key or signature is simply not a valid signature
  }
};

export const verifyEd25519: Ed25519Verifier = async (publicKey, signature, message) => {
  try {
    return await verifyWithWebCrypto(publicKey, signature, message);
  } catch {
    return verifyWithNoble(publicKey, signature, message);
  }
};
