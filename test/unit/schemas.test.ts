import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../src/lib/models';
import { validatePackManifest } from '../../src/lib/packs';
import { parseEventFile } from '../../src/lib/kiosk';
import { BENCH_FORMAT, measurement, validateBenchResult } from '../../src/lib/bench';
import { renderSchemas, SCHEMAS_DIR } from '../../scripts/schemas';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(REPO, path), 'utf8'));

type JsonSchema = Record<string, unknown>;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The keywords the generated schemas use: the checker below implements each of those that constrain. */
const CHECKED = ['type', 'const', 'enum', 'required', 'properties', 'additionalProperties', 'propertyNames', 'items', 'prefixItems', 'minItems', 'maxItems', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'format', 'anyOf', 'oneOf', '$ref'];
const ANNOTATIONS = ['$schema', '$id', '$defs', 'title', 'description', 'default'];

function keywords(schema: unknown, into = new Set<string>()): Set<string> {
  if (!isObject(schema)) return into;
  for (const [key, value] of Object.entries(schema)) {
    into.add(key);
    const children = key === 'properties' || key === '$defs' ? Object.values(value as object) : Array.isArray(value) ? value : [value];
    if (key !== 'const' && key !== 'enum' && key !== 'default' && key !== 'required') for (const child of children) keywords(child, into);
  }
  return into;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return isObject(value);
  if (type === 'null') return value === null;
  return typeof value === type;
}

/** Just enough of JSON Schema 2020-12 for these files: the first place `value` breaks `schema`, or null. */
function violation(schema: JsonSchema | boolean, value: unknown, root: JsonSchema, at = '$'): string | null {
  if (schema === true) return null;
  if (schema === false) return `${at}: not allowed`;
  if (typeof schema.$ref === 'string') return violation((root.$defs as Record<string, JsonSchema>)[schema.$ref.replace('#/$defs/', '')]!, value, root, at);
  const type = schema.type as string | undefined;
  if (type && !hasType(value, type)) return `${at}: expected ${type}`;
  if ('const' in schema && value !== schema.const) return `${at}: expected ${JSON.stringify(schema.const)}`;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return `${at}: expected one of ${schema.enum.join(', ')}`;
  const sub = (s: unknown, v: unknown, where: string) => violation(s as JsonSchema, v, root, where);
  if (Array.isArray(schema.anyOf) && schema.anyOf.every((s) => sub(s, value, at))) return `${at}: matches none of anyOf`;
  if (Array.isArray(schema.oneOf) && schema.oneOf.filter((s) => !sub(s, value, at)).length !== 1) return `${at}: matches not exactly one of oneOf`;
  if (typeof value === 'string') {
    const length = [...value].length;
    if (length < ((schema.minLength as number) ?? 0) || length > ((schema.maxLength as number) ?? Infinity)) return `${at}: length ${length}`;
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) return `${at}: does not match ${schema.pattern}`;
    if (schema.format === 'date-time' && !(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(value) && !Number.isNaN(Date.parse(value)))) return `${at}: not a date-time`;
  }
  if (typeof value === 'number' && (value < ((schema.minimum as number) ?? -Infinity) || value > ((schema.maximum as number) ?? Infinity))) return `${at}: out of range`;
  if (Array.isArray(value)) {
    if (value.length < ((schema.minItems as number) ?? 0)) return `${at}: too few items`;
    if (value.length > ((schema.maxItems as number) ?? Infinity)) return `${at}: too many items`;
    const prefix = (schema.prefixItems as JsonSchema[] | undefined) ?? [];
    for (const [i, item] of value.entries()) {
      const problem = i < prefix.length ? sub(prefix[i], item, `${at}[${i}]`) : 'items' in schema ? sub(schema.items, item, `${at}[${i}]`) : null;
      if (problem) return problem;
    }
  }
  if (isObject(value)) {
    const missing = ((schema.required as string[] | undefined) ?? []).find((key) => !(key in value));
    if (missing) return `${at}.${missing}: required`;
    const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
    for (const [key, item] of Object.entries(value)) {
      const problem =
        (schema.propertyNames ? sub(schema.propertyNames, key, `${at}.${key} (name)`) : null) ??
        (key in properties ? sub(properties[key], item, `${at}.${key}`) : 'additionalProperties' in schema ? sub(schema.additionalProperties, item, `${at}.${key}`) : null);
      if (problem) return problem;
    }
  }
  return null;
}

const rendered = renderSchemas();
const schema = (file: string) => JSON.parse(rendered.find((s) => s.file === file)!.text) as JsonSchema;
const MODEL = 'models/kinora-tiny/manifest.json';
const PACKS = ['public/packs/kinora-originals/pack.json', 'public/packs/pond-pals/pack.json'];

describe('JSON Schemas (schemas/)', () => {
  it.each(rendered.map((s) => [s.file, s.text]))('%s is what `npm run schemas` writes from the valibot schemas', (file, text) => {
    expect(readFileSync(join(SCHEMAS_DIR, file), 'utf8'), 'stale: run `npm run schemas`').toBe(text);
  });

  it('use only keywords this test checks, and say the app enforces more', () => {
    for (const { file } of rendered) {
      const s = schema(file);
      expect([...keywords(s)].filter((k) => !CHECKED.includes(k) && !ANNOTATIONS.includes(k))).toEqual([]);
      expect(s).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: expect.stringMatching(/^urn:kinora:schema:/), title: expect.any(String) });
      expect(s.description).toContain('Kinora enforces further rules');
    }
  });

  it('accept the bundled model manifest, as the app does', () => {
    const manifest = readJson(MODEL);
    expect(validateManifest(manifest).id).toBe('kinora-tiny');
    const s = schema('kinora-model-1.schema.json');
    expect(s.required).toEqual(expect.arrayContaining(['format', 'id', 'graphs', 'modes', 'tokenizer', 'textEncoder']));
    expect(violation(s, manifest, s)).toBeNull();
  });

  it.each(PACKS)('accept the bundled pack %s, as the app does', (path) => {
    const pack = readJson(path);
    expect(validatePackManifest(pack).characters.length).toBeGreaterThan(0);
    const s = schema('kinora-pack-1.schema.json');
    expect(s.required).toEqual(expect.arrayContaining(['format', 'id', 'licensor', 'validFrom', 'validUntil', 'characters']));
    expect(violation(s, pack, s)).toBeNull();
  });

  it('accept the example event file, as the kiosk does, and refuse one preset too many', () => {
    const text = readFileSync(join(REPO, 'examples/event.json'), 'utf8');
    expect(parseEventFile(text).presets.pip).toHaveLength(3);
    const s = schema('kinora-event-1.schema.json');
    const event = JSON.parse(text) as { presets: Record<string, string[]> };
    expect(violation(s, event, s)).toBeNull();
    const crowded = { ...event, presets: { pip: Array.from({ length: 13 }, (_, i) => `jumps ${i}`) } };
    expect(violation(s, crowded, s)).toBe('$.presets.pip: too many items');
    expect(() => parseEventFile(JSON.stringify(crowded))).toThrow('event.presets.pip: expected at most 12 presets');
  });

  it('accept a benchmark result made from samples, as the app does, and refuse a start time that is no timestamp', () => {
    const result = {
      format: BENCH_FORMAT,
      startedAt: new Date().toISOString(),
      suite: 'quick',
      environment: {
        browser: { name: 'Chromium', version: '144' }, os: 'Linux', cpuCores: 2, adapter: null, executionProvider: 'wasm', wasmThreads: 2, crossOriginIsolated: true,
        model: { id: 'kinora-tiny', version: '1.0.0', sha256: 'b'.repeat(64) }, appVersion: '0.1.0', gitCommit: null,
      },
      measurements: [measurement({ name: 'denoiser.student', backend: 'wasm', unit: 'ms', timing: 'wall-clock', warmup: 1, samples: [700, 250, 260, 240], params: { batch: 1 } })],
      notes: [],
    };
    expect(validateBenchResult(result).measurements[0]!.stats.p50).toBe(250);
    const s = schema('kinora-bench-1.schema.json');
    expect(violation(s, result, s)).toBeNull();
    expect(violation(s, { ...result, startedAt: 'yesterday' }, s)).toBe('$.startedAt: not a date-time');
    expect(() => validateBenchResult({ ...result, startedAt: 'yesterday' })).toThrow('result.startedAt: expected an ISO 8601 timestamp');
  });

  it('refuse what the app refuses for its shape, and leave the rules across fields to the app', () => {
    const s = schema('kinora-model-1.schema.json');
    const manifest = readJson(MODEL) as Record<string, any>;
    expect(violation(s, { ...manifest, graphs: { ...manifest.graphs, student: { ...manifest.graphs.student, variants: [] } } }, s)).toBe('$.graphs.student.variants: too few items');
    expect(violation(s, { ...manifest, format: 'kinora-model/2' }, s)).toMatch(/^\$\.format/);
    const dangling = { ...manifest, textEncoder: 'nope' };
    expect(violation(s, dangling, s)).toBeNull();
    expect(() => validateManifest(dangling)).toThrow('manifest.textEncoder: no graph named "nope"');
  });
});
