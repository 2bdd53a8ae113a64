/**
 * Licensor CLI for character packs.
 *
 *   npm run pack -- keygen --licensor <id> --out <dir>      new Ed25519 key pair (keep it OUTSIDE this repo)
 *   npm run pack -- sign <pack.json> --key <private.pem>    writes <pack.json>.sig
 *   npm run pack -- verify <pack.json> [--sig <file>] [--trust <trust.json>] [--now <date>]
 *
 * Exit codes: 0 success, 1 the pack (or key) failed a check, 2 misuse.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BUNDLED_TRUST_STORE, isVerified, KEBAB_ID, PackManifestError, trustedLicensor, validatePackManifest, verifyPack, type TrustStore } from '../src/lib/packs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `usage:
  npm run pack -- keygen --licensor <id> --out <dir>
  npm run pack -- sign <pack.json> --key <private.pem> [--out <pack.json.sig>]
  npm run pack -- verify <pack.json> [--sig <file>] [--trust <trust.json>] [--now <YYYY-MM-DD>]`;

/** A failure with its exit code: 1 for a failed check, 2 for misuse. */
class CliError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2) {
    super(message);
  }
}
const misuse = (message: string) => new CliError(`${message}\n${USAGE}`, 2);
const failure = (message: string) => new CliError(message, 1);

function readInput(path: string, what: string): Buffer {
  if (!existsSync(path)) throw misuse(`${what} not found: ${path}`);
  return readFileSync(path);
}

/** Base64 of the raw 32-byte public key, the form the trust store holds. */
function rawPublicKeyBase64(key: KeyObject): string {
  const jwk = (key.type === 'private' ? createPublicKey(key) : key).export({ format: 'jwk' });
  return Buffer.from(jwk.x!, 'base64url').toString('base64');
}

function isInside(dir: string, parent: string): boolean {
  const rel = relative(parent, dir);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function keygen(values: { licensor?: string; out?: string }): string {
  const { licensor, out } = values;
  if (!licensor || !KEBAB_ID.test(licensor)) throw misuse('keygen needs --licensor <id> (lower-case kebab, e.g. kinora-studio)');
  if (!out) throw misuse('keygen needs --out <dir>');
  const dir = resolve(out);
  // A private key inside the repository is one `git add .` away from being published.
  if (isInside(dir, REPO_ROOT)) throw misuse(`refusing to write a private key inside the repository (${REPO_ROOT}); choose a directory outside it`);
  const keyPath = join(dir, `${licensor}.private.pem`);
  if (existsSync(keyPath)) throw misuse(`${keyPath} already exists; refusing to overwrite a private key`);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicKeyBase64 = rawPublicKeyBase64(publicKey);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(keyPath, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  return [
    `private key: ${keyPath} (keep it secret; never commit it)`,
    `public key:  ${publicKeyBase64}`,
    `trust store entry (src/lib/packs/trust-store.ts):`,
    `  '${licensor}': { name: '<display name>', publicKey: '${publicKeyBase64}' },`,
  ].join('\n');
}

function loadPrivateKey(path: string): KeyObject {
  try {
    const key = createPrivateKey(readInput(path, 'private key'));
    if (key.asymmetricKeyType === 'ed25519') return key;
  } catch (e) {
    if (e instanceof CliError) throw e;
  }
  throw failure(`${path} is not an Ed25519 private key (PKCS#8 PEM from \`npm run pack -- keygen\`)`);
}

function signPack(packPath: string | undefined, values: { key?: string; out?: string }): string {
  if (!packPath) throw misuse('sign needs a pack.json path');
  if (!values.key) throw misuse('sign needs --key <private.pem>');
  const bytes = readInput(packPath, 'pack');
  const privateKey = loadPrivateKey(values.key);
  // Signing a broken manifest would only produce a pack every app refuses.
  let manifest;
  try {
    manifest = validatePackManifest(JSON.parse(bytes.toString('utf8')));
  } catch (e) {
    throw failure(`${packPath} is not a valid pack: ${e instanceof PackManifestError ? e.message : 'not valid JSON'}`);
  }
  const trusted = trustedLicensor(BUNDLED_TRUST_STORE, manifest.licensor.id);
  const publicKey = rawPublicKeyBase64(privateKey);
  if (trusted && trusted.publicKey !== publicKey) {
    throw failure(`this key is not ${trusted.name}'s trusted key; the app would refuse the pack (use ${manifest.licensor.id}'s key)`);
  }
  const sigPath = values.out ?? `${packPath}.sig`;
  writeFileSync(sigPath, sign(null, bytes, privateKey).toString('base64') + '\n');
  const note = trusted ? '' : `\nnote: '${manifest.licensor.id}' is not in the bundled trust store yet; add public key ${publicKey}`;
  return `signed ${manifest.id} ${manifest.version} as ${manifest.licensor.id}: ${sigPath}${note}`;
}

function readTrustStore(path: string): TrustStore {
  try {
    return JSON.parse(readInput(path, 'trust store').toString('utf8')) as TrustStore;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw misuse(`${path} is not JSON like {"<licensor>": {"name": "...", "publicKey": "<base64>"}}`);
  }
}

async function verifyPackFile(packPath: string | undefined, values: { sig?: string; trust?: string; now?: string }): Promise<string> {
  if (!packPath) throw misuse('verify needs a pack.json path');
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw misuse(`--now must be a date like 2027-06-01, got "${values.now}"`);
  const bytes = readInput(packPath, 'pack');
  const sigPath = values.sig ?? `${packPath}.sig`;
  if (values.sig) readInput(sigPath, 'signature'); // an explicit --sig that is missing is a typo, not an unsigned pack
  const signature = existsSync(sigPath) ? readFileSync(sigPath, 'utf8') : null;
  const trust = values.trust ? readTrustStore(values.trust) : BUNDLED_TRUST_STORE;
  const result = await verifyPack(new Uint8Array(bytes), signature, trust, now, { source: packPath });
  if (!isVerified(result)) throw failure(`REFUSED (${result.code}): ${result.reason}`);
  const { manifest } = result;
  return `OK: ${manifest.id} ${manifest.version} signed by ${result.trustedLicensor}, valid ${manifest.validFrom} to ${manifest.validUntil}, sha256 ${result.sha256}`;
}

const OPTIONS_BY_COMMAND: Record<string, string[]> = { keygen: ['licensor', 'out'], sign: ['key', 'out'], verify: ['sig', 'trust', 'now'] };

async function main(argv: string[]): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { licensor: { type: 'string' }, out: { type: 'string' }, key: { type: 'string' }, sig: { type: 'string' }, trust: { type: 'string' }, now: { type: 'string' } },
    });
  } catch (e) {
    throw misuse((e as Error).message);
  }
  const [command, file, ...extra] = parsed.positionals;
  if (extra.length > 0) throw misuse(`unexpected argument: ${extra[0]}`);
  const allowed = OPTIONS_BY_COMMAND[command ?? ''];
  const stray = allowed && Object.keys(parsed.values).find((o) => !allowed.includes(o));
  if (stray) throw misuse(`${command} does not take --${stray}`);
  switch (command) {
    case 'keygen':
      if (file) throw misuse(`unexpected argument: ${file}`);
      return keygen(parsed.values);
    case 'sign':
      return signPack(file, parsed.values);
    case 'verify':
      return verifyPackFile(file, parsed.values);
    default:
      throw misuse(command ? `unknown command: ${command}` : 'missing command');
  }
}

main(process.argv.slice(2)).then(
  (message) => console.log(message),
  (e: unknown) => {
    if (!(e instanceof CliError)) throw e;
    console.error(`kinora pack: ${e.message}`);
    process.exitCode = e.exitCode;
  },
);
