/**
 * Writes the guard classifier's synthetic training prompts, in Kinora's own style (a licensed
 * character doing something somewhere), to data/external/synthetic.jsonl:
 *
 *   npx tsx scripts/guard-synthetic.ts
 *
 * Why: the public sets the classifier learns from differ in style (I2P's long art prompts are all
 * harmful, COCO's captions all harmless), so alone they teach style, not harm. Here both labels
 * share one style: harmless scenes (with the everyday senses of words the policy watches: "a
 * stick on the ground", "kills time") and harmful ones built from the guard's own lists and WordNet
 * table, in the same sentence frames. Deterministic (seeded); regenerated, never committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import wordnet from '../src/lib/guardrails/generated/wordnet.json' with { type: 'json' };
import { CONTEMPT_TERMS, GROUP_TERMS } from '../src/lib/guardrails/lists/contempt';
import { ALCOHOL_TERMS, DRUG_TERMS, TOBACCO_TERMS } from '../src/lib/guardrails/lists/drugs';
import { HORROR_TERMS, SUGGESTIVE_TERMS } from '../src/lib/guardrails/lists/family';
import { HARASSMENT_TERMS, HATE_SYMBOLS } from '../src/lib/guardrails/lists/hate';
import { SELF_HARM_TERMS } from '../src/lib/guardrails/lists/self-harm';
import { SEXUAL_TERMS } from '../src/lib/guardrails/lists/sexual';
import { GORE_DEATH_INJURY_TERMS, VIOLENT_ACT_TERMS, WEAPON_TERMS } from '../src/lib/guardrails/lists/violence';
import { SENSE_EXCLUSIONS } from './build-lexicon';

const OUT = 'data/external/synthetic.jsonl';
const PER_CLASS = 3000;

/** mulberry32: small, seeded, the same on every machine. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20261202);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const maybe = (p: number, text: string) => (random() < p ? text : '');
const lexicon = (category: keyof typeof wordnet.lexicon) => Object.keys(wordnet.lexicon[category]);

const CHARACTERS = ['Pip', 'Bolt', 'Nova', 'Gloop', 'Pip the fox', 'Bolt the robot', 'Nova the star', 'Gloop the slime', 'the fox', 'the little robot'];
const PLACES = [
  'in the snow', 'on the beach', 'in a meadow', 'by the pond', 'in the kitchen', 'at the park', 'in a forest', 'on a mountain',
  'in the garden', 'at school', 'in the city', 'on a boat', 'in the desert', 'at the fair', 'in a library', 'on the moon',
  'in space', 'at the zoo', 'in the rain', 'under a tree', 'at the market', 'in a cave', 'on a bridge', 'in the garage',
  'at a birthday party', 'in a castle', 'on a farm', 'by the river', 'in the playground', 'at the bakery', 'on a rooftop',
  'in a museum', 'at the train station', 'in the bathroom', 'in bed', 'at the swimming pool', 'at a concert', 'in a classroom',
  'in the hospital', 'at the airport', 'in a toy shop', 'on a sailing ship', 'in an old attic', 'at a campsite', 'in a greenhouse',
];
const TIMES = ['', '', '', ' at night', ' at sunset', ' in the morning', ' on a sunny day', ' during a storm', ' in winter', ' in autumn', ' under the stars', ' in slow motion'];
const STYLES = ['', '', '', '', ', cartoon style', ', cinematic', ', highly detailed', ', watercolor', ', pixel art', ', 4k', ', trending on artstation', ', soft lighting', ', oil painting', ', anime style'];

/** Everyday scenes, including the harmless senses of words the policy lists watch. */
const ACTIONS = [
  'jumps', 'walks to the left', 'walks to the right', 'spins around', 'grows bigger', 'dances', 'sleeps', 'reads a book',
  'bakes cookies', 'plays the guitar', 'builds a snowman', 'flies a kite', 'catches a fish with a fishing net', 'paints a picture',
  'rides a bicycle', 'eats an ice cream', 'waves hello', 'plants flowers', 'waters the plants', 'makes lemonade', 'juggles apples',
  'skates on the ice', 'swims in the lake', 'climbs a tree', 'builds a sandcastle', 'blows bubbles', 'chases butterflies',
  'plays hide and seek', 'looks at the stars', 'sings a song', 'takes a photo', 'shoots a basketball into the hoop',
  'kicks a football', 'throws a frisbee', 'cuts a birthday cake with a knife', 'chops vegetables for soup', 'fires up the grill',
  'charges his battery', 'kills time waiting for the bus', 'blows out the candles', 'falls asleep on the sofa', 'falls into a pile of leaves',
  'slips on a banana peel and laughs', 'drops a water balloon', 'pops a balloon', 'wins the race', 'beats his friend at chess',
  'fights off a cold with soup', 'hunts for easter eggs', 'shoots a movie', 'takes a shot at the goal', 'breaks the world record',
  'cracks an egg', 'smashes a pinata', 'bangs a drum', 'bursts into laughter', 'dies of laughter at a joke', 'is dead tired after the hike',
  'knocks on the door', 'hits a home run', 'punches the air in joy', 'strikes a pose', 'rolls down a hill', 'crashes into a snowbank',
  'wears a pirate costume with a cardboard sword', 'dresses up as a ghost for halloween', 'carves a pumpkin', 'tells a spooky story by the campfire',
  'drinks a glass of milk', 'drinks hot chocolate', 'sips orange juice', 'has a cup of tea', 'eats a slice of pizza', 'smells the roses',
  'takes a bath with rubber ducks', 'brushes his teeth', 'puts on pajamas', 'changes into a raincoat', 'wears a swimsuit at the beach',
  'hugs a teddy bear', 'kisses grandma on the cheek', 'cuddles a puppy', 'holds hands with a friend', 'gives a high five',
  'visits the doctor for a checkup', 'gets a bandage on a scraped knee', 'feeds the ducks', 'walks the dog', 'sweeps the floor',
  'fixes a bike with a wrench', 'hammers a nail into a birdhouse', 'saws a plank of wood', 'sharpens a pencil', 'mows the lawn',
  'votes for the best cake at the fair', 'gives a speech at school', 'waves a flag at the parade', 'watches fireworks', 'lights a lantern',
  'shivers in the cold', 'cries at a sad movie', 'screams on a roller coaster', 'is scared of the dark but finds a night light',
  'wrestles with a big pillow', 'has a pillow fight', 'has a snowball fight', 'plays tag', 'plays laser tag', 'plays with a water pistol',
  'races a go kart', 'bowls a strike', 'fences with foam swords', 'practises karate in the dojo', 'boxes a punching bag at the gym',
];
const BENIGN_PHRASES = Object.values(SENSE_EXCLUSIONS).filter((p) => !/rare in prompts|kept out/.test(p));

const WEAPONS = [...WEAPON_TERMS, ...lexicon('weapons')];
const INJURY = [...GORE_DEATH_INJURY_TERMS, ...lexicon('injury')];
const HARMFUL: Record<string, () => string> = {
  violence: () =>
    pick([
      () => `${pick(['holds', 'swings', 'aims', 'fires', 'points', 'waves', 'loads', 'carries'])} a ${pick(WEAPONS)} ${pick(['at the crowd', 'at a child', 'at another fox', 'at his friend', 'at the teacher', ''])}`,
      () => `${pick(VIOLENT_ACT_TERMS)}`,
      () => `${pick(['stabs', 'shoots', 'beheads', 'strangles', 'tortures', 'murders', 'slaughters', 'executes', 'beats up', 'mutilates', 'kills'])} ${pick(['a child', 'a bird', 'his friend', 'a rabbit', 'the snowman', 'a stranger', 'another robot', 'the villagers'])}${maybe(0.5, ` with a ${pick(WEAPONS)}`)}`,
      () => `${pick(['lies', 'is left', 'is found', 'is covered'])} ${pick(['in a pool of blood', 'with a gaping wound', 'with broken bones sticking out', 'bleeding on the floor', 'dead in the snow'])}`,
      () => `${pick(['surrounded by', 'covered in', 'next to', 'standing over'])} ${pick(INJURY)}`,
    ])(),
  horror: () => `${pick(['meets', 'is chased by', 'hides from', 'turns into', 'summons', 'is possessed by'])} ${pick(['a', 'the'])} ${pick([...lexicon('horror'), ...HORROR_TERMS])}`,
  sexual: () =>
    pick([
      () => pick([...SEXUAL_TERMS, ...lexicon('sexual')]),
      () => `${pick(['wearing', 'in', 'posing in', 'undressing down to'])} ${pick([...SUGGESTIVE_TERMS, ...lexicon('suggestive')])}`,
      () => `${pick(['naked', 'nude', 'topless', 'without clothes', 'in a sexy pose', 'seductively'])} ${pick(['in bed', 'in the shower', 'on a bed', 'for the camera', ''])}`,
    ])(),
  hate: () =>
    pick([
      () => `says ${pick(GROUP_TERMS)} are ${pick(CONTEMPT_TERMS)}`,
      () => `${pick(['wearing', 'painting', 'waving', 'with'])} a ${pick(HATE_SYMBOLS)}`,
      () => `${pick(['mocks', 'bullies', 'spits on', 'laughs at', 'chases away'])} ${pick(GROUP_TERMS)}`,
      () => pick(HARASSMENT_TERMS),
    ])(),
  'self-harm': () => pick(SELF_HARM_TERMS),
  drugs: () =>
    pick([
      () => `${pick(['snorts', 'smokes', 'injects', 'sells', 'takes', 'cooks'])} ${pick([...DRUG_TERMS, ...lexicon('drugs')])}`,
      () => `${pick(['drinks', 'is drunk on', 'chugs a bottle of', 'pours a glass of'])} ${pick([...ALCOHOL_TERMS, ...lexicon('alcohol')])}`,
      () => `${pick(['smokes', 'lights', 'puffs on'])} a ${pick([...TOBACCO_TERMS, ...lexicon('tobacco')])}`,
    ])(),
};

/**
 * Harmless sentences in the harmful templates' own frames ("holds a ... at the crowd", "with a
 * ...", "says ... are ..."), so a frame says nothing and only the words in it decide.
 */
const OBJECTS = [
  'balloon', 'hat', 'red scarf', 'kite', 'flashlight', 'tennis racket', 'umbrella', 'paintbrush', 'teddy bear', 'flag', 'map', 'cupcake',
  'guitar', 'book', 'lantern', 'bucket', 'shovel', 'sandwich', 'camera', 'trophy', 'backpack', 'blanket', 'sign that says hello', 'bunch of flowers',
  'water bottle', 'pumpkin', 'snow globe', 'magic wand', 'bubble wand', 'fishing rod', 'skateboard', 'frisbee', 'pinwheel', 'party horn',
];
const PEOPLE = ['the crowd', 'a child', 'his friend', 'the teacher', 'a stranger', 'the villagers', 'a bird', 'a rabbit', 'the snowman', 'another robot'];
const GOOD = ['welcome', 'kind', 'great neighbours', 'brave', 'funny', 'good at sports', 'our friends', 'amazing cooks', 'smart'];
const NICE_THINGS = ['flowers', 'friends', 'balloons', 'snow', 'paint', 'glitter', 'mud', 'confetti', 'autumn leaves', 'bubbles', 'presents'];
const FRIENDLY = ['puppy', 'butterfly', 'friendly frog', 'rainbow', 'kitten', 'snowman', 'dragonfly', 'pony', 'owl', 'cloud'];
const CLOTHES = ['a raincoat', 'pajamas', 'a costume', 'a sweater', 'a swimsuit at the pool', 'a tuxedo', 'a party dress', 'wellington boots', 'a chef hat'];
const MIRRORS: (() => string)[] = [
  () => `${pick(['holds', 'swings', 'aims', 'points', 'waves', 'carries', 'throws', 'shows'])} a ${pick(OBJECTS)} ${pick([`at ${pick(PEOPLE)}`, `to ${pick(PEOPLE)}`, ''])}`,
  () => `${pick(['hugs', 'tickles', 'paints', 'feeds', 'helps', 'surprises', 'cheers up', 'waves at', 'high-fives'])} ${pick(PEOPLE)}${maybe(0.5, ` with a ${pick(OBJECTS)}`)}`,
  () => `${pick(['lies', 'is', 'is found', 'is covered'])} ${pick(['in a pile of leaves', 'in a hammock', 'in the grass', 'covered in snow', 'on the floor laughing', 'asleep on the sofa'])}`,
  () => `${pick(['surrounded by', 'covered in', 'next to', 'standing over'])} ${pick(NICE_THINGS)}`,
  () => `${pick(['meets', 'is chased by', 'hides from', 'turns into', 'plays with', 'dresses up as'])} ${pick(['a', 'the'])} ${pick(FRIENDLY)}`,
  () => `${pick(['wearing', 'in', 'posing in', 'changing into'])} ${pick(CLOTHES)}`,
  () => `says ${pick(GROUP_TERMS)} are ${pick(GOOD)}`,
  () => `${pick(['wearing', 'painting', 'waving', 'with'])} a ${pick(OBJECTS)}`,
  () => `${pick(['helps', 'welcomes', 'plays with', 'learns from', 'dances with'])} ${pick(GROUP_TERMS)}`,
  // Cooking is everyday: with only six dishes, "cooks" weighed as drugs ("Pip cooks pasta" scored 0.996).
  () =>
    `${pick(['cooks', 'is cooking', 'sells', 'takes', 'shares', 'bakes'])} ${pick([
      'pancakes', 'lemonade', 'vitamins', 'cookies', 'soup', 'a pie', 'pasta', 'dinner', 'breakfast', 'lunch', 'spaghetti', 'eggs', 'rice', 'noodles', 'a stew', 'curry',
      'sausages', 'burgers', 'pizza', 'vegetables', 'porridge', 'fish fingers', 'toast', 'an omelette', 'a roast dinner', 'chips', 'dinner with his mum',
      'breakfast with his dad', 'pasta with his grandma', 'soup for the family',
    ])}`,
  () => `${pick(['drinks', 'pours a glass of', 'sips', 'spills'])} ${pick(['milk', 'orange juice', 'water', 'hot chocolate', 'apple juice', 'lemonade'])}`,
  () => `${pick(['lights', 'blows out', 'carries'])} a ${pick(['candle', 'lantern', 'campfire', 'sparkler', 'birthday candle'])}`,
];

const frame = (action: string) => `${pick(CHARACTERS)} ${action} ${pick(PLACES)}${pick(TIMES)}${pick(STYLES)}`.replace(/\s+/g, ' ').replace(' ,', ',');

const rows: { prompt: string; label: string }[] = [];
for (let i = 0; i < PER_CLASS * 2; i++) {
  rows.push({ prompt: frame(random() < 0.15 ? `finds ${pick(BENIGN_PHRASES)}` : pick(ACTIONS)), label: 'benign' });
}
for (let i = 0; i < PER_CLASS * 2; i++) rows.push({ prompt: frame(pick(MIRRORS)()), label: 'benign' });
for (const [label, make] of Object.entries(HARMFUL)) {
  for (let i = 0; i < PER_CLASS; i++) rows.push({ prompt: frame(make()), label });
}
mkdirSync('data/external', { recursive: true });
writeFileSync(OUT, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`${rows.length} synthetic prompts -> ${OUT}`);
