/**
 * Character packs: one format for every licensor. A pack is `pack.json` (this type) plus a
 * detached Ed25519 signature over the file's exact bytes (`pack.json.sig`, base64), made with the
 * licensor's private key and checked against the bundled trust store.
 */
export const PACK_FORMAT = 'kinora-pack/1';

export interface PackManifest {
  format: typeof PACK_FORMAT;
  /** Stable id, lower-case kebab: "kinora-originals". */
  id: string;
  /** Semver of this pack's contents. */
  version: string;
  /** `id` selects the public key in the trust store; `name` is shown to people. */
  licensor: { id: string; name: string };
  /** ISO-8601 dates; outside [validFrom, validUntil] the pack is refused. */
  validFrom: string;
  validUntil: string;
  /** Burned into every frame of every clip that shows one of this pack's characters. */
  attribution: string;
  /**
   * With characters of other licensors in the same clip:
   * - "if-other-allows": allowed when every other pack involved allows it too;
   * - "never": refused.
   */
  crossover: 'if-other-allows' | 'never';
  characters: PackCharacter[];
}

export interface PackCharacter {
  /** Lower-case id, unique across all packs: "pip". */
  id: string;
  /** Display name: "Pip". */
  name: string;
  /** Pronoun used in user-facing reasons: "him", "her", "them", "it". */
  pronoun: string;
  /** Words and phrases a prompt may use for this character: ["pip", "fox", "orange fox"]. */
  aliases: string[];
  description: string;
  /** Words that the model's text encoder knows for this character, added to the prompt when the
   * character is picked in the UI: "Pip the fox". */
  conditioning: string;
  rules: PackRule[];
}

/** One thing the licensor forbids for a character. */
export interface PackRule {
  /** Stable id within the pack: "pip.weapons". */
  id: string;
  /** Terms that trigger the rule (matched with the guardrail engine's normalisation and inflections). */
  terms: string[];
  /** User-facing reason: "Pip's licence doesn't allow him to be shown with weapons." */
  reason: string;
  /** Optional suggestion shown with the refusal: "Try Pip exploring instead." */
  suggestion?: string;
}

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
