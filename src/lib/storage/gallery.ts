/**
 * The local gallery in IndexedDB: each clip's MP4 Blob, thumbnail and generation record. Nothing
 * here ever leaves the device.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { KinoraError } from '../errors';
import type { AuditEntry } from '../guardrails';
import type { GenerationRecord } from '../provenance';

export interface StoredClip {
  id: string;
  createdAt: string;
  record: GenerationRecord;
  video: Blob;
  thumbnail: Blob;
  codec: string;
  bytes: number;
}

export interface KinoraDB extends DBSchema {
  clips: { key: string; value: StoredClip; indexes: { createdAt: string } };
  /** Guardrail decisions, oldest first (auto-increment keys). */
  audit: { key: number; value: AuditEntry };
}

const DB_NAME = 'kinora';
const DB_VERSION = 2;
let dbPromise: Promise<IDBPDatabase<KinoraDB>> | null = null;

/** The app's database, shared by the gallery and the audit log (the worker opens it too). */
export function db(): Promise<IDBPDatabase<KinoraDB>> {
  dbPromise ??= new Promise<IDBPDatabase<KinoraDB>>((resolve, reject) => {
    openDB<KinoraDB>(DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) database.createObjectStore('clips', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
        if (oldVersion < 2) database.createObjectStore('audit', { autoIncrement: true });
      },
      // An older Kinora tab holds the database open: say so instead of waiting forever.
      blocked() {
        reject(new KinoraError('StorageError', 'Kinora is open in another tab running an older version; close that tab to use the gallery.', 'Clips made now stay downloadable.'));
      },
      // Another tab (or the worker) wants a newer version: let it, and reopen on next use.
      blocking() {
        void dbPromise?.then((d) => d.close());
        dbPromise = null;
      },
      terminated() {
        dbPromise = null;
      },
    }).then(resolve, reject);
  }).catch((e: unknown) => {
    dbPromise = null;
    throw e;
  });
  return dbPromise;
}

function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

export async function saveClip(clip: StoredClip): Promise<void> {
  try {
    const d = await db();
    await d.put('clips', clip);
  } catch (e) {
    if (isQuotaError(e)) {
      throw new KinoraError(
        'QuotaExceeded',
        'The browser has no storage space left for this clip, so it was not added to the gallery. Free space by deleting clips you no longer need.',
        'The clip is still here to download, and the gallery is unchanged.',
      );
    }
    throw new KinoraError('StorageError', `The clip could not be saved to the gallery: ${(e as Error).message}`, 'The clip is still here to download.');
  }
}

/** Newest first. */
export async function listClips(): Promise<StoredClip[]> {
  const d = await db();
  return (await d.getAllFromIndex('clips', 'createdAt')).reverse();
}

export async function getClip(id: string): Promise<StoredClip | undefined> {
  return (await db()).get('clips', id);
}

export async function deleteClip(id: string): Promise<void> {
  await (await db()).delete('clips', id);
}

export interface StorageStatus {
  usedBytes: number | null;
  quotaBytes: number | null;
  /** Of `usedBytes`, what Cache Storage (the offline copy of the app) takes, where the browser says. */
  cacheBytes: number | null;
  persisted: boolean;
}

export async function storageStatus(): Promise<StorageStatus> {
  const est: StorageEstimate & { usageDetails?: { caches?: number } } = navigator.storage?.estimate ? await navigator.storage.estimate() : {};
  const persisted = navigator.storage?.persisted ? await navigator.storage.persisted() : false;
  return { usedBytes: est.usage ?? null, quotaBytes: est.quota ?? null, cacheBytes: est.usageDetails?.caches ?? null, persisted };
}

/** Asks the browser not to evict the gallery under storage pressure. */
export async function requestPersistence(): Promise<boolean> {
  return navigator.storage?.persist ? navigator.storage.persist() : false;
}
