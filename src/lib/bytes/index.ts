/** Byte encodings shared by packs, provenance and models: one strict base64 and one hex, not one per module. */

/** Standard alphabet, padding optional; surrounding whitespace is ignored. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The bytes a base64 text stands for, or null when it isn't base64. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  const clean = text.trim();
  if (!BASE64.test(clean) || clean.length % 4 === 1) return null;
  return Uint8Array.from(atob(clean), (c) => c.charCodeAt(0));
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sha256Hex(bytes: ArrayBuffer | ArrayBufferView): Promise<string> {
  return bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource)));
}
