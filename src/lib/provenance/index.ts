export { canonicalJson, PROVENANCE_FORMAT, type GenerationRecord, type ProvenanceRecord, type SignedRecord } from './record';
export { readableTags, recordFromTags, recordToTags, tagProblems, type FoundTags, type RecordTags } from './tags';
export { exportPublicKey, generateSigningKey, keyFingerprint, signRecord, verifyRecord } from './sign';
export { CONTENT_HASH_SCHEME, hashVideoContent, type VideoContent } from './content-hash';
export { verifyClip, type Verification, type VerifyClipOptions } from './verify';
export { deviceKey, signingKeyInfo, type DeviceKey, type SigningKeyInfo } from './device-key';
