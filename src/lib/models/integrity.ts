import { sha256Hex } from '../bytes';
import { KinoraError } from '../errors';
import type { ModelFile } from './manifest';

/** Throws ModelIntegrityError unless `bytes` are exactly the file the manifest describes. */
export async function verifyFile(file: ModelFile, bytes: ArrayBuffer | Uint8Array): Promise<void> {
  if (bytes.byteLength !== file.bytes) {
    throw new KinoraError(
      'ModelIntegrityError',
      `Model file ${file.path} is ${bytes.byteLength} bytes but the manifest says ${file.bytes}: it is truncated or corrupt. Nothing was loaded.`,
    );
  }
  const actual = await sha256Hex(bytes);
  if (actual !== file.sha256) {
    throw new KinoraError(
      'ModelIntegrityError',
      `Model file ${file.path} does not match its manifest checksum (sha256 ${actual.slice(0, 12)}… instead of ${file.sha256.slice(0, 12)}…): it is corrupt or was modified. Nothing was loaded.`,
    );
  }
}
