/**
 * Character packs: one format for every licensor. A pack is `pack.json` (this type) plus a
 * detached Ed25519 signature over the file's exact bytes (`pack.json.sig`, base64), made with the
 * licensor's private key and checked against the bundled trust store.
 */
import type * as v from 'valibot';
import type { PackManifestSchema } from './validate';

export const PACK_FORMAT = 'kinora-pack/1';

/** The checked `pack.json`: the fields, their rules and their meaning are in `PackManifestSchema`. */
export type PackManifest = v.InferOutput<typeof PackManifestSchema>;
export type PackCharacter = PackManifest['characters'][number];
/** One thing the licensor forbids for a character. */
export type PackRule = PackCharacter['rules'][number];

/** A pack whose signature, trust and dates were checked. Only these reach the guardrails. */
export interface VerifiedPack {
  manifest: PackManifest;
  /** SHA-256 (hex) of the exact pack.json bytes that were verified. */
  sha256: string;
  /** Licensor name from the trust store (not from the pack itself). */
  trustedLicensor: string;
}

/** A pack that failed a check: shown as invalid, none of its characters can be generated. */
export interface RejectedPack {
  /** The id the pack is listed under (its folder in packs/index.json), never what an unverified manifest claims. */
  id: string;
  reason: string;
  code: RejectionCode;
}

/** `unavailable`: pack.json (or the pack index) could not be fetched at all. `conflict`: a verified pack
 * reuses a character id that an earlier pack already provides (ids are unique across packs). */
export type RejectionCode = 'unsigned' | 'bad-signature' | 'untrusted' | 'expired' | 'not-yet-valid' | 'malformed' | 'unavailable' | 'conflict';

/** A licensor the app trusts: its display name and Ed25519 public key (base64 of the raw 32 bytes). */
export interface TrustedLicensor {
  name: string;
  publicKey: string;
}

/** Licensor id -> trusted licensor. Bundled with the app; packs can only be as trusted as this list. */
export type TrustStore = Readonly<Record<string, TrustedLicensor>>;

/** The outcome of loading several packs: only `verified` may reach the guardrails. */
export interface LoadedPacks {
  verified: VerifiedPack[];
  rejected: RejectedPack[];
}
