/**
 * This device's signing key: an Ed25519 pair made once and kept in IndexedDB (a database of its
 * own). The private key is non-extractable: code can sign with it, nothing can read it out.
 * CryptoKeys are structured-cloneable, so IndexedDB stores them as they are. The encoder worker
 * calls this itself (IndexedDB works in workers), so the key never crosses postMessage.
 */
import { openDB } from 'idb';
import { exportPublicKey, generateSigningKey } from './sign';

const DB_NAME = 'kinora-device-key';
const STORE = 'keys';
const KEY = 'signing';

let stored: Promise<CryptoKeyPair> | null = null;
let pending: Promise<CryptoKeyPair | null> | null = null;

async function loadOrCreate(): Promise<CryptoKeyPair> {
  const db = await openDB(DB_NAME, 1, { upgrade: (d) => void d.createObjectStore(STORE) });
  try {
    const existing = (await db.get(STORE, KEY)) as CryptoKeyPair | undefined;
    if (existing) return existing;
    const pair = await generateSigningKey();
    // Another tab may have stored its key meanwhile: add() will not overwrite it, and that one wins.
    await db.add(STORE, pair, KEY).catch(() => undefined);
    return ((await db.get(STORE, KEY)) as CryptoKeyPair | undefined) ?? pair;
  } finally {
    db.close();
  }
}

function storedKeyPair(): Promise<CryptoKeyPair> {
  stored ??= loadOrCreate();
  return stored;
}

/**
 * The device key pair. Without IndexedDB (some private modes) clips are signed with a key for this
 * session only; without Ed25519 in WebCrypto (older browsers) there is no key and clips are unsigned.
 */
export function deviceKeyPair(): Promise<CryptoKeyPair | null> {
  pending ??= storedKeyPair().catch(() => generateSigningKey().catch(() => null));
  return pending;
}

/**
 * This device's public key (base64), for Settings to show its fingerprint. Null unless the key is
 * stored: a session-only key made here would not be the one the encoder worker signs with.
 */
export async function devicePublicKey(): Promise<string | null> {
  try {
    return await exportPublicKey((await storedKeyPair()).publicKey);
  } catch {
    return null;
  }
}
