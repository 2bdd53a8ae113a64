import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BUNDLED_TRUST_STORE,
  isVerified,
  loadBundledPacks,
  PackManifestError,
  validatePackManifest,
  verifyPack,
  type PackFetcher,
  type RejectedPack,
  type TrustStore,
  type VerifiedPack,
  type VerifyOptions,
} from '../../src/lib/packs';
import { verifyWithNoble, verifyWithWebCrypto } from '../../src/lib/crypto';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const PUBLIC = join(REPO, 'public/');
const IN_WINDOW = new Date('2027-06-01T12:00:00Z');
const bytesOf = (text: string) => new TextEncoder().encode(text);
const bytesToBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function bundled(id: string): { bytes: Uint8Array; signature: string } {
  const path = join(PUBLIC, 'packs', id, 'pack.json');
  return { bytes: new Uint8Array(readFileSync(path)), signature: readFileSync(`${path}.sig`, 'utf8') };
}

/** A licensor made on the fly, with a trust store that knows it. */
async function makeLicensor(id = 'test-studio', name = 'Test Studio') {
  const keys = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey)));
  return {
    id,
    trust: { [id]: { name, publicKey } } as TrustStore,
    sign: async (bytes: Uint8Array) => bytesToBase64(new Uint8Array(await crypto.subtle.sign('Ed25519', keys.privateKey, bytes as BufferSource))),
  };
}

/** A valid manifest (the bundled Kinora one) moved to another licensor, with edits. */
function manifestText(licensorId: string, edit: (m: Record<string, any>) => void = () => {}): string {
  const m = JSON.parse(new TextDecoder().decode(bundled('kinora-originals').bytes)) as Record<string, any>;
  m.licensor = { id: licensorId, name: 'Test Studio' };
  edit(m);
  return JSON.stringify(m, null, 2);
}

function expectRejected(result: VerifiedPack | RejectedPack, code: RejectedPack['code'], reason: string | RegExp): RejectedPack {
  expect(isVerified(result), JSON.stringify(result)).toBe(false);
  const rejected = result as RejectedPack;
  expect(rejected.code).toBe(code);
  if (typeof reason === 'string') expect(rejected.reason).toBe(reason);
  else expect(rejected.reason).toMatch(reason);
  return rejected;
}

describe('bundled packs', () => {
  it.each([
    ['kinora-originals', 'Kinora Studio', ['pip', 'bolt'], 'Pip & Bolt © Kinora Studio'],
    ['pond-pals', 'Lilypad Animation', ['nova', 'gloop'], 'Nova & Gloop © Lilypad Animation'],
  ])('%s verifies against the bundled trust store', async (id, licensor, characters, attribution) => {
    const { bytes, signature } = bundled(id);
    const result = await verifyPack(bytes, signature, BUNDLED_TRUST_STORE, IN_WINDOW);
    expect(isVerified(result), JSON.stringify(result)).toBe(true);
    const pack = result as VerifiedPack;
    expect(pack.trustedLicensor).toBe(licensor);
    expect(pack.manifest.attribution).toBe(attribution);
    expect(pack.manifest.characters.map((c) => c.id)).toEqual(characters);
    expect(pack.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('every rule has terms, a reason that names the character, and ids prefixed with the character', async () => {
    for (const id of ['kinora-originals', 'pond-pals']) {
      const pack = (await verifyPack(bundled(id).bytes, bundled(id).signature, BUNDLED_TRUST_STORE, IN_WINDOW)) as VerifiedPack;
      for (const c of pack.manifest.characters) {
        expect(c.rules.length).toBeGreaterThan(2);
        for (const rule of c.rules) {
          expect(rule.id.startsWith(`${c.id}.`)).toBe(true);
          expect(rule.reason).toContain(c.name);
          expect(rule.terms.length).toBeGreaterThan(5);
        }
      }
    }
  });

  it('the trust store holds 32-byte keys and no private key lives in the repository', () => {
    for (const { publicKey } of Object.values(BUNDLED_TRUST_STORE)) expect(Buffer.from(publicKey, 'base64')).toHaveLength(32);
    const tracked = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: REPO, encoding: 'utf8' }).stdout;
    expect(tracked).not.toMatch(/PRIVATE KEY|\.private\.|\.pem$/m);
  });
});

describe('verifyPack', () => {
  const original = bundled('kinora-originals');

  it('refuses a pack with one byte changed after signing', async () => {
    const bytes = original.bytes.slice();
    const at = new TextDecoder().decode(bytes).indexOf('Pip & Bolt');
    bytes[at + 1] = 'o'.charCodeAt(0); // "Pop & Bolt"
    expectRejected(
      await verifyPack(bytes, original.signature, BUNDLED_TRUST_STORE, IN_WINDOW),
      'bad-signature',
      'kinora-originals 1.0.0 was changed after Kinora Studio signed it (signature mismatch).',
    );
  });

  it('refuses even a whitespace-only change (the signature covers the exact bytes)', async () => {
    const bytes = new Uint8Array([...original.bytes, 0x0a]);
    expectRejected(await verifyPack(bytes, original.signature, BUNDLED_TRUST_STORE, IN_WINDOW), 'bad-signature', /signature mismatch/);
  });

  it('refuses a signature that is not an Ed25519 signature', async () => {
    expectRejected(await verifyPack(original.bytes, 'not base64!', BUNDLED_TRUST_STORE, IN_WINDOW), 'bad-signature', /signature is damaged/);
    expectRejected(await verifyPack(original.bytes, 'AAAA', BUNDLED_TRUST_STORE, IN_WINDOW), 'bad-signature', /signature is damaged/);
  });

  it('refuses an unsigned pack', async () => {
    for (const signature of [null, '', '\n']) {
      const r = expectRejected(await verifyPack(original.bytes, signature, BUNDLED_TRUST_STORE, IN_WINDOW), 'unsigned', "kinora-originals 1.0.0 isn't signed.");
      expect(r.id).toBe('kinora-originals');
    }
    expectRejected(await verifyPack(bytesOf('{oops'), null, BUNDLED_TRUST_STORE, IN_WINDOW, { source: 'packs/x/pack.json' }), 'unsigned', "This pack isn't signed.");
  });

  it('refuses a valid signature by a licensor that is not trusted', async () => {
    const acme = await makeLicensor('acme', 'Acme');
    const bytes = bytesOf(manifestText('acme'));
    const signature = await acme.sign(bytes);
    expect(isVerified(await verifyPack(bytes, signature, acme.trust, IN_WINDOW))).toBe(true);
    expectRejected(
      await verifyPack(bytes, signature, BUNDLED_TRUST_STORE, IN_WINDOW),
      'untrusted',
      "kinora-originals 1.0.0 is signed by 'acme', which is not a trusted licensor.",
    );
  });

  it('refuses a pack that claims a trusted licensor but was signed by someone else', async () => {
    const impostor = await makeLicensor('kinora-studio');
    const bytes = bytesOf(manifestText('kinora-studio'));
    expectRejected(await verifyPack(bytes, await impostor.sign(bytes), BUNDLED_TRUST_STORE, IN_WINDOW), 'bad-signature', /changed after Kinora Studio signed it/);
  });

  it('finds no trusted licensor through inherited object keys', async () => {
    for (const id of ['__proto__', 'constructor', 'toString']) {
      const bytes = bytesOf(manifestText(id));
      expectRejected(await verifyPack(bytes, original.signature, BUNDLED_TRUST_STORE, IN_WINDOW), 'untrusted', /not a trusted licensor/);
    }
  });

  it('refuses a pack outside its dates, naming the date (validUntil covers its whole day, UTC)', async () => {
    const verify = (now: string) => verifyPack(original.bytes, original.signature, BUNDLED_TRUST_STORE, new Date(now));
    expectRejected(await verify('2031-01-01T00:00:00Z'), 'expired', 'kinora-originals 1.0.0 expired on 2030-12-31.');
    expectRejected(await verify('2025-12-31T23:59:59Z'), 'not-yet-valid', "kinora-originals 1.0.0 isn't valid until 2026-01-01.");
    expect(isVerified(await verify('2030-12-31T23:59:59Z'))).toBe(true);
    expect(isVerified(await verify('2026-01-01T00:00:00Z'))).toBe(true);
  });

  it('refuses signed JSON that cannot be read', async () => {
    const test = await makeLicensor();
    const bytes = bytesOf('{"licensor": {"id": "test-studio"}, oops');
    const r = expectRejected(await verifyPack(bytes, await test.sign(bytes), test.trust, IN_WINDOW, { source: 'packs/x/pack.json' }), 'malformed', /not valid UTF-8 JSON/);
    expect(r.id).toBe('packs/x/pack.json');
  });

  it('refuses a signed but invalid manifest, naming the field', async () => {
    const test = await makeLicensor();
    const bytes = bytesOf(manifestText('test-studio', (m) => (m.characters[0].aliases = [])));
    expectRejected(
      await verifyPack(bytes, await test.sign(bytes), test.trust, IN_WINDOW),
      'malformed',
      'kinora-originals 1.0.0 is signed by Test Studio but its pack.json is invalid (characters[0].aliases: expected a non-empty list).',
    );
  });

  it('refuses a signed manifest whose id is not the one it is listed under, naming it by the listing', async () => {
    const test = await makeLicensor();
    const bytes = bytesOf(manifestText('test-studio'));
    const signature = await test.sign(bytes);
    expect(isVerified(await verifyPack(bytes, signature, test.trust, IN_WINDOW, { listedAs: 'kinora-originals' }))).toBe(true);
    const r = expectRejected(
      await verifyPack(bytes, signature, test.trust, IN_WINDOW, { listedAs: 'impostor' }),
      'malformed',
      "impostor 1.0.0 is signed by Test Studio but its pack.json gives the id 'kinora-originals', not 'impostor' as the pack is listed.",
    );
    expect(r.id).toBe('impostor');
    expect(expectRejected(await verifyPack(bytes, null, test.trust, IN_WINDOW, { listedAs: 'impostor' }), 'unsigned', "impostor 1.0.0 isn't signed.").id).toBe('impostor');
    expect(expectRejected(await verifyPack(bytesOf('{oops'), signature, test.trust, IN_WINDOW, { listedAs: 'impostor' }), 'malformed', /^impostor can't be read/).id).toBe('impostor');
  });

  it('returns only the known fields of a verified manifest', async () => {
    const test = await makeLicensor();
    const bytes = bytesOf(manifestText('test-studio', (m) => (m.extra = 'ignored')));
    const pack = (await verifyPack(bytes, await test.sign(bytes), test.trust, IN_WINDOW)) as VerifiedPack;
    expect(pack.manifest).not.toHaveProperty('extra');
    expect(pack.trustedLicensor).toBe('Test Studio');
  });
});

describe('Ed25519 fallback (@noble/ed25519)', () => {
  it('agrees with WebCrypto on valid, tampered, wrong-key and garbage signatures', async () => {
    const a = await makeLicensor('a');
    const b = await makeLicensor('b');
    const message = bytesOf('the exact bytes');
    const key = Buffer.from(a.trust.a!.publicKey, 'base64');
    const good = Buffer.from(await a.sign(message), 'base64');
    const cases: [Uint8Array, Uint8Array, Uint8Array, boolean][] = [
      [key, good, message, true],
      [key, good, bytesOf('the exact bytez'), false],
      [key, Buffer.from(await b.sign(message), 'base64'), message, false],
      [key, new Uint8Array(64), message, false],
    ];
    for (const [publicKey, signature, msg, expected] of cases) {
      expect(await verifyWithWebCrypto(publicKey, signature, msg)).toBe(expected);
      expect(await verifyWithNoble(publicKey, signature, msg)).toBe(expected);
    }
    expect(await verifyWithNoble(new Uint8Array(32).fill(255), good, message)).toBe(false); // not a curve point
  });

  it('gives verifyPack the same results when forced', async () => {
    const noble: VerifyOptions = { ed25519: verifyWithNoble };
    const { bytes, signature } = bundled('pond-pals');
    const tampered = bytes.slice();
    const at = tampered.length - 3;
    tampered[at] = tampered[at]! ^ 1;
    const runs: [Uint8Array, Date][] = [
      [bytes, IN_WINDOW],
      [tampered, IN_WINDOW],
      [bytes, new Date('2031-06-01')],
    ];
    for (const [b, now] of runs) {
      expect(await verifyPack(b, signature, BUNDLED_TRUST_STORE, now, noble)).toEqual(await verifyPack(b, signature, BUNDLED_TRUST_STORE, now));
    }
  });
});

describe('validatePackManifest', () => {
  const base = () => JSON.parse(manifestText('test-studio')) as Record<string, any>;
  const problem = (edit: (m: Record<string, any>) => void) => {
    const m = base();
    edit(m);
    try {
      validatePackManifest(m);
    } catch (e) {
      expect(e).toBeInstanceOf(PackManifestError);
      return (e as Error).message;
    }
    return 'valid';
  };

  it.each<[string, (m: Record<string, any>) => void, string]>([
    ['format', (m) => (m.format = 'kinora-pack/2'), 'format: expected "kinora-pack/1" (got "kinora-pack/2")'],
    ['id', (m) => (m.id = 'Kinora Originals'), 'id: expected a lower-case kebab id like "kinora-originals", got "Kinora Originals"'],
    ['version', (m) => (m.version = 'one'), 'version: expected a version like "1.0.0", got "one"'],
    ['dates', (m) => (m.validUntil = '2025-02-30'), 'validUntil: expected a date like "2030-12-31", got "2025-02-30"'],
    ['date order', (m) => (m.validUntil = '2025-01-01'), 'validUntil: must not be before validFrom (2026-01-01)'],
    ['attribution', (m) => (m.attribution = 'x'.repeat(61)), 'attribution: must be at most 60 characters to stay legible'],
    ['crossover', (m) => (m.crossover = 'always'), 'crossover: expected one of "if-other-allows", "never"'],
    ['pronoun', (m) => (m.characters[1].pronoun = 'he'), 'characters[1].pronoun: expected one of "him", "her", "them", "it"'],
    ['duplicate character', (m) => (m.characters[1].id = 'pip'), 'characters[1].id: "pip" is used twice in this pack'],
    ['duplicate rule', (m) => (m.characters[0].rules[1].id = 'pip.weapons'), 'characters[0].rules[1].id: "pip.weapons" is used twice in this pack'],
    ['empty term', (m) => (m.characters[0].rules[0].terms[2] = ' '), 'characters[0].rules[0].terms[2]: expected a non-empty string'],
    ['not an object', (m) => (m.licensor = 'kinora'), 'licensor: expected an object'],
    ['a list for an object', (m) => (m.licensor = ['kinora-studio']), 'licensor: expected an object'],
    ['missing field', (m) => delete m.characters[1].conditioning, 'characters[1].conditioning: is required'],
    ['rules not a list', (m) => (m.characters[0].rules = { id: 'pip.weapons' }), 'characters[0].rules: expected a list'],
    ['no characters', (m) => (m.characters = []), 'characters: expected a non-empty list'],
    ['rule id', (m) => (m.characters[1].rules[0].id = 'weapons'), 'characters[1].rules[0].id: expected an id like "pip.weapons", got "weapons"'],
    ['zone-less instant', (m) => (m.validFrom = '2026-01-01T00:00'), 'validFrom: expected a date like "2030-12-31", got "2026-01-01T00:00"'],
  ])('names the field: %s', (_, edit, message) => {
    expect(problem(edit)).toBe(message);
  });

  it('names no field when the manifest is not an object', () => {
    for (const value of [null, [], 'pack']) expect(() => validatePackManifest(value)).toThrow(new PackManifestError('expected an object'));
  });

  it('accepts zoned instants and a character without rules', () => {
    expect(problem((m) => ((m.validUntil = '2030-12-31T18:00:00+01:00'), delete m.characters[0].rules))).toBe('valid');
    expect(problem((m) => (m.validUntil = '2030-12-31T18:00:00'))).toMatch(/^validUntil: expected a date/);
  });
});

describe('loadBundledPacks', () => {
  /** Serves public/ like the app's origin does, with optional overrides (null = 404). */
  function servePublic(overrides: Record<string, string | Uint8Array | null> = {}): PackFetcher {
    return async (url) => {
      const path = new URL(url).pathname.replace(/^\/app\//, '');
      const body = path in overrides ? overrides[path] : (() => { try { return readFileSync(join(PUBLIC, path)); } catch { return null; } })();
      return body === null || body === undefined ? new Response('not found', { status: 404 }) : new Response(body as BodyInit);
    };
  }
  const BASE = 'https://kinora.test/app/';

  it('loads and verifies both bundled packs', async () => {
    const { verified, rejected } = await loadBundledPacks(BASE, servePublic(), IN_WINDOW);
    expect(rejected).toEqual([]);
    expect(verified.map((p) => p.manifest.id)).toEqual(['kinora-originals', 'pond-pals']);
  });

  it('rejects a pack whose .sig is missing instead of failing', async () => {
    const { verified, rejected } = await loadBundledPacks(BASE, servePublic({ 'packs/pond-pals/pack.json.sig': null }), IN_WINDOW);
    expect(verified.map((p) => p.manifest.id)).toEqual(['kinora-originals']);
    expect(rejected).toEqual([{ id: 'pond-pals', code: 'unsigned', reason: "pond-pals 1.0.0 isn't signed." }]);
  });

  it('treats an SPA fallback page as a missing file', async () => {
    const fetchFn: PackFetcher = async (url) =>
      url.endsWith('.sig') ? new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }) : servePublic()(url);
    const { rejected } = await loadBundledPacks(BASE, fetchFn, IN_WINDOW);
    expect(rejected.map((r) => r.code)).toEqual(['unsigned', 'unsigned']);
  });

  it('reports missing packs, a failing network and a broken index', async () => {
    const missing = await loadBundledPacks(BASE, servePublic({ 'packs/index.json': '{"packs": ["kinora-originals", "gone"]}' }), IN_WINDOW);
    expect(missing.rejected).toEqual([{ id: 'gone', code: 'unavailable', reason: "gone couldn't be loaded (pack.json is missing)." }]);
    const offline = await loadBundledPacks(BASE, () => Promise.reject(new TypeError('fetch failed')), IN_WINDOW);
    expect(offline.rejected[0]?.reason).toBe("The list of bundled character packs couldn't be loaded (the network request failed).");
    for (const index of ['{', '{"packs": ["../secrets"]}']) {
      const broken = await loadBundledPacks(BASE, servePublic({ 'packs/index.json': index }), IN_WINDOW);
      expect(broken.verified).toEqual([]);
      expect(broken.rejected[0]?.code).toBe('unavailable');
    }
  });

  it('names refused packs by their index entry, not by the id their manifest claims', async () => {
    const test = await makeLicensor();
    const claimsPondPals = bytesOf(manifestText('test-studio', (m) => ((m.id = 'pond-pals'), (m.characters = [{ ...m.characters[0], id: 'pip-2' }]))));
    const fetchFn = servePublic({
      'packs/index.json': '{"packs": ["pond-pals", "impostor", "unsigned-impostor"]}',
      'packs/impostor/pack.json': claimsPondPals,
      'packs/impostor/pack.json.sig': await test.sign(claimsPondPals),
      'packs/unsigned-impostor/pack.json': claimsPondPals,
    });
    const { verified, rejected } = await loadBundledPacks(BASE, fetchFn, IN_WINDOW, { ...BUNDLED_TRUST_STORE, ...test.trust });
    expect(verified.map((p) => p.manifest.id)).toEqual(['pond-pals']);
    expect(rejected).toEqual([
      { id: 'impostor', code: 'malformed', reason: "impostor 1.0.0 is signed by Test Studio but its pack.json gives the id 'pond-pals', not 'impostor' as the pack is listed." },
      { id: 'unsigned-impostor', code: 'unsigned', reason: "unsigned-impostor 1.0.0 isn't signed." },
    ]);
  });

  it('refuses a later pack that reuses a character id', async () => {
    const test = await makeLicensor();
    const bytes = bytesOf(manifestText('test-studio', (m) => ((m.id = 'copycat'), (m.characters = [m.characters[1]]))));
    const fetchFn = servePublic({
      'packs/index.json': '{"packs": ["kinora-originals", "copycat"]}',
      'packs/copycat/pack.json': bytes,
      'packs/copycat/pack.json.sig': await test.sign(bytes),
    });
    const { verified, rejected } = await loadBundledPacks(BASE, fetchFn, IN_WINDOW, { ...BUNDLED_TRUST_STORE, ...test.trust });
    expect(verified.map((p) => p.manifest.id)).toEqual(['kinora-originals']);
    expect(rejected).toEqual([{ id: 'copycat', code: 'conflict', reason: "copycat 1.0.0 can't be used: its character 'bolt' is already provided by kinora-originals." }]);
  });
});

describe('licensor CLI (scripts/pack.ts)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kinora-pack-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [join(REPO, 'node_modules/tsx/dist/cli.mjs'), join(REPO, 'scripts/pack.ts'), ...args], { cwd: dir, encoding: 'utf8' });
    return { status: r.status, out: r.stdout + r.stderr };
  };

  it('keygen -> sign -> verify round trip, and refusals', { timeout: 60_000 }, () => {
    const keygen = cli('keygen', '--licensor', 'test-studio', '--out', join(dir, 'keys'));
    expect(keygen.status, keygen.out).toBe(0);
    const publicKey = /public key:\s+(\S+)/.exec(keygen.out)![1]!;
    expect(readFileSync(join(dir, 'keys/test-studio.private.pem'), 'utf8')).toContain('PRIVATE KEY');
    writeFileSync(join(dir, 'trust.json'), JSON.stringify({ 'test-studio': { name: 'Test Studio', publicKey } }));
    writeFileSync(join(dir, 'pack.json'), manifestText('test-studio'));

    const sign = cli('sign', 'pack.json', '--key', 'keys/test-studio.private.pem');
    expect(sign.status, sign.out).toBe(0);
    expect(sign.out).toContain('not in the bundled trust store yet');

    const ok = cli('verify', 'pack.json', '--trust', 'trust.json', '--now', '2027-06-01');
    expect(ok.status, ok.out).toBe(0);
    expect(ok.out).toMatch(/^OK: kinora-originals 1.0.0 signed by Test Studio/);

    const untrusted = cli('verify', 'pack.json');
    expect(untrusted.status).toBe(1);
    expect(untrusted.out).toContain("is signed by 'test-studio', which is not a trusted licensor.");

    writeFileSync(join(dir, 'pack.json'), manifestText('test-studio', (m) => (m.attribution = 'Tampered')));
    const tampered = cli('verify', 'pack.json', '--trust', 'trust.json', '--now', '2027-06-01');
    expect(tampered.status).toBe(1);
    expect(tampered.out).toContain('(signature mismatch)');

    expect(cli('keygen', '--licensor', 'test-studio', '--out', join(dir, 'keys')).out).toContain('refusing to overwrite');
    expect(cli('keygen', '--licensor', 'x', '--out', join(REPO, 'keys')).status).toBe(2);
    expect(cli().status).toBe(2);
    expect(cli('verify', 'pack.json', '--key', 'k').status).toBe(2);
  });

  it('verifies the bundled packs with the bundled trust store', { timeout: 30_000 }, () => {
    const r = cli('verify', join(PUBLIC, 'packs/pond-pals/pack.json'), '--now', '2027-06-01');
    expect(r.status, r.out).toBe(0);
  });
});
