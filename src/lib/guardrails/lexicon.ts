/**
 * The WordNet layer: policy rules whose terms are kinds of a forbidden concept, compiled at build
 * time by scripts/build-lexicon.ts into generated/wordnet.json. Each term knows what it is a kind
 * of, so a refusal explains itself: "“cutlass” (a kind of sword)".
 */
import data from './generated/wordnet.json';
import type { PlatformRule } from './policy';
import type { Category } from './types';

type LexiconCategory = keyof typeof data.lexicon;

/** "n:sword" -> "a kind of sword"; "v:kill" -> "a way to kill"; a root concept's own words ("n:") need no gloss. */
function concept(code: string): string {
  const [pos, parent] = code.split(':') as [string, string];
  if (!parent) return '';
  return pos === 'v' ? `a way to ${parent}` : `a kind of ${parent}`;
}

function rule(lexicon: LexiconCategory, id: string, category: Category, reason: string, suggestion?: string): PlatformRule {
  const words = data.lexicon[lexicon] as Record<string, string>;
  return {
    id,
    category,
    terms: Object.keys(words),
    kind: 'lexicon',
    concepts: Object.fromEntries(Object.entries(words).map(([word, code]) => [word, concept(code)])),
    reason: `“{match}”{concept}: ${reason}`,
    ...(suggestion && { suggestion }),
  };
}

const ADVENTURE = 'Try a friendly adventure instead.';
const COSY = 'Try a cosy or funny scene instead.';

// Separate constants, each a pure call, so a bundle that uses none of them (the UI) drops the table.
export const SEXUAL_KINDS_RULE: PlatformRule = /* @__PURE__ */ rule('sexual', 'platform.sexual.kinds', 'sexual', "Kinora doesn't make sexual content.");
export const SUGGESTIVE_KINDS_RULE: PlatformRule = /* @__PURE__ */ rule('suggestive', 'platform.suggestive.kinds', 'suggestive', "Kinora is family-friendly: no nudity, underwear or undressing.", COSY);
export const WEAPONS_KINDS_RULE: PlatformRule = /* @__PURE__ */ rule('weapons', 'platform.violence.weapon-kinds', 'violence', "Kinora doesn't show weapons or war.", ADVENTURE);
export const INJURY_KINDS_RULE: PlatformRule = /* @__PURE__ */ rule('injury', 'platform.violence.injury-kinds', 'violence', "Kinora doesn't show gore, death or injury.", ADVENTURE);
export const HORROR_KINDS_RULE: PlatformRule = /* @__PURE__ */ rule('horror', 'platform.horror.kinds', 'horror', 'Kinora is family-friendly: no horror or disturbing imagery.', COSY);
export const DRUGS_KINDS_RULE: PlatformRule = /* @__PURE__ */ rule('drugs', 'platform.drugs.drug-kinds', 'drugs', "Kinora doesn't show drugs.");
export const ALCOHOL_KINDS_RULE: PlatformRule = /* @__PURE__ */ rule('alcohol', 'platform.drugs.alcohol-kinds', 'drugs', "Kinora doesn't show alcohol.", 'Try juice or hot chocolate instead.');
export const TOBACCO_KINDS_RULE: PlatformRule = /* @__PURE__ */ rule('tobacco', 'platform.drugs.tobacco-kinds', 'drugs', "Kinora doesn't show tobacco, smoking or vaping.");
export const POLITICS_KINDS_RULE: PlatformRule = /* @__PURE__ */ rule('politics', 'platform.politics.kinds', 'politics', "Kinora doesn't make political or election content.");
