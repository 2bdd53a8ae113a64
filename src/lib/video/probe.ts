/** Reads an MP4 back with mediabunny's demuxer: what a player sees. Works in Node and browsers. */
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import type { GenerationRecord } from '../provenance/record';
import { recordFromTags } from '../provenance/tags';

export interface ClipFacts {
  codec: string | null;
  width: number;
  height: number;
  frames: number;
  duration: number;
  /** What the provenance record says was generated (as written: provenance/verify checks it). */
  record: GenerationRecord | null;
}

export async function probeClip(bytes: Uint8Array | ArrayBuffer): Promise<ClipFacts> {
  const input = new Input({ formats: ALL_FORMATS, source: new BufferSource(bytes) });
  try {
    const track = await input.getPrimaryVideoTrack();
    if (!track) throw new Error('The file has no video track.');
    const stats = await track.computePacketStats();
    return {
      codec: track.codec,
      width: track.displayWidth,
      height: track.displayHeight,
      frames: stats.packetCount,
      duration: await input.computeDuration(),
      record: recordFromTags(await input.getMetadataTags())?.record.generation ?? null,
    };
  } finally {
    input.dispose();
  }
}
