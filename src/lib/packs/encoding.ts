/** Strict base64 (standard alphabet, padding optional, surrounding whitespace ignored). */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes a base64 text stands for, or null when it isn't base64. */
export function base64ToBytes(text: string): Uint8Array | null {
  const clean = text.trim();
  if (!BASE64.test(clean) || clean.length % 4 === 1) return null;
  return Uint8Array.from(atob(clean), (c) => c.charCodeAt(0));
}
