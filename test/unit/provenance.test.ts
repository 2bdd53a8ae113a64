import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ALL_FORMATS,
  BufferSource,
  BufferTarget,
  EncodedAudioPacketSource,
  EncodedPacket,
  EncodedPacketSink,
  EncodedVideoPacketSource,
  Input,
  Mp4OutputFormat,
  Output,
} from 'mediabunny';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  CONTENT_HASH_SCHEME,
  exportPublicKey,
  generateSigningKey,
  hashVideoContent,
  keyFingerprint,
  PROVENANCE_FORMAT,
  recordFromTags,
  recordToTags,
  signRecord,
  verifyClip,
  verifyRecord,
  type GenerationRecord,
  type ProvenanceRecord,
  type SignedRecord,
  type VideoContent,
} from '../../src/lib/provenance';
import { sealClip } from '../../src/lib/stages/seal';
import { probeClip } from '../../src/lib/video';
import { muxClip, type EncodedSample } from '../../src/lib/video/mux';
import { AI_LABEL, overlayLayout } from '../../src/lib/video/overlay';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** 16 frames of ffmpeg's testsrc, 64x64 H.264: real encoded samples, as WebCodecs is not in Node. */
const FIXTURE = join(ROOT, 'test/unit/fixtures/testsrc-64x64-16f.mp4');

const generation: GenerationRecord = {
  app: { name: 'Kinora', version: '0.1.0' },
  model: { id: 'kinora-tiny', version: '1.0.0', denoiser: 'student', sha256: 'f'.repeat(64) },
  packs: [{ id: 'kinora-originals', version: '1.0.0' }],
  policyVersion: '1',
  prompt: 'Pip the fox jumps in the snow',
  character: 'pip',
  seed: 7,
  mode: 'fast',
  steps: 4,
  guidance: null,
  backend: 'wasm',
  frames: 16,
  fps: 8,
  width: 64,
  height: 64,
  createdAt: '2026-11-24T12:00:00.000Z',
};

const record: ProvenanceRecord = {
  format: PROVENANCE_FORMAT,
  generation,
  content: { scheme: CONTENT_HASH_SCHEME, codec: 'avc', samples: 16, sha256: 'a'.repeat(64) },
  signer: null,
};

async function signedRecord(keys: CryptoKeyPair): Promise<{ record: ProvenanceRecord; signature: string }> {
  const r: ProvenanceRecord = { ...record, signer: { algorithm: 'Ed25519', publicKey: await exportPublicKey(keys.publicKey) } };
  return { record: r, signature: await signRecord(r, keys.privateKey) };
}

/** The fixture's samples as an encoder would hand them over: decoder config with the first. */
async function fixtureSamples(): Promise<EncodedSample[]> {
  const input = new Input({ formats: ALL_FORMATS, source: new BufferSource(readFileSync(FIXTURE)) });
  try {
    const track = (await input.getPrimaryVideoTrack())!;
    const decoderConfig = await track.getDecoderConfig();
    const packets: EncodedPacket[] = [];
    for await (const packet of new EncodedPacketSink(track).packets()) packets.push(packet);
    return packets.map((packet, i) => (i === 0 ? { packet, meta: { decoderConfig: decoderConfig! } } : { packet }));
  } finally {
    input.dispose();
  }
}

async function sealedFixture(keys: CryptoKeyPair | null) {
  const samples = await fixtureSamples();
  return { samples, ...(await sealClip({ codec: 'avc', fps: 8, samples, generation, keys })) };
}

/** The samples re-muxed with the first one's decoder config edited. */
function withDecoderConfig(samples: EncodedSample[], edit: (config: VideoDecoderConfig) => VideoDecoderConfig): EncodedSample[] {
  const [first, ...rest] = samples;
  return [{ packet: first!.packet, meta: { decoderConfig: edit(first!.meta!.decoderConfig!) } }, ...rest];
}

/** A sealed clip re-muxed by hand with one more track: a second copy of the video, or a silent audio track. */
async function withExtraTrack(samples: EncodedSample[], provenance: SignedRecord, kind: 'video' | 'audio'): Promise<Uint8Array> {
  const output = new Output({ format: new Mp4OutputFormat({ fastStart: 'in-memory', metadataFormat: 'mdta' }), target: new BufferTarget() });
  const video = new EncodedVideoPacketSource('avc');
  output.addVideoTrack(video, { frameRate: 8 });
  const extraVideo = new EncodedVideoPacketSource('avc');
  const audio = new EncodedAudioPacketSource('pcm-s16');
  if (kind === 'video') output.addVideoTrack(extraVideo, { frameRate: 8 });
  else output.addAudioTrack(audio);
  output.setMetadataTags(recordToTags(provenance));
  await output.start();
  for (const { packet, meta } of samples) {
    await video.add(packet, meta);
    if (kind === 'video') await extraVideo.add(packet, meta);
  }
  if (kind === 'audio') {
    const second = new EncodedPacket(new Uint8Array(16_000), 'key', 0, 1);
    await audio.add(second, { decoderConfig: { codec: 'pcm-s16', numberOfChannels: 1, sampleRate: 8000 } });
  }
  await output.finalize();
  return new Uint8Array(output.target.buffer!);
}

describe('provenance record', () => {
  it('serialises canonically: sorted keys at every depth, no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 0, y: 'x' }], c: null }, u: undefined })).toBe('{"a":{"c":null,"d":[2,{"y":"x","z":0}]},"b":1}');
    const shuffled = JSON.parse(JSON.stringify({ signer: record.signer, content: record.content, generation: record.generation, format: record.format })) as unknown;
    expect(canonicalJson(shuffled)).toBe(canonicalJson(record));
  });

  it('round-trips through tags, with the prompt as title and an AI-generated label', () => {
    const tags = recordToTags({ record, signature: 'c2ln' });
    expect(tags.title).toBe(generation.prompt);
    expect(tags.comment).toBe('AI-generated');
    expect(recordFromTags(tags)).toEqual({ record, signature: 'c2ln' });
    expect(recordFromTags(recordToTags({ record, signature: null }))).toEqual({ record, signature: null });
  });

  it('reads records stored as bytes, and refuses malformed ones', () => {
    const raw = recordToTags({ record, signature: null }).raw!;
    const [key, text] = Object.entries(raw)[0]!;
    expect(recordFromTags({ raw: { [key]: new TextEncoder().encode(text as string) } })?.record).toEqual(record);
    expect(recordFromTags({ raw: { [key]: '{not json' } })).toBeNull();
    expect(recordFromTags({ raw: { [key]: JSON.stringify({ ...record, format: 'kinora-generation/1' }) } })).toBeNull();
    expect(recordFromTags({})).toBeNull();
  });
});

describe('signatures', () => {
  it('verifies a signed record and refuses an edited one, another key and garbage', async () => {
    const keys = await generateSigningKey();
    const signed = await signedRecord(keys);
    expect(await verifyRecord(signed.record, signed.signature)).toBe(true);

    const edited = { ...signed.record, generation: { ...generation, prompt: 'Pip the fox jumps in the rain' } };
    expect(await verifyRecord(edited, signed.signature)).toBe(false);

    const other = await signedRecord(await generateSigningKey());
    expect(await verifyRecord(signed.record, other.signature)).toBe(false);
    expect(await verifyRecord(signed.record, 'not base64!')).toBe(false);
    expect(await verifyRecord(signed.record, null)).toBe(false);
    expect(await verifyRecord(record, signed.signature)).toBe(false);
  });

  it('keeps the device private key non-extractable', async () => {
    const keys = await generateSigningKey();
    expect(keys.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', keys.privateKey)).rejects.toThrow();
  });

  it('fingerprints public keys as 16 hex digits in groups of four, and refuses non-keys', async () => {
    const publicKey = await exportPublicKey((await generateSigningKey()).publicKey);
    expect(await keyFingerprint(publicKey)).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
    expect(await keyFingerprint(`  ${publicKey}\n`)).toBe(await keyFingerprint(publicKey));
    expect(await keyFingerprint(await exportPublicKey((await generateSigningKey()).publicKey))).not.toBe(await keyFingerprint(publicKey));
    expect(await keyFingerprint('AAAA')).toBeNull();
    expect(await keyFingerprint('not base64!')).toBeNull();
  });
});

describe('content hash', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const content = (edit: Partial<VideoContent> = {}): VideoContent => ({
    codecString: 'avc1.64000a',
    description: enc('avcC'),
    codedWidth: 64,
    codedHeight: 64,
    samples: [
      { timestampUs: 0, durationUs: 125_000, key: true, data: enc('ab') },
      { timestampUs: 125_000, durationUs: 125_000, key: false, data: enc('c') },
    ],
    ...edit,
  });
  const sample = (i: number, edit: Partial<VideoContent['samples'][number]>) => content().samples.map((s, j) => (i === j ? { ...s, ...edit } : s));

  it('covers the codec, decoder config, coded size and every sample with its timing, key flag and boundaries', async () => {
    const base = await hashVideoContent(content());
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashVideoContent(content())).toBe(base);
    const variants: VideoContent[] = [
      content({ codecString: 'avc1.64000b' }),
      content({ description: enc('avcD') }),
      content({ codedWidth: 48 }),
      content({ codedHeight: 48 }),
      content({ samples: sample(1, { timestampUs: 250_000 }) }),
      content({ samples: sample(1, { durationUs: 250_000 }) }),
      content({ samples: sample(1, { key: true }) }),
      content({ samples: sample(0, { data: enc('a') }).map((s, i) => (i === 1 ? { ...s, data: enc('bc') } : s)) }),
      content({ samples: content().samples.slice(0, 1) }),
    ];
    for (const variant of variants) expect(await hashVideoContent(variant)).not.toBe(base);
  });
});

describe('signed MP4', () => {
  it('verifies a freshly sealed clip, and players still read it', async () => {
    const { bytes, provenance } = await sealedFixture(await generateSigningKey());
    const result = await verifyClip(bytes);
    expect(result).toEqual({
      record: provenance.record,
      signatureValid: true,
      contentHashValid: true,
      tagsValid: true,
      signerFingerprint: await keyFingerprint(provenance.record.signer!.publicKey),
      signerMatchesKey: null,
      problems: [],
    });
    expect(result.record?.content).toMatchObject({ scheme: CONTENT_HASH_SCHEME, codec: 'avc', samples: 16 });
    const facts = await probeClip(bytes);
    expect(facts).toMatchObject({ codec: 'avc', width: 64, height: 64, frames: 16, record: generation });
  });

  it('detects a changed video sample: the content hash fails, the signature still holds', async () => {
    const { bytes, samples } = await sealedFixture(await generateSigningKey());
    const sample = samples[5]!.packet.data;
    const at = Buffer.from(bytes).indexOf(Buffer.from(sample));
    expect(at).toBeGreaterThan(0);
    const tampered = bytes.slice();
    tampered[at + (sample.length >> 1)]! ^= 0xff;
    const result = await verifyClip(tampered);
    expect(result.signatureValid).toBe(true);
    expect(result.contentHashValid).toBe(false);
    expect(result.problems.join(' ')).toMatch(/does not match the signed content hash/);
  });

  it('detects a re-mux with another decoder config, coded size or timing', async () => {
    const { samples, provenance } = await sealedFixture(await generateSigningKey());
    const remux = async (edited: EncodedSample[]) => verifyClip((await muxClip('avc', 8, edited, recordToTags(provenance))).bytes);
    const sps = (config: VideoDecoderConfig) => {
      // Change the last byte of the avcC's SPS (its cropping/VUI tail), leaving the codec string as it is.
      const avcC = new Uint8Array(config.description as ArrayBuffer).slice();
      const spsEnd = 8 + ((avcC[6]! << 8) | avcC[7]!);
      avcC[spsEnd - 1]! ^= 0x01;
      return { ...config, description: avcC };
    };

    const reconfigured = await remux(withDecoderConfig(samples, sps));
    expect(reconfigured).toMatchObject({ signatureValid: true, contentHashValid: false });
    expect(reconfigured.problems.join(' ')).toMatch(/does not match the signed content hash/);

    const resized = await remux(withDecoderConfig(samples, (config) => ({ ...config, codedWidth: 48, codedHeight: 48 })));
    expect(resized).toMatchObject({ signatureValid: true, contentHashValid: false });
    expect(resized.problems.join(' ')).toMatch(/shown at 48x48, but the record says 64x64.*does not match the signed content hash/);

    const retimed = samples.map(({ packet, meta }) => ({ packet: new EncodedPacket(packet.data, packet.type, packet.timestamp * 2, packet.duration * 2), meta }));
    expect(await remux(retimed)).toMatchObject({ signatureValid: true, contentHashValid: false });
  });

  it.each(['video', 'audio'] as const)('detects an added %s track', async (kind) => {
    const { samples, provenance } = await sealedFixture(await generateSigningKey());
    const result = await verifyClip(await withExtraTrack(samples, provenance, kind));
    expect(result).toMatchObject({ signatureValid: true, contentHashValid: false });
    expect(result.problems).toEqual([`The file has 2 tracks where a Kinora clip has one: extra ${kind} track(s) were added after it was made.`]);
  });

  it('refuses records whose content hash predates the current scheme', async () => {
    const keys = await generateSigningKey();
    const { samples, provenance } = await sealedFixture(keys);
    const { scheme: _, ...content } = provenance.record.content;
    const legacy: ProvenanceRecord = { ...provenance.record, content };
    const { bytes } = await muxClip('avc', 8, samples, recordToTags({ record: legacy, signature: await signRecord(legacy, keys.privateKey) }));
    const result = await verifyClip(bytes);
    expect(result).toMatchObject({ signatureValid: true, contentHashValid: false });
    expect(result.problems.join(' ')).toMatch(/first scheme \(sample bytes only\)/);
  });

  it('checks the signer against a pinned key', async () => {
    const keys = await generateSigningKey();
    const { bytes, provenance } = await sealedFixture(keys);
    const publicKey = provenance.record.signer!.publicKey;
    expect(await verifyClip(bytes, { signerKey: publicKey })).toMatchObject({ signatureValid: true, contentHashValid: true, signerMatchesKey: true, problems: [] });
    const other = await exportPublicKey((await generateSigningKey()).publicKey);
    const pinnedElsewhere = await verifyClip(bytes, { signerKey: other });
    expect(pinnedElsewhere).toMatchObject({ signatureValid: true, contentHashValid: true, signerMatchesKey: false });
    expect(pinnedElsewhere.problems).toEqual([`The clip was signed by key ${await keyFingerprint(publicKey)}, not by the expected key ${await keyFingerprint(other)}.`]);
    expect(await verifyClip((await sealedFixture(null)).bytes, { signerKey: publicKey })).toMatchObject({ signerFingerprint: null, signerMatchesKey: false });
  });

  it('detects an edited record tag: the signature fails, the content still matches', async () => {
    const { samples, provenance } = await sealedFixture(await generateSigningKey());
    const edited = { ...provenance.record, generation: { ...generation, prompt: 'Pip the fox jumps in the rain' } };
    const { bytes } = await muxClip('avc', 8, samples, recordToTags({ record: edited, signature: provenance.signature }));
    const result = await verifyClip(bytes);
    expect(result.signatureValid).toBe(false);
    expect(result.contentHashValid).toBe(true);
    expect(result.problems.join(' ')).toMatch(/signature does not match/);
  });

  it('names every tag a player shows that says something other than the signed record', async () => {
    const { samples, provenance } = await sealedFixture(await generateSigningKey());
    const tags = recordToTags(provenance);
    // What `ffmpeg -c copy -map_metadata 0 -metadata title=... -metadata comment=...` does to a clip.
    const relabelled = await verifyClip((await muxClip('avc', 8, samples, { ...tags, title: 'Pip fires a gun', comment: 'Real footage' })).bytes);
    expect(relabelled).toMatchObject({ signatureValid: true, contentHashValid: true, tagsValid: false });
    expect(relabelled.problems).toEqual([
      `The "title" tag says "Pip fires a gun", but the signed record makes it "${generation.prompt}": the tag was changed after the clip was made.`,
      'The "comment" tag says "Real footage", but the signed record makes it "AI-generated": the tag was changed after the clip was made.',
    ]);
    const credited = await verifyClip((await muxClip('avc', 8, samples, { ...tags, artist: 'Studio Ghibli', raw: { ...tags.raw, 'com.apple.quicktime.author': 'A real person' } })).bytes);
    expect(credited.tagsValid).toBe(false);
    expect(credited.problems.join(' ')).toMatch(/"artist" tag that the signed record does not cover/);
    expect(credited.problems.join(' ')).toMatch(/"com.apple.quicktime.author" tag that the signed record does not cover/);
    const redated = await verifyClip((await muxClip('avc', 8, samples, { ...tags, date: new Date('1999-01-01') })).bytes);
    expect(redated.problems).toEqual([`The "date" tag says "1999-01-01", but the signed record makes it "${generation.createdAt.slice(0, 10)}": the tag was changed after the clip was made.`]);
  });

  it('still verifies after a remux that keeps the tags, adds container bookkeeping, or strips the readable ones', async () => {
    const { samples, provenance } = await sealedFixture(await generateSigningKey());
    const { raw } = recordToTags(provenance);
    const remuxed = { ...recordToTags(provenance), raw: { ...raw, major_brand: 'isom', minor_version: '512', compatible_brands: 'isomavc1mp41', encoder: 'Lavf59.27.100' } };
    expect(await verifyClip((await muxClip('avc', 8, samples, remuxed)).bytes)).toMatchObject({ signatureValid: true, contentHashValid: true, tagsValid: true, problems: [] });
    expect(await verifyClip((await muxClip('avc', 8, samples, { raw })).bytes)).toMatchObject({ tagsValid: true, problems: [] });
  });

  it('reports unsigned clips and files without a record', async () => {
    const unsigned = await verifyClip((await sealedFixture(null)).bytes);
    expect(unsigned).toMatchObject({ signatureValid: false, contentHashValid: true });
    expect(unsigned.problems.join(' ')).toMatch(/not signed/);
    expect(await verifyClip(readFileSync(FIXTURE))).toMatchObject({ record: null, signatureValid: false, contentHashValid: false });
    await expect(verifyClip(new TextEncoder().encode('not a video'))).rejects.toThrow();
  });

  it('npm run verify: exit 0 when all hold, 1 when tampered, unrecorded or not the --key signer, 2 on misuse', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kinora-verify-'));
    const { bytes, samples, provenance } = await sealedFixture(await generateSigningKey());
    const publicKey = provenance.record.signer!.publicKey;
    const fingerprint = (await keyFingerprint(publicKey))!;
    const good = join(dir, 'good.mp4');
    const bad = join(dir, 'bad.mp4');
    writeFileSync(good, bytes);
    const tampered = bytes.slice();
    tampered[Buffer.from(bytes).indexOf(Buffer.from(samples[0]!.packet.data)) + 40]! ^= 1;
    writeFileSync(bad, tampered);
    const verify = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/verify.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

    const ok = verify(good);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      signatureValid: true,
      contentHashValid: true,
      tagsValid: true,
      signer: { fingerprint, publicKey, trust: 'self-asserted' },
      record: { generation: { prompt: generation.prompt } },
    });
    expect(ok.stderr).toMatch(new RegExp(`OK: .*key ${fingerprint}, a self-asserted signer`));
    const pinned = verify(good, '--key', publicKey);
    expect(pinned.status).toBe(0);
    expect(JSON.parse(pinned.stdout)).toMatchObject({ signer: { fingerprint, trust: 'pinned' } });
    expect(pinned.stderr).toMatch(/the --key signer/);
    const other = await exportPublicKey((await generateSigningKey()).publicKey);
    const wrongSigner = verify(good, '--key', other);
    expect(wrongSigner.status).toBe(1);
    expect(wrongSigner.stderr).toMatch(/not by the expected key/);
    expect(verify(good, '--key', 'AAAA').status).toBe(2);
    expect(verify(bad).status).toBe(1);
    const relabelled = join(dir, 'relabelled.mp4');
    writeFileSync(relabelled, (await muxClip('avc', 8, samples, { ...recordToTags(provenance), title: 'Pip fires a gun' })).bytes);
    const edited = verify(relabelled);
    expect(edited.status).toBe(1);
    expect(JSON.parse(edited.stdout)).toMatchObject({ signatureValid: true, contentHashValid: true, tagsValid: false });
    expect(edited.stderr).toMatch(/FAILED: The "title" tag says "Pip fires a gun"/);
    expect(verify(FIXTURE).status).toBe(1);
    expect(verify().status).toBe(2);
    expect(verify(join(dir, 'missing.mp4')).status).toBe(2);
  }, 30_000);
});

describe('overlay layout', () => {
  const measure = (text: string, font: string) => text.length * 0.55 * Number(/(\d+)px/.exec(font)![1]);

  it('puts the attribution lines, once each, then "AI-generated" in a band at the bottom', () => {
    const credit = 'Pip © Kinora Originals, used under licence';
    const layout = overlayLayout({ attribution: [credit, credit, ' '] }, 512, 512, measure);
    expect(layout.lines.map((l) => l.text)).toEqual([credit, AI_LABEL]);
    expect(layout.band.y + layout.band.height).toBe(512);
    expect(layout.band.width).toBe(512);
    for (const line of layout.lines) {
      expect(line.y).toBeGreaterThan(layout.band.y);
      expect(line.y).toBeLessThan(512);
      expect(line.font).toMatch(/1[67]px/);
    }
    expect(overlayLayout({ attribution: [] }, 512, 512, measure).lines.map((l) => l.text)).toEqual([AI_LABEL]);
  });

  it('sets a credit too wide for the frame smaller instead of cutting it', () => {
    const long = 'A very long attribution line naming every rights holder of this character and then some';
    const [line] = overlayLayout({ attribution: [long] }, 512, 512, measure).lines;
    expect(line!.text).toBe(long);
    expect(line!.x + measure(long, line!.font)).toBeLessThanOrEqual(512);
  });
});
