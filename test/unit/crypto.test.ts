import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyEd25519, verifyWithNoble } from '../../src/lib/crypto';
import { CONTENT_HASH_SCHEME, exportPublicKey, generateSigningKey, PROVENANCE_FORMAT, signRecord, verifyRecord, type GenerationRecord, type ProvenanceRecord } from '../../src/lib/provenance';

async function signed(): Promise<{ record: ProvenanceRecord; signature: string }> {
  const keys = await generateSigningKey();
  const record: ProvenanceRecord = {
    format: PROVENANCE_FORMAT,
    // The signature covers whatever the record holds: which generation it names does not matter here.
    generation: { prompt: 'a fox jumps', seed: 7 } as GenerationRecord,
    content: { scheme: CONTENT_HASH_SCHEME, codec: 'avc', samples: 16, sha256: 'a'.repeat(64) },
    signer: { algorithm: 'Ed25519', publicKey: await exportPublicKey(keys.publicKey) },
  };
  return { record, signature: await signRecord(record, keys.privateKey) };
}

describe('one Ed25519 verifier for packs and provenance', () => {
  afterEach(() => vi.restoreAllMocks());

  it('verifies provenance records with @noble/ed25519 as with WebCrypto', async () => {
    const { record, signature } = await signed();
    const tampered = { ...record, content: { ...record.content, samples: 17 } };
    for (const ed25519 of [verifyEd25519, verifyWithNoble]) {
      expect(await verifyRecord(record, signature, ed25519)).toBe(true);
      expect(await verifyRecord(tampered, signature, ed25519)).toBe(false);
      expect(await verifyRecord(record, 'AAAA', ed25519)).toBe(false);
    }
  });

  it('falls back to @noble/ed25519 where WebCrypto has no Ed25519', async () => {
    const { record, signature } = await signed();
    const importKey = vi.spyOn(crypto.subtle, 'importKey').mockRejectedValue(new DOMException('Ed25519', 'NotSupportedError'));
    expect(await verifyRecord(record, signature)).toBe(true);
    expect(await verifyRecord({ ...record, signer: { algorithm: 'Ed25519', publicKey: btoa('x'.repeat(32)) } }, signature)).toBe(false);
    expect(importKey).toHaveBeenCalled();
  });
});
