/**
 * This device's signing key: an Ed25519 pair made once and kept in IndexedDB (a database of its
 * own). The private key is non-extractable: code can sign with it, nothing can read it out.
 * CryptoKeys are structured-cloneable, so IndexedDB stores them as they are. Only the encoder
 * worker calls this (IndexedDB works in workers): the key that signs and the key Settings shows
 * come from the same place, and the private key never crosses postMessage.
 */
import { openDB } from 'idb';
import { exportPublicKey, generateSigningKey, keyFingerprint } from './sign';

const DB_NAME = 'kinora-device-key';
const STORE = 'keys';
const KEY = 'signing';

export interface DeviceKey {
  keys: CryptoKeyPair;
  /** False when the key could not be kept (storage full, no IndexedDB): it signs until this worker ends. */
  stored: boolean;
  /** Why it could not be kept, for people; absent when stored. */
  notStored?: string;
}

/** What Settings shows of the key that signs. */
export interface SigningKeyInfo {
  publicKey: string;
  fingerprint: string;
  stored: boolean;
  notStored?: string;
}

const reason = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

async function loadOrCreate(): Promise<DeviceKey> {
  let db;
  try {
    db = await openDB(DB_NAME, 1, { upgrade: (d) => void d.createObjectStore(STORE) });
  } catch (e) {
    return { keys: await generateSigningKey(), stored: false, notStored: `this browser's storage cannot be opened (${reason(e)})` };
  }
  try {
    const existing = (await db.get(STORE, KEY)) as CryptoKeyPair | undefined;
    if (existing) return { keys: existing, stored: true };
    const pair = await generateSigningKey();
    try {
      await db.add(STORE, pair, KEY);
      return { keys: pair, stored: true };
    } catch (e) {
      // Another tab may have stored its key meanwhile (add() does not overwrite): that one wins.
      const winner = (await db.get(STORE, KEY).catch(() => undefined)) as CryptoKeyPair | undefined;
      return winner ? { keys: winner, stored: true } : { keys: pair, stored: false, notStored: `it could not be saved (${reason(e)})` };
    }
  } finally {
    db.close();
  }
}

let pending: Promise<DeviceKey | null> | null = null;

/**
 * The key this worker signs with, the same for its whole life. Without Ed25519 in WebCrypto (older
 * browsers) there is none and clips are unsigned.
 */
export function deviceKey(): Promise<DeviceKey | null> {
  pending ??= loadOrCreate().catch(() => null);
  return pending;
}

/** The public half of `deviceKey()`, for Settings; null when clips are unsigned. */
export async function signingKeyInfo(): Promise<SigningKeyInfo | null> {
  const key = await deviceKey();
  if (!key) return null;
  const publicKey = await exportPublicKey(key.keys.publicKey);
  const info: SigningKeyInfo = { publicKey, fingerprint: (await keyFingerprint(publicKey))!, stored: key.stored };
  if (key.notStored) info.notStored = key.notStored;
  return info;
}
