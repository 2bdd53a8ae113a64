/**
 * Shape checks for `pack.json`. Run only after the signature holds (a signed but broken manifest is
 * the licensor's mistake, and the message says exactly where it is). Unknown fields are dropped, so
 * the guardrails only ever see the fields below.
 */
import * as v from 'valibot';
import { formatTag, list, matching, nonEmptyList, object, oneOf, parseOrFail, pathTo, text } from '../validation';
import { PACK_FORMAT, type PackManifest } from './types';

export class PackManifestError extends Error {
  override readonly name = 'PackManifestError';
}

export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const RULE_ID = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
export const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** A date, or an instant with its zone: without one the window would shift with the viewer's clock. */
const DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
/** Burned into 512x512 frames: longer text would not stay legible on one line. */
export const MAX_ATTRIBUTION_LENGTH = 60;

const like = (what: string) => (input: string) => `expected ${what}, got "${input}"`;
const kebabId = (example: string) => matching(KEBAB_ID, like(`a lower-case kebab id like "${example}"`));

/** A real calendar date ("2025-02-30" is not), or a zoned instant; kept as written. */
const DateSchema = v.pipe(
  matching(DATE_OR_INSTANT, like('a date like "2030-12-31"')),
  v.check(
    (s) => Number.isFinite(Date.parse(s)) && (!DATE_ONLY.test(s) || new Date(s).toISOString().startsWith(s)),
    (issue) => like('a date like "2030-12-31"')(issue.input),
  ),
);

const PackRuleSchema = object({
  id: v.pipe(matching(RULE_ID, like('an id like "pip.weapons"')), v.description('Stable id, unique within the pack: "pip.weapons".')),
  terms: v.pipe(nonEmptyList(text), v.description("Terms that trigger the rule (matched with the guardrail engine's normalisation and inflections).")),
  reason: v.pipe(text, v.description('User-facing reason: "Pip\'s licence doesn\'t allow him to be shown with weapons."')),
  suggestion: v.optional(v.pipe(text, v.description('Shown with the refusal: "Try Pip exploring instead."'))),
});

const PackCharacterSchema = object({
  id: v.pipe(matching(KEBAB_ID, like('a lower-case id like "pip"')), v.description('Lower-case id, unique across all packs: "pip".')),
  name: v.pipe(text, v.description('Display name: "Pip".')),
  pronoun: v.pipe(oneOf(['him', 'her', 'them', 'it']), v.description('Pronoun used in user-facing reasons.')),
  aliases: v.pipe(nonEmptyList(text), v.description('Words and phrases a prompt may use for this character: ["pip", "fox", "orange fox"].')),
  description: text,
  conditioning: v.pipe(
    text,
    v.description('Words that the model\'s text encoder knows for this character, added to the prompt when the character is picked in the UI: "Pip the fox".'),
  ),
  rules: v.optional(v.pipe(list(PackRuleSchema), v.description('What the licensor forbids for this character.')), () => []),
});

/** Character and rule ids are each unique within the pack (character ids across packs: see load.ts). */
function uniqueIds<TPack extends { characters: { id: string; rules: { id: string }[] }[] }>() {
  return v.rawCheck<TPack>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const pack = dataset.value;
    const [characterIds, ruleIds] = [new Set<string>(), new Set<string>()];
    const isRepeat = (seen: Set<string>, id: string) => seen.has(id) || (seen.add(id), false);
    const usedTwice = (id: string, ...path: (string | number)[]) => addIssue({ message: `"${id}" is used twice in this pack`, path: pathTo(pack, ...path, 'id') });
    for (const [i, character] of pack.characters.entries()) {
      if (isRepeat(characterIds, character.id)) return usedTwice(character.id, 'characters', i);
      const j = character.rules.findIndex((rule) => isRepeat(ruleIds, rule.id));
      if (j >= 0) return usedTwice(character.rules[j]!.id, 'characters', i, 'rules', j);
    }
  });
}

/**
 * The `kinora-pack/1` format. Unknown fields are dropped, so the guardrails only ever see these.
 * Checks across fields (date order, unique ids) run once every field is valid.
 */
export const PackManifestSchema = v.pipe(
  object({
    format: formatTag(PACK_FORMAT),
    id: v.pipe(kebabId('kinora-originals'), v.description('Stable pack id.')),
    version: v.pipe(matching(SEMVER, like('a version like "1.0.0"')), v.description("Semver of this pack's contents.")),
    licensor: v.pipe(
      object({ id: kebabId('kinora-studio'), name: text }),
      v.description('`id` selects the public key in the trust store; `name` is shown to people.'),
    ),
    validFrom: v.pipe(DateSchema, v.description('ISO-8601 date or zoned instant; before it the pack is refused.')),
    validUntil: v.pipe(DateSchema, v.description('ISO-8601 date (covering that whole day, UTC) or zoned instant; after it the pack is refused.')),
    attribution: v.pipe(
      text,
      v.maxLength(MAX_ATTRIBUTION_LENGTH, `must be at most ${MAX_ATTRIBUTION_LENGTH} characters to stay legible`),
      v.description("Burned into every frame of every clip that shows one of this pack's characters."),
    ),
    crossover: v.pipe(
      oneOf(['if-other-allows', 'never']),
      v.description(
        'With characters of other licensors in the same clip: "if-other-allows" allows it when every other pack involved allows it too; "never" refuses.',
      ),
    ),
    characters: nonEmptyList(PackCharacterSchema),
  }),
  v.forward(
    v.check(
      (pack) => Date.parse(pack.validUntil) >= Date.parse(pack.validFrom),
      (issue) => `must not be before validFrom (${issue.input.validFrom})`,
    ),
    ['validUntil'],
  ),
  uniqueIds(),
);

/** Named parts of the format: the JSON Schema (scripts/schemas.ts) refers to each from one $defs entry. */
export const PACK_MANIFEST_PARTS = { PackCharacter: PackCharacterSchema, PackRule: PackRuleSchema };

/** Returns a clean PackManifest or throws PackManifestError naming the first bad field. */
export function validatePackManifest(value: unknown): PackManifest {
  return parseOrFail(PackManifestSchema, value, '', (where, message) => {
    throw new PackManifestError(where ? `${where}: ${message}` : message);
  });
}

/** First millisecond a pack is valid and first millisecond it no longer is; a date-only
 * validUntil covers that whole day (UTC). */
export function validityWindow(manifest: Pick<PackManifest, 'validFrom' | 'validUntil'>): { start: number; end: number } {
  const DAY_MS = 86_400_000;
  const end = Date.parse(manifest.validUntil) + (DATE_ONLY.test(manifest.validUntil) ? DAY_MS : 0);
  return { start: Date.parse(manifest.validFrom), end };
}
