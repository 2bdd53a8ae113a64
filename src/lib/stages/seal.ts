/**
 * Stage 7, seal (encoder worker): encoded samples + generation record -> signed MP4. The record holds the content hash and the
 * signature covers the record, so both must exist before the file does: mediabunny takes metadata
 * tags only before `start()`. So the samples are muxed twice: once untagged, to hash the video track
 * exactly as a reader will find it (the muxer rounds timestamps to its timescale and writes some
 * decoder configs itself, e.g. vpcC and av1C, so the encoder's own chunks would hash differently),
 * then again with the signed record. Muxing is deterministic, so both files hold the same track.
 * Used by the encoder worker and by the tests alike.
 */
import { ALL_FORMATS, BufferSource, Input, type VideoCodec } from 'mediabunny';
import { muxClip, type EncodedSample, type MuxedClip } from '../video/mux';
import { CONTENT_HASH_SCHEME, hashVideoTrack } from '../provenance/content-hash';
import { PROVENANCE_FORMAT, type GenerationRecord, type ProvenanceRecord, type SignedRecord } from '../provenance/record';
import { recordToTags } from '../provenance/tags';
import { exportPublicKey, signRecord } from '../provenance/sign';

export interface SealRequest {
  codec: VideoCodec;
  fps: number;
  samples: readonly EncodedSample[];
  generation: GenerationRecord;
  /** The device key; null where the browser has no Ed25519 (the clip is then marked unsigned). */
  keys: CryptoKeyPair | null;
}

async function hashMuxedTrack(bytes: Uint8Array): Promise<{ sha256: string; samples: number }> {
  const input = new Input({ formats: ALL_FORMATS, source: new BufferSource(bytes) });
  try {
    const track = await input.getPrimaryVideoTrack();
    if (!track) throw new Error('The MP4 muxer wrote no video track.');
    return await hashVideoTrack(track);
  } finally {
    input.dispose();
  }
}

export async function sealClip({ codec, fps, samples, generation, keys }: SealRequest): Promise<MuxedClip & { provenance: SignedRecord }> {
  const untagged = await muxClip(codec, fps, samples, {});
  const record: ProvenanceRecord = {
    format: PROVENANCE_FORMAT,
    generation,
    content: { scheme: CONTENT_HASH_SCHEME, codec, ...(await hashMuxedTrack(untagged.bytes)) },
    signer: keys ? { algorithm: 'Ed25519', publicKey: await exportPublicKey(keys.publicKey) } : null,
  };
  const provenance: SignedRecord = { record, signature: keys ? await signRecord(record, keys.privateKey) : null };
  return { ...(await muxClip(codec, fps, samples, recordToTags(provenance))), provenance };
}
