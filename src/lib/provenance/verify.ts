/**
 * Checks a clip's provenance from its bytes alone: reads the record tag, re-hashes the demuxed
 * video samples and checks the signature. Works in Node (the CLI) and browsers. Throws only when
 * the bytes are not a readable media file.
 */
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';
import { hashSamples } from './content-hash';
import { recordFromTags, type ProvenanceRecord } from './record';
import { verifyRecord } from './sign';

export interface Verification {
  record: ProvenanceRecord | null;
  /** The record is signed, and the signature is its signer's over this exact record. */
  signatureValid: boolean;
  /** The file's video samples are the ones the record's hash was made from. */
  contentHashValid: boolean;
  /** Why either check failed, for people; empty when both hold. */
  problems: string[];
}

export async function verifyClip(bytes: Uint8Array | ArrayBuffer): Promise<Verification> {
  const input = new Input({ formats: ALL_FORMATS, source: new BufferSource(bytes) });
  try {
    const signed = recordFromTags(await input.getMetadataTags());
    if (!signed) return { record: null, signatureValid: false, contentHashValid: false, problems: ['The file carries no Kinora provenance record.'] };
    const { record, signature } = signed;
    const problems: string[] = [];

    const signatureValid = await verifyRecord(record, signature);
    if (!record.signer || signature === null) problems.push('The record is not signed (the browser that made the clip had no Ed25519 support).');
    else if (!signatureValid) problems.push('The signature does not match the record: the record was changed after signing, or was signed by another key.');

    const track = await input.getPrimaryVideoTrack();
    const samples: Uint8Array[] = [];
    if (track) for await (const packet of new EncodedPacketSink(track).packets()) samples.push(packet.data);
    const sha256 = await hashSamples(samples);
    const contentHashValid = track !== null && sha256 === record.content.sha256;
    if (!track) problems.push('The file has no video track.');
    else if (!contentHashValid) {
      problems.push(
        `The video samples do not match the signed content hash: the video was changed after it was made ` +
          `(file: ${samples.length} samples, sha256 ${sha256}; record: ${record.content.samples} samples, sha256 ${record.content.sha256}).`,
      );
    }
    return { record, signatureValid, contentHashValid, problems };
  } finally {
    input.dispose();
  }
}
