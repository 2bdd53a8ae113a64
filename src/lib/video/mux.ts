/**
 * Encoded video samples -> fast-start MP4 with metadata tags. No WebCodecs, so it runs in Node too:
 * the encoder worker and the provenance tests mux through this one function.
 */
import { BufferTarget, EncodedVideoPacketSource, Mp4OutputFormat, Output, type EncodedPacket, type MetadataTags, type VideoCodec } from 'mediabunny';

/** One sample as the encoder emitted it; the first one's `meta` carries the decoder config. */
export interface EncodedSample {
  packet: EncodedPacket;
  meta?: EncodedVideoChunkMetadata;
}

export interface MuxedClip {
  bytes: Uint8Array;
  mimeType: string;
}

export async function muxClip(codec: VideoCodec, fps: number, samples: readonly EncodedSample[], tags: MetadataTags): Promise<MuxedClip> {
  const output = new Output({
    format: new Mp4OutputFormat({ fastStart: 'in-memory', metadataFormat: 'mdta' }),
    target: new BufferTarget(),
  });
  const source = new EncodedVideoPacketSource(codec);
  output.addVideoTrack(source, { frameRate: fps });
  output.setMetadataTags(tags);
  await output.start();
  for (const { packet, meta } of samples) await source.add(packet, meta);
  await output.finalize();
  const buffer = output.target.buffer;
  if (!buffer) throw new Error('The MP4 muxer produced no data.');
  return { bytes: new Uint8Array(buffer), mimeType: await output.getMimeType() };
}
