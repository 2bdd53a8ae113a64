/** Signed, tamper-evident character packs: load and verify them before anything else reads them. */
export * from './types';
export { loadBundledPacks, PACKS_INDEX_PATH, type PackFetcher } from './load';
export { verifyPack, isVerified, trustedLicensor, type VerifyOptions } from './verify';
export { validatePackManifest, validityWindow, PackManifestError, KEBAB_ID, MAX_ATTRIBUTION_LENGTH } from './validate';
export { BUNDLED_TRUST_STORE } from './trust-store';
