export { canonicalJson, recordFromTags, recordToTags, PROVENANCE_FORMAT, type GenerationRecord, type ProvenanceRecord, type RecordTags, type SignedRecord } from './record';
export { exportPublicKey, generateSigningKey, keyFingerprint, signRecord, verifyRecord } from './sign';
export { CONTENT_HASH_SCHEME, hashVideoContent, type VideoContent } from './content-hash';
export { verifyClip, type Verification, type VerifyClipOptions } from './verify';
export { deviceKeyPair, devicePublicKey } from './device-key';
