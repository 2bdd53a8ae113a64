/** Signature checks shared by packs and provenance. */
export { ED25519_PUBLIC_KEY_BYTES, ED25519_SIGNATURE_BYTES, verifyEd25519, verifyWithNoble, verifyWithWebCrypto, type Ed25519Verifier } from './ed25519';
