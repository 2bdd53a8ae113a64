/**
 * Encoded samples + generation record -> signed MP4. The record holds the hash of the samples and
 * the signature covers the record, so both must exist before the file does: mediabunny takes
 * metadata tags only before `start()`, hence encode first (all samples in memory; 16 small frames),
 * then hash, sign and mux here. Used by the encoder worker and by the tests alike.
 */
import type { VideoCodec } from 'mediabunny';
import { muxClip, type EncodedSample, type MuxedClip } from '../video/mux';
import { hashSamples } from './content-hash';
import { PROVENANCE_FORMAT, recordToTags, type GenerationRecord, type ProvenanceRecord, type SignedRecord } from './record';
import { exportPublicKey, signRecord } from './sign';

export interface SealRequest {
  codec: VideoCodec;
  fps: number;
  samples: readonly EncodedSample[];
  generation: GenerationRecord;
  /** The device key; null where the browser has no Ed25519 (the clip is then marked unsigned). */
  keys: CryptoKeyPair | null;
}

export async function sealClip({ codec, fps, samples, generation, keys }: SealRequest): Promise<MuxedClip & { provenance: SignedRecord }> {
  const record: ProvenanceRecord = {
    format: PROVENANCE_FORMAT,
    generation,
    content: { codec, samples: samples.length, sha256: await hashSamples(samples.map((s) => s.packet.data)) },
    signer: keys ? { algorithm: 'Ed25519', publicKey: await exportPublicKey(keys.publicKey) } : null,
  };
  const provenance: SignedRecord = { record, signature: keys ? await signRecord(record, keys.privateKey) : null };
  return { ...(await muxClip(codec, fps, samples, recordToTags(provenance))), provenance };
}
