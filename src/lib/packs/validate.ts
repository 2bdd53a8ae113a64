/**
 * Shape checks for `pack.json`. Run only after the signature holds (a signed but broken manifest is
 * the licensor's mistake, and the message says exactly where it is). Unknown fields are dropped, so
 * the guardrails only ever see the fields below.
 */
import { PACK_FORMAT, type PackCharacter, type PackManifest, type PackRule } from './types';

export class PackManifestError extends Error {
  override readonly name = 'PackManifestError';
}

export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const RULE_ID = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
export const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** Instants must carry their zone, or the window would shift with the viewer's clock. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const PRONOUNS = ['him', 'her', 'them', 'it'] as const;
/** Burned into 512x512 frames: longer text would not stay legible on one line. */
export const MAX_ATTRIBUTION_LENGTH = 60;

class Reader {
  constructor(private readonly path: string) {}
  fail(message: string): never {
    throw new PackManifestError(this.path ? `${this.path}: ${message}` : message);
  }
  at(key: string | number): Reader {
    if (typeof key === 'number') return new Reader(`${this.path}[${key}]`);
    return new Reader(this.path ? `${this.path}.${key}` : key);
  }
  object(v: unknown): Record<string, unknown> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail('expected an object');
    return v as Record<string, unknown>;
  }
  list(v: unknown): unknown[] {
    if (!Array.isArray(v) || v.length === 0) this.fail('expected a non-empty list');
    return v;
  }
  /** Absent means empty; present must be a list (possibly empty). */
  optionalList(v: unknown): unknown[] {
    if (v === undefined) return [];
    if (!Array.isArray(v)) this.fail('expected a list');
    return v;
  }
  string(v: unknown): string {
    if (typeof v !== 'string' || v.trim().length === 0) this.fail('expected a non-empty string');
    return v;
  }
  strings(v: unknown): string[] {
    return this.list(v).map((s, i) => this.at(i).string(s));
  }
  matching(v: unknown, pattern: RegExp, what: string): string {
    const s = this.string(v);
    if (!pattern.test(s)) this.fail(`expected ${what}, got "${s}"`);
    return s;
  }
  oneOf<T extends string>(v: unknown, options: readonly T[]): T {
    if (!options.includes(v as T)) this.fail(`expected one of ${options.map((o) => `"${o}"`).join(', ')}`);
    return v as T;
  }
  /** A date ("2030-12-31") or a zoned instant; returns it as written. */
  date(v: unknown): string {
    const s = this.string(v);
    const valid = Number.isFinite(Date.parse(s)) && (DATE_ONLY.test(s) ? new Date(s).toISOString().startsWith(s) : DATE_TIME.test(s));
    if (!valid) this.fail(`expected a date like "2030-12-31", got "${s}"`);
    return s;
  }
}

/** Unique-within-the-pack check for ids (characters, rules). */
function claim(seen: Set<string>, r: Reader, id: string): string {
  if (seen.has(id)) r.fail(`"${id}" is used twice in this pack`);
  seen.add(id);
  return id;
}

function readRule(r: Reader, v: unknown, ruleIds: Set<string>): PackRule {
  const o = r.object(v);
  const rule: PackRule = {
    id: claim(ruleIds, r.at('id'), r.at('id').matching(o.id, RULE_ID, 'an id like "pip.weapons"')),
    terms: r.at('terms').strings(o.terms),
    reason: r.at('reason').string(o.reason),
  };
  if (o.suggestion !== undefined) rule.suggestion = r.at('suggestion').string(o.suggestion);
  return rule;
}

function readCharacter(r: Reader, v: unknown, characterIds: Set<string>, ruleIds: Set<string>): PackCharacter {
  const o = r.object(v);
  return {
    id: claim(characterIds, r.at('id'), r.at('id').matching(o.id, KEBAB_ID, 'a lower-case id like "pip"')),
    name: r.at('name').string(o.name),
    pronoun: r.at('pronoun').oneOf(o.pronoun, PRONOUNS),
    aliases: r.at('aliases').strings(o.aliases),
    description: r.at('description').string(o.description),
    conditioning: r.at('conditioning').string(o.conditioning),
    rules: r.at('rules').optionalList(o.rules).map((x, i) => readRule(r.at('rules').at(i), x, ruleIds)),
  };
}

/** Returns a clean PackManifest or throws PackManifestError naming the first bad field. */
export function validatePackManifest(value: unknown): PackManifest {
  const r = new Reader('');
  const o = r.object(value);
  if (o.format !== PACK_FORMAT) r.at('format').fail(`expected "${PACK_FORMAT}"`);
  const id = r.at('id').matching(o.id, KEBAB_ID, 'a lower-case kebab id like "kinora-originals"');
  const version = r.at('version').matching(o.version, SEMVER, 'a version like "1.0.0"');
  const licensor = r.at('licensor').object(o.licensor);
  const validFrom = r.at('validFrom').date(o.validFrom);
  const validUntil = r.at('validUntil').date(o.validUntil);
  if (Date.parse(validUntil) < Date.parse(validFrom)) r.at('validUntil').fail(`must not be before validFrom (${validFrom})`);
  const attribution = r.at('attribution').string(o.attribution);
  if (attribution.length > MAX_ATTRIBUTION_LENGTH) r.at('attribution').fail(`must be at most ${MAX_ATTRIBUTION_LENGTH} characters to stay legible`);
  const characterIds = new Set<string>();
  const ruleIds = new Set<string>();
  return {
    format: PACK_FORMAT,
    id,
    version,
    licensor: {
      id: r.at('licensor').at('id').matching(licensor.id, KEBAB_ID, 'a lower-case kebab id like "kinora-studio"'),
      name: r.at('licensor').at('name').string(licensor.name),
    },
    validFrom,
    validUntil,
    attribution,
    crossover: r.at('crossover').oneOf(o.crossover, ['if-other-allows', 'never'] as const),
    characters: r.at('characters').list(o.characters).map((c, i) => readCharacter(r.at('characters').at(i), c, characterIds, ruleIds)),
  };
}

/** First millisecond a pack is valid and first millisecond it no longer is; a date-only
 * validUntil covers that whole day (UTC). */
export function validityWindow(manifest: Pick<PackManifest, 'validFrom' | 'validUntil'>): { start: number; end: number } {
  const DAY_MS = 86_400_000;
  const end = Date.parse(manifest.validUntil) + (DATE_ONLY.test(manifest.validUntil) ? DAY_MS : 0);
  return { start: Date.parse(manifest.validFrom), end };
}
