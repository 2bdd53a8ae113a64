/**
 * The content hash: SHA-256 (hex) over every encoded video sample in decode order, each as its byte
 * length (u32, big-endian) then its bytes. The encoder hashes the chunks it hands to the muxer, the
 * verifier the packets it demuxes: a changed frame changes the hash; re-muxed metadata does not.
 */
export async function hashSamples(samples: readonly Uint8Array[]): Promise<string> {
  const total = samples.reduce((n, s) => n + 4 + s.byteLength, 0);
  const buf = new Uint8Array(total);
  const view = new DataView(buf.buffer);
  let at = 0;
  for (const s of samples) {
    view.setUint32(at, s.byteLength);
    buf.set(s, at + 4);
    at += 4 + s.byteLength;
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buf));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
