/**
 * Building blocks for the valibot schemas of Kinora's file formats (model manifests, character
 * packs), with messages written for people, and one way to report a value's first problem as
 * "where: what is wrong" (`graphs.student.variants[0].file.sha256: expected 64 lower-case hex digits`).
 * scripts/schemas.ts exports the same schemas as JSON Schema; the checks that JSON Schema cannot
 * express (v.check, v.rawCheck, v.custom) are enforced by the app only.
 */
import * as v from 'valibot';

const NON_EMPTY = 'expected a non-empty string';
const LIST = 'expected a list';
const NON_EMPTY_LIST = 'expected a non-empty list';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** valibot's object, record and variant schemas take arrays for objects; the formats never do. */
export const plainObject = v.custom<Record<string, unknown>>(isPlainObject, 'expected an object');

/**
 * valibot's object schema: fields not named here are dropped; an absent required field "is
 * required", unless `missing` words it better. Arrays pass as objects: use `object` unless a
 * v.variant needs the bare schema.
 */
export function fields<const TEntries extends v.ObjectEntries>(entries: TEntries, missing: { readonly [K in keyof TEntries]?: string } = {}) {
  return v.object(entries, (issue) => {
    const key = issue.path?.[0]?.key;
    return (typeof key === 'string' && missing[key]) || 'is required';
  });
}

/** An object (not an array) with these fields; see `fields`. */
export function object<const TEntries extends v.ObjectEntries>(entries: TEntries, missing: { readonly [K in keyof TEntries]?: string } = {}) {
  return v.pipe(plainObject, fields(entries, missing));
}

/** An object of `value`s under any keys (except `__proto__`, `prototype` and `constructor`, which are dropped). */
export function record<const TValue extends v.GenericSchema>(value: TValue) {
  return v.pipe(plainObject, v.record(v.string(), value));
}

/** A string with something besides whitespace in it. */
export const text = v.pipe(v.string(NON_EMPTY), v.regex(/\S/, NON_EMPTY));

/** A non-empty string matching `pattern`; `message` gets the string that does not. */
export function matching(pattern: RegExp, message: string | ((input: string) => string)) {
  return v.pipe(
    v.string(NON_EMPTY),
    v.minLength(1, NON_EMPTY),
    v.regex(pattern, (issue) => (typeof message === 'string' ? message : message(issue.input))),
  );
}

export function oneOf<const TOptions extends readonly string[]>(options: TOptions) {
  return v.picklist(options, `expected one of ${options.map((o) => `"${o}"`).join(', ')}`);
}

/** The `format` tag that opens every Kinora file: exactly this text. */
export function formatTag<const TFormat extends string>(format: TFormat) {
  return v.literal(format, (issue) => `expected "${format}" (got ${JSON.stringify(issue.input) ?? 'nothing'})`);
}

export function list<const TItem extends v.GenericSchema>(item: TItem) {
  return v.array(item, LIST);
}

export function nonEmptyList<const TItem extends v.GenericSchema>(item: TItem, empty = NON_EMPTY_LIST) {
  return v.pipe(v.array(item, NON_EMPTY_LIST), v.minLength(1, empty));
}

function bounds(min: number, max: number): string {
  return max < Number.MAX_SAFE_INTEGER ? ` from ${min} to ${max}` : ` of at least ${min}`;
}

/** "expected a whole number from 1 to 4", the message for every out-of-range integer. */
export function wholeNumberMessage(min: number, max = Number.MAX_SAFE_INTEGER): string {
  return `expected a whole number${bounds(min, max)}`;
}

/** "expected a number from 0 to 100". */
export function numberMessage(min: number, max: number): string {
  return `expected a number${bounds(min, max)}`;
}

/** Any finite number. */
export const finiteNumber = v.pipe(v.number('expected a number'), v.finite('expected a number'));

/** A number in [min, max]. */
export function numberIn(min: number, max: number) {
  const message = numberMessage(min, max);
  return v.pipe(v.number(message), v.minValue(min, message), v.maxValue(max, message));
}

/** A whole number in [min, max]. */
export function wholeNumberIn(min: number, max = Number.MAX_SAFE_INTEGER) {
  const message = wholeNumberMessage(min, max);
  return v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));
}

/** The issue path from `root` down `keys`, for a v.rawCheck that reports below the value it checks. */
export function pathTo(root: unknown, ...keys: (string | number)[]): [v.IssuePathItem, ...v.IssuePathItem[]] {
  let input = root as Record<string | number, unknown>;
  const path = keys.map((key): v.IssuePathItem => {
    const item = { type: 'unknown', origin: 'value', input, key, value: input?.[key] } as const;
    input = item.value as Record<string | number, unknown>;
    return item;
  });
  return path as [v.IssuePathItem, ...v.IssuePathItem[]];
}

interface Range {
  min: number;
  max: number;
  default: number;
}

/**
 * For a {min, max, default} range whose fields are each in [floor, cap]: max must not be below
 * min, and default must lie in [min, max]; the message names the bounds that apply. `range` picks
 * the range out of the value (null: nothing to check).
 */
export function rangeCheck<TInput>(cap: number, message: (min: number, max: number) => string, range: (value: TInput) => Range | null) {
  return v.rawCheck<TInput>(({ dataset, addIssue }) => {
    const r = dataset.typed ? range(dataset.value) : null;
    if (!r) return;
    if (r.max < r.min) addIssue({ message: message(r.min, cap), path: pathTo(r, 'max') });
    else if (r.default < r.min || r.default > r.max) addIssue({ message: message(r.min, r.max), path: pathTo(r, 'default') });
  });
}

/** `root` + `.key` / `[index]` for each step of an issue's path: "manifest.graphs.student.variants[0]". */
export function issuePath(root: string, issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).reduce<string>((at, { key }) => (typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${String(key)}` : String(key)), root);
}

/**
 * The value, typed, or `fail(where, message)` for its first problem (checked in field order; the
 * checks across fields run once the fields themselves are valid).
 */
export function parseOrFail<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  value: unknown,
  root: string,
  fail: (where: string, message: string) => never,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  return fail(issuePath(root, issue), issue.message);
}
