/**
 * Checks a clip's provenance: prints the record, the signer and the verdicts as one JSON object on
 * stdout, and a one-line verdict on stderr.
 *
 *   npm run verify -- clip.mp4 [--key <base64 public key>]
 *
 * The record names its own signer, so without --key a valid signature only shows the record is
 * unchanged since that key signed it: the signer is "self-asserted". --key pins the expected device
 * key (its fingerprint is shown in that device's Settings); a clip signed by any other key fails.
 *
 * Exit 0 when the signature, the content hash and every readable tag hold (and the signer is the
 * --key one, if given), 1 when any of that fails (an edited title or comment is named) or the file
 * has no record, 2 on misuse or a file that cannot be read as video.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { keyFingerprint } from '../src/lib/provenance/sign';
import { verifyClip } from '../src/lib/provenance/verify';

const USAGE = 'usage: npm run verify -- clip.mp4 [--key <base64 Ed25519 public key>]';

function exit(code: 0 | 1 | 2, message: string): never {
  process.stderr.write(`kinora verify: ${message}\n`);
  process.exit(code);
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { key: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    exit(2, `${(e as Error).message}\n${USAGE}`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) exit(2, `expected one MP4 file\n${USAGE}`);
  const signerKey = parsed.values.key;
  if (signerKey !== undefined && (await keyFingerprint(signerKey)) === null) exit(2, `--key is not a base64 Ed25519 public key (32 bytes)\n${USAGE}`);

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    exit(2, `cannot read ${file}: ${(e as Error).message}`);
  }
  let result;
  try {
    result = await verifyClip(bytes, { signerKey });
  } catch (e) {
    exit(2, `${file} is not a readable video file: ${(e as Error).message}`);
  }
  const { record, signatureValid, contentHashValid, tagsValid, signerFingerprint, signerMatchesKey, problems } = result;
  const signer = record?.signer ? { fingerprint: signerFingerprint, publicKey: record.signer.publicKey, trust: signerMatchesKey ? 'pinned' : 'self-asserted' } : null;
  process.stdout.write(`${JSON.stringify({ file, signatureValid, contentHashValid, tagsValid, signer, problems, record }, null, 2)}\n`);
  if (!record) exit(1, `FAILED: ${file} has no Kinora provenance record.`);
  if (!signatureValid || !contentHashValid || !tagsValid || signerMatchesKey === false) exit(1, `FAILED: ${problems.join(' ')}`);
  const who = signerMatchesKey ? 'the --key signer' : 'a self-asserted signer (the clip names its own key; pin it with --key)';
  exit(0, `OK: signature, content hash and tags hold; signed by key ${signerFingerprint}, ${who}.`);
}

void main();
