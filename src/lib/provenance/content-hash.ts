/**
 * The content hash: what a player is given to show, read back from the MP4 by mediabunny's demuxer.
 * Sealing hashes the clip as muxed and verifying hashes the clip as found, both with `hashVideoTrack`,
 * so the two cannot drift apart.
 *
 * Scheme "kinora-content/2": SHA-256 (hex) over these big-endian fields, where a "blob" is a u32
 * byte length followed by the bytes:
 *   blob(scheme)  blob(codec string, e.g. "avc1.64001f")  blob(decoder config description, empty if none)
 *   u32 coded width  u32 coded height  u32 sample count
 *   per sample, in decode order: i64 timestamp (µs)  i64 duration (µs)  u8 key (1) or delta (0)  blob(bytes)
 * The description holds the SPS/PPS (avcC), so an SPS crop changes the hash; timestamps are read after
 * the edit list, so retiming or shifting the clip changes it too. (Scheme 1, records without
 * `content.scheme`, covered only the sample bytes.)
 */
import { EncodedPacketSink, type InputVideoTrack } from 'mediabunny';
import { sha256Hex } from '../bytes';

export const CONTENT_HASH_SCHEME = 'kinora-content/2';

/** The hashed facts of one video track. */
export interface VideoContent {
  codecString: string;
  description: Uint8Array;
  codedWidth: number;
  codedHeight: number;
  samples: { timestampUs: number; durationUs: number; key: boolean; data: Uint8Array }[];
}

function descriptionBytes(description: AllowSharedBufferSource | undefined): Uint8Array {
  if (!description) return new Uint8Array(0);
  return ArrayBuffer.isView(description) ? new Uint8Array(description.buffer, description.byteOffset, description.byteLength) : new Uint8Array(description);
}

async function readVideoContent(track: InputVideoTrack): Promise<VideoContent> {
  const config = await track.getDecoderConfig();
  const samples: VideoContent['samples'] = [];
  for await (const packet of new EncodedPacketSink(track).packets()) {
    samples.push({ timestampUs: packet.microsecondTimestamp, durationUs: packet.microsecondDuration, key: packet.type === 'key', data: packet.data });
  }
  return {
    codecString: config?.codec ?? '',
    description: descriptionBytes(config?.description),
    codedWidth: await track.getCodedWidth(),
    codedHeight: await track.getCodedHeight(),
    samples,
  };
}

export function hashVideoContent(content: VideoContent): Promise<string> {
  const parts: Uint8Array[] = [];
  const fixed = (size: number, write: (view: DataView) => void) => {
    const bytes = new Uint8Array(size);
    write(new DataView(bytes.buffer));
    parts.push(bytes);
  };
  const u32 = (n: number) => fixed(4, (v) => v.setUint32(0, n));
  const blob = (bytes: Uint8Array) => (u32(bytes.byteLength), parts.push(bytes));
  const text = (s: string) => blob(new TextEncoder().encode(s));

  text(CONTENT_HASH_SCHEME);
  text(content.codecString);
  blob(content.description);
  u32(content.codedWidth);
  u32(content.codedHeight);
  u32(content.samples.length);
  for (const s of content.samples) {
    fixed(17, (v) => {
      v.setBigInt64(0, BigInt(s.timestampUs));
      v.setBigInt64(8, BigInt(s.durationUs));
      v.setUint8(16, s.key ? 1 : 0);
    });
    blob(s.data);
  }

  const all = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.byteLength;
  }
  return sha256Hex(all);
}

/** The content hash of a track, and its sample count. */
export async function hashVideoTrack(track: InputVideoTrack): Promise<{ sha256: string; samples: number }> {
  const content = await readVideoContent(track);
  return { sha256: await hashVideoContent(content), samples: content.samples.length };
}
