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

export const LEXICON_RULES: Readonly<Record<LexiconCategory, PlatformRule>> = {
  sexual: rule('sexual', 'platform.sexual.kinds', 'sexual', "Kinora doesn't make sexual content."),
  suggestive: rule('suggestive', 'platform.suggestive.kinds', 'suggestive', "Kinora is family-friendly: no nudity, underwear or undressing.", COSY),
  weapons: rule('weapons', 'platform.violence.weapon-kinds', 'violence', "Kinora doesn't show weapons or war.", ADVENTURE),
  injury: rule('injury', 'platform.violence.injury-kinds', 'violence', "Kinora doesn't show gore, death or injury.", ADVENTURE),
  horror: rule('horror', 'platform.horror.kinds', 'horror', 'Kinora is family-friendly: no horror or disturbing imagery.', COSY),
  drugs: rule('drugs', 'platform.drugs.drug-kinds', 'drugs', "Kinora doesn't show drugs."),
  alcohol: rule('alcohol', 'platform.drugs.alcohol-kinds', 'drugs', "Kinora doesn't show alcohol.", 'Try juice or hot chocolate instead.'),
  tobacco: rule('tobacco', 'platform.drugs.tobacco-kinds', 'drugs', "Kinora doesn't show tobacco, smoking or vaping."),
  politics: rule('politics', 'platform.politics.kinds', 'politics', "Kinora doesn't make political or election content."),
};

export const LEXICON_SOURCE: string = data.source;
