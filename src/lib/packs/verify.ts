/**
 * The one gate every pack passes: signed -> by a trusted licensor -> over these exact bytes ->
 * a valid manifest -> the id it is listed under -> inside its dates. Only the licensor id (to pick
 * the key) and the pack's id/version (to name it in messages) are read before the signature holds.
 */
import { base64ToBytes, sha256Hex } from '../bytes';
import { ED25519_PUBLIC_KEY_BYTES, ED25519_SIGNATURE_BYTES, verifyEd25519, type Ed25519Verifier } from '../crypto';
import { KEBAB_ID, PackManifestError, SEMVER, validatePackManifest, validityWindow } from './validate';
import type { RejectedPack, RejectionCode, TrustStore, TrustedLicensor, VerifiedPack } from './types';

export interface VerifyOptions {
  /** Where the pack came from ("packs/pond-pals/pack.json"): its id when the manifest can't be read. */
  source?: string;
  /**
   * The id the pack is listed under (its folder in the pack index). The signed manifest must carry
   * this id, and a refused pack is named by it: an unverified manifest could claim any pack's name.
   */
  listedAs?: string;
  /** Signature check; tests force the fallback with `verifyWithNoble`. */
  ed25519?: Ed25519Verifier;
}

/** Unverified claims, only ever used to pick a key and to name the pack. */
interface Claims {
  json: unknown;
  /** Safe to show: kebab id, else undefined. */
  id?: string;
  /** "kinora-originals 1.0.0" (the listed id, else the claimed one), or "This pack". */
  label: string;
  licensorId: unknown;
}

function readClaims(bytes: Uint8Array, listedAs: string | undefined): Claims | null {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  const o = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const id = typeof o.id === 'string' && KEBAB_ID.test(o.id) ? o.id : undefined;
  const version = typeof o.version === 'string' && SEMVER.test(o.version) ? ` ${o.version}` : '';
  const licensor = typeof o.licensor === 'object' && o.licensor !== null ? (o.licensor as Record<string, unknown>) : {};
  const name = listedAs ?? id;
  return { json, ...(id && { id }), label: name ? `${name}${version}` : 'This pack', licensorId: licensor.id };
}

export function trustedLicensor(trust: TrustStore, id: unknown): TrustedLicensor | undefined {
  // hasOwn: an id like "__proto__" or "toString" must not find anything.
  return typeof id === 'string' && Object.hasOwn(trust, id) ? trust[id] : undefined;
}

export async function verifyPack(
  bytes: Uint8Array,
  signatureBase64: string | null,
  trust: TrustStore,
  now: Date,
  options: VerifyOptions = {},
): Promise<VerifiedPack | RejectedPack> {
  const claims = readClaims(bytes, options.listedAs);
  const reject = (code: RejectionCode, reason: string): RejectedPack => ({ id: options.listedAs ?? claims?.id ?? options.source ?? 'pack.json', code, reason });
  const label = claims?.label ?? options.listedAs ?? 'This pack';

  if (signatureBase64 === null || signatureBase64.trim() === '') return reject('unsigned', `${label} isn't signed.`);
  if (claims === null) return reject('malformed', `${label} can't be read: pack.json is not valid UTF-8 JSON.`);

  const licensor = trustedLicensor(trust, claims.licensorId);
  if (!licensor) {
    const who = typeof claims.licensorId === 'string' && KEBAB_ID.test(claims.licensorId) ? `'${claims.licensorId}'` : 'an unnamed licensor';
    return reject('untrusted', `${label} is signed by ${who}, which is not a trusted licensor.`);
  }
  const publicKey = base64ToBytes(licensor.publicKey);
  if (publicKey?.length !== ED25519_PUBLIC_KEY_BYTES) return reject('untrusted', `${label} can't be checked: the trusted key for ${licensor.name} is damaged.`);
  const signature = base64ToBytes(signatureBase64);
  if (signature?.length !== ED25519_SIGNATURE_BYTES) return reject('bad-signature', `${label}'s signature is damaged (it is not an Ed25519 signature).`);
  if (!(await (options.ed25519 ?? verifyEd25519)(publicKey, signature, bytes))) {
    return reject('bad-signature', `${label} was changed after ${licensor.name} signed it (signature mismatch).`);
  }

  let manifest;
  try {
    manifest = validatePackManifest(claims.json);
  } catch (e) {
    if (!(e instanceof PackManifestError)) throw e;
    return reject('malformed', `${label} is signed by ${licensor.name} but its pack.json is invalid (${e.message}).`);
  }
  if (options.listedAs !== undefined && manifest.id !== options.listedAs) {
    return reject('malformed', `${label} is signed by ${licensor.name} but its pack.json gives the id '${manifest.id}', not '${options.listedAs}' as the pack is listed.`);
  }
  const { start, end } = validityWindow(manifest);
  if (now.getTime() < start) return reject('not-yet-valid', `${label} isn't valid until ${manifest.validFrom}.`);
  if (now.getTime() >= end) return reject('expired', `${label} expired on ${manifest.validUntil}.`);

  return { manifest, sha256: await sha256Hex(bytes), trustedLicensor: licensor.name };
}

export function isVerified(result: VerifiedPack | RejectedPack): result is VerifiedPack {
  return 'manifest' in result;
}
