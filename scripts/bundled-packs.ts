/** The bundled character packs, verified as the app verifies them: shared by the guard CLIs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_TRUST_STORE, PACKS_INDEX_PATH, isVerified, verifyPack, type VerifiedPack } from '../src/lib/packs';

const PUBLIC_DIR = join(import.meta.dirname, '..', 'public');

export function readOptional(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The bundled packs that pass verification; each one left out is passed to `warn` with the reason. */
export async function loadPacks(warn: (message: string) => void): Promise<VerifiedPack[]> {
  const { packs: ids } = JSON.parse(readFileSync(join(PUBLIC_DIR, PACKS_INDEX_PATH), 'utf8')) as { packs: string[] };
  const verified: VerifiedPack[] = [];
  for (const id of ids) {
    const dir = join(PUBLIC_DIR, 'packs', id);
    const bytes = readFileSync(join(dir, 'pack.json'));
    const result = await verifyPack(new Uint8Array(bytes), readOptional(join(dir, 'pack.json.sig')), BUNDLED_TRUST_STORE, new Date(), { source: id });
    if (isVerified(result)) verified.push(result);
    else warn(`pack ${result.id} left out: ${result.reason}`);
  }
  return verified;
}

