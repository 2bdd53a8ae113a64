/**
 * Checks a clip's provenance: prints the record, the signer and both verdicts as one JSON object
 * on stdout, and a one-line verdict on stderr.
 *
 *   npm run verify -- clip.mp4
 *
 * Exit 0 when the signature and the content hash both hold, 1 when either fails or the file has no
 * record, 2 on misuse or a file that cannot be read as video.
 */
import { readFileSync } from 'node:fs';
import { verifyClip } from '../src/lib/provenance/verify';

const USAGE = 'usage: npm run verify -- clip.mp4';

function exit(code: 0 | 1 | 2, message: string): never {
  process.stderr.write(`kinora verify: ${message}\n`);
  process.exit(code);
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const file = args[0];
  if (args.length !== 1 || !file || file.startsWith('-')) exit(2, `expected one MP4 file\n${USAGE}`);

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    exit(2, `cannot read ${file}: ${(e as Error).message}`);
  }
  let result;
  try {
    result = await verifyClip(bytes);
  } catch (e) {
    exit(2, `${file} is not a readable video file: ${(e as Error).message}`);
  }
  const { record, signatureValid, contentHashValid, problems } = result;
  process.stdout.write(`${JSON.stringify({ file, signatureValid, contentHashValid, problems, record }, null, 2)}\n`);
  if (!record) exit(1, `FAILED: ${file} has no Kinora provenance record.`);
  if (!signatureValid || !contentHashValid) exit(1, `FAILED: ${problems.join(' ')}`);
  exit(0, `OK: signature (Ed25519 key ${record.signer?.publicKey}) and content hash hold.`);
}

void main();
