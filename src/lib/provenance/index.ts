export { canonicalJson, recordFromTags, recordToTags, PROVENANCE_FORMAT, type GenerationRecord, type ProvenanceRecord, type RecordTags, type SignedRecord } from './record';
export { exportPublicKey, generateSigningKey, signRecord, verifyRecord } from './sign';
export { hashSamples } from './content-hash';
export { sealClip, type SealRequest } from './seal';
export { verifyClip, type Verification } from './verify';
export { deviceKeyPair } from './device-key';
