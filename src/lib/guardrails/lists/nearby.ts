/**
 * Pairs of word kinds that refuse only together, within `window` words of each other (in that
 * order when `ordered`): the meaning lives in the pair, each word alone is everyday ("a sore
 * throat", "cut the cake", "a horse in a field"). Written for this project; words are written in
 * every form they should match (no inflections are added).
 */
import type { Category } from '../types';
import { CONTEMPT_TERMS, GROUP_TERMS } from './contempt';

export interface NearbyRule {
  id: string;
  category: Category;
  reason: string;
  suggestion: string;
  first: readonly string[];
  second: readonly string[];
  window: number;
  /** The second word must come after the first. */
  ordered?: boolean;
  /** A first word after "no" and before "allowed", "welcome"... also matches ("no gays allowed"). */
  barred?: boolean;
}

const ANIMALS = [
  'horse', 'horses', 'dog', 'dogs', 'puppy', 'puppies', 'cat', 'cats', 'kitten', 'kittens', 'donkey', 'pony', 'animal', 'animals', 'bird', 'birds', 'baby birds', 'chicks', 'ducklings',
  'rabbit', 'bunny', 'hamster', 'hamsters', 'guinea pig', 'goldfish', 'frog', 'frogs', 'mouse', 'mice', 'squirrel', 'hedgehog',
  'rabbits', 'bunnies', 'deer', 'lamb', 'lambs', 'goat', 'goats', 'pig', 'pigs', 'piglet', 'piglets',
  'seagull', 'seagulls', 'pigeon', 'pigeons', 'duck', 'ducks', 'swan', 'swans', 'seal', 'seals', 'seal pup', 'seal pups', 'baby seal', 'baby seals',
];

/** Whose animal it is: "drags the rabbit", "feeds his brother's hamster". */
const ANIMAL_OWNERS = ['the', 'a', 'his', 'her', 'his pet', 'her pet', 'their pet', 'the pet', 'his brother s', 'his sister s', 'her brother s', 'her sister s', 'the neighbour s', 'the neighbor s'];

/** "the rabbit", "his brother's hamster": each animal after an article or an owner. */
const OWNED_ANIMALS = ANIMAL_OWNERS.flatMap((owner) => ANIMALS.map((animal) => `${owner} ${animal}`));

/** "drags the rabbit", "throws a kitten": each verb with each owned animal. */
const doneToAnAnimal = (verbs: readonly string[]) => verbs.flatMap((verb) => OWNED_ANIMALS.map((animal) => `${verb} ${animal}`));

/** Where a push is an attack, not play (a push into the pool is play, except for a toddler). */
const PUSHED_INTO_DANGER = [
  'in front of the bus', 'in front of the train', 'in front of the car', 'in front of a lorry', 'in front of the lorry',
  'down the stairs', 'down the escalator', 'off the balcony', 'into the river', 'into the canal', 'into the lake', 'into the road', 'into traffic', 'off the pier', 'off the cliff', 'off the roof',
  'out of the window', 'off the platform', 'onto the tracks', 'under a bus', 'under the bus', 'under a train', 'in front of a bus', 'in front of a train', 'in front of a car',
  'off the ladder', 'off his ladder', 'off her ladder', 'off the trampoline onto', 'onto the concrete', 'onto the pavement', 'onto the rocks',
];

/** A member of the family, as "his mum" or "her dad". */
const FAMILY = ['mum', 'mom', 'mother', 'dad', 'father', 'sister', 'brother', 'grandma', 'grandpa', 'nan', 'gran'].flatMap((who) => [`his ${who}`, `her ${who}`]);

/** Vehicles a body is dragged behind. */
const BEHIND_A_VEHICLE = ['bike', 'quad bike', 'motorbike', 'car', 'truck', 'tractor', 'van'].flatMap((v) => ['his', 'her', 'the', 'a', 'their'].map((d) => `behind ${d} ${v}`));

/** Grown-ups a child is groomed by, in the words prompts use. */
const ADULTS = [
  'grown man', 'grown up', 'grown-up', 'older man', 'old man', 'adult', 'stranger', 'a man', 'the man', 'online friend', 'friend from the game',
  'his coach', 'her coach', 'the coach', 'his uncle', 'her uncle', 'his teacher', 'her teacher', 'the teacher', 'the neighbour', 'the neighbor', 'his stepdad', 'her stepdad',
  // "Pip's coach": the possessive reads as "pip s coach".
  's coach', 's uncle', 's teacher', 's stepdad', 's neighbour', 's neighbor',
];

/** People a game word is done to ("headshot on the mailman"): in a game it is a player, here a person. */
const PEOPLE = [
  'him', 'her', 'them', 'someone', 'people', 'a man', 'the man', 'a guy', 'the guy', 'a woman', 'the woman', 'a kid', 'the kid', 'a girl', 'the girl', 'a boy', 'the boy',
  'the mailman', 'the postman', 'the old lady', 'an old lady', 'the old man', 'an old man', 'the cashier', 'the teacher', 'his teacher', 'the referee', 'the neighbour', 'the neighbor',
  'a stranger', 'the stranger', 'a cop', 'the cop', 'the police', 'his friend', 'her friend', 'his sister', 'his brother', 'her sister', 'her brother', 'the bus driver',
];

/** The reason and suggestion a kind of refusal gives, shared by its rules. */
const VIOLENCE = { category: 'violence', reason: "Kinora doesn't show violence.", suggestion: 'Try a friendly adventure instead.' } as const;
const ANIMAL_CRUELTY = { category: 'violence', reason: "Kinora doesn't show animals being hurt.", suggestion: 'Try a scene where the animals are cared for.' } as const;
const CHILD_HARM = { category: 'violence', reason: "Kinora doesn't show violence or children being hurt.", suggestion: 'Try a friendly adventure instead.' } as const;
const HORROR = { category: 'horror', reason: 'Kinora is family-friendly: no horror or disturbing imagery.', suggestion: 'Try a cosy or funny scene instead.' } as const;
const SUGGESTIVE = { category: 'suggestive', reason: 'Kinora is family-friendly: no suggestive content.', suggestion: 'Try a cosy or funny scene instead.' } as const;
const CONTEMPT = { category: 'hate', reason: "Kinora doesn't make content that mocks or looks down on any group of people.", suggestion: 'Try a scene where everyone is welcome.' } as const;
const SEXUAL = { category: 'sexual', reason: "Kinora doesn't make sexual content or nudity.", suggestion: 'Try a cosy or funny scene instead.' } as const;
const GROOMING = { category: 'sexual', reason: "Kinora doesn't show children being groomed or abused.", suggestion: 'Try a scene with friends and family they trust instead.' } as const;
const DRUGS = { category: 'drugs', reason: "Kinora doesn't show drugs.", suggestion: 'Try a party with juice and games instead.' } as const;
const ALCOHOL = { category: 'drugs', reason: "Kinora doesn't show alcohol.", suggestion: 'Try juice or hot chocolate instead.' } as const;
const POLITICS = { category: 'politics', reason: "Kinora doesn't make political or election content.", suggestion: 'Try a school or sports event instead.' } as const;
const SELF_HARM = {
  category: 'self-harm',
  reason: "Kinora doesn't make content about self-harm or suicide.",
  suggestion: 'If you are having a hard time, please talk to someone you trust or a local helpline.',
} as const;

export const NEARBY_RULES: readonly NearbyRule[] = [
  {
    id: 'platform.hate.contempt',
    ...CONTEMPT,
    first: GROUP_TERMS,
    second: CONTEMPT_TERMS,
    window: 8,
    barred: true,
  },
  {
    id: 'platform.violence.throat',
    ...VIOLENCE,
    first: ['slit', 'slits', 'slitting', 'slash', 'slashes', 'slashing', 'slashed', 'cut', 'cuts', 'cutting'],
    second: ['throat', 'throats'],
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.violence.animal-cruelty',
    ...ANIMAL_CRUELTY,
    first: [
      'beaten', 'beating', 'kicked', 'kicking', 'whipped', 'whipping', 'tortured', 'torturing', 'stabbed', 'drowned', 'drowning', 'strangled', 'abused', 'abusing', 'stomped', 'stomping',
      'hits', 'hitting', 'smacks', 'smacking', 'slaps', 'slapping', 'punches', 'punching', 'crushes', 'crushing', 'stamps on', 'stamping on', 'stamped on', 'stomps on', 'stomping on',
      'skinned', 'skinning',
    ],
    second: ANIMALS,
    window: 3,
  },
  {
    id: 'platform.self-harm.wrists',
    ...SELF_HARM,
    first: ['razor', 'blade', 'cut', 'cuts', 'cutting', 'slit', 'slits', 'slitting', 'slash', 'slashed', 'carves', 'carving', 'carved'],
    second: ['wrist', 'wrists', 'her arm', 'his arm', 'her arms', 'his arms', 'her thigh', 'his thigh', 'her thighs', 'his thighs', 'own arm', 'own skin', 'his forearm', 'her forearm', 'his forearms', 'her forearms'],
    // "carves the word worthless into his arm"
    window: 6,
  },
  {
    id: 'platform.horror.someone-in-the-room',
    ...HORROR,
    // "someone standing over his bed breathing who isn't his mum"
    first: ['someone', 'something', 'a figure', 'a stranger', 'a shape', 'a shadow'],
    second: ['standing over his bed', 'standing over her bed', 'standing over the bed', 'over his bed breathing', 'over her bed breathing', 'in the corner of his room', 'in the corner of her room', 'in the corner of the room watching', 'watching him sleep', 'watching her sleep'],
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.horror.face-peeled',
    ...HORROR,
    // "her face has been peeled off"; not a face mask that peels off.
    first: ['face has been', 'face had been', 'face was', 'faces were', 'faces have been', 'skin has been', 'skin had been', 'skin was'],
    second: ['peeled off', 'peeled away', 'torn off', 'ripped off', 'cut off', 'sliced off', 'peeled back'],
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.horror.eaten-alive',
    ...HORROR,
    first: ['eat', 'eats', 'eating', 'eaten', 'devour', 'devours', 'devouring', 'devoured', 'boil', 'boils', 'boiling', 'cook', 'cooks', 'cooking', 'roast', 'roasting'],
    second: ['alive'],
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.violence.body',
    category: 'violence',
    reason: "Kinora doesn't show violence or dead bodies.",
    suggestion: 'Try a friendly adventure instead.',
    first: ['drag', 'drags', 'dragging', 'dragged', 'dump', 'dumps', 'dumping', 'dumped', 'hide', 'hides', 'hiding', 'hid', 'dispose', 'disposes', 'disposing', 'carry', 'carries', 'carrying'],
    second: ['a body', 'the body', 'bodies', 'the bodies'],
    window: 2,
    ordered: true,
  },
  {
    id: 'platform.violence.set-alight',
    ...VIOLENCE,
    first: ['set', 'sets', 'setting', 'light', 'lights', 'lighting', 'lit'],
    second: ['person on fire', 'man on fire', 'woman on fire', 'child on fire', 'him on fire', 'her on fire', 'them on fire', 'someone on fire', 'cat on fire', 'dog on fire', 'animal on fire'],
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.violence.match-on-someone',
    ...VIOLENCE,
    // "flicks a lit match onto the sleeping tramp's blanket"
    first: ['lit match', 'burning match', 'lit cigarette', 'lit firework', 'lit candle', 'lighter'],
    second: ['onto the sleeping', 'on the sleeping', 'onto a sleeping', 'onto his blanket', 'onto her blanket', 'his sleeping bag', 'her sleeping bag', 'onto his hair', 'onto her hair', 'to his hair', 'to her hair', 'to his fur', 'to her fur', 'to his tail', 'to her tail', 'homeless man', 'homeless person', 'tramp'],
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.violence.assault',
    ...VIOLENCE,
    first: ['beat', 'beats', 'beating', 'punch', 'punches', 'punching', 'kick', 'kicks', 'kicking', 'stab', 'stabs', 'stabbing', 'strangle', 'strangles', 'strangling', 'choke', 'chokes', 'choking', 'attack', 'attacks', 'attacking', 'shove', 'shoves', 'shoving', 'shoved', 'trip', 'trips', 'tripping', 'tripped'],
    second: [
      'a man', 'a woman', 'a child', 'a kid', 'a boy', 'a girl', 'a baby', 'his wife', 'her husband', 'a prisoner', 'the prisoner', 'a stranger', 'an old man', 'an old woman', 'a homeless man', 'a teenager', 'a student',
      'the old man', 'the old woman', 'the old lady', 'an old lady', 'the little boy', 'the little girl', 'the baby', 'a pregnant woman', 'the pregnant woman', 'the blind man', 'a blind man', 'the blind woman', 'a blind woman', 'the blind boy', 'the blind girl',
    ],
    window: 2,
    ordered: true,
  },
  {
    id: 'platform.suggestive.framing',
    ...SUGGESTIVE,
    first: ['camera', 'close-up', 'close up', 'closeup', 'zoom', 'zooms', 'lingers', 'pans', 'focus', 'focuses'],
    second: ['her chest', 'her legs', 'her bare legs', 'her behind', 'her butt', 'her body', 'her hips', 'her thighs', 'her cleavage', 'cleavage', 'his crotch', 'her crotch', 'their chests', 'her breasts', 'their breasts', 'their bodies', 'their butts'],
    window: 5,
    ordered: true,
  },
  {
    id: 'platform.self-harm.ledge',
    ...SELF_HARM,
    first: ['ledge', 'roof', 'rooftop', 'bridge', 'cliff', 'window sill', 'balcony', 'edge of the building', 'top of the building'],
    second: ['ready to jump', 'about to jump', 'going to jump', 'wants to jump', 'ready to let go', 'about to let go'],
    window: 8,
  },
  {
    id: 'platform.horror.under-the-bed',
    ...HORROR,
    first: ['pulls', 'pulled', 'pulling', 'drags', 'dragged', 'dragging', 'grabs', 'grabbed', 'reaches out from', 'crawls out from', 'crawling out from'],
    second: ['under the bed', 'beneath the bed', 'under his bed', 'under her bed'],
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.violence.run-over',
    ...VIOLENCE,
    first: ['runs over', 'run over', 'ran over', 'running over', 'drives over', 'drove over', 'driving over', 'mows down', 'mowing down', 'mowed down'],
    second: ['with a car', 'with his car', 'with her car', 'with the car', 'with a truck', 'with his truck', 'with a tractor', 'with a bus', 'with a van', 'with his van'],
    window: 5,
    ordered: true,
  },
  {
    id: 'platform.violence.arson',
    ...VIOLENCE,
    first: ['sets', 'set', 'setting'].flatMap((verb) =>
      ['the school', 'his school', 'her school', 'the house', 'a house', 'his house', 'her house', 'the neighbour s house', 'the neighbor s house', 'the building', 'the car', 'a car', 'his car', 'her car', 'the barn', 'the church', 'the mosque', 'the synagogue', 'the shop', 'the classroom', 'the library', 'the forest', 'the woods'].map((place) => `${verb} ${place}`),
    ),
    second: ['on fire', 'alight', 'ablaze'],
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.horror.eats-a-human',
    ...HORROR,
    first: ['eats', 'eating', 'ate', 'devours', 'devouring', 'devoured', 'chews on', 'chewing on', 'feasts on', 'feasting on', 'bites into'],
    second: ['human heart', 'human hearts', 'human brain', 'human brains', 'human organs', 'human hand', 'human hands', 'human eyes', 'human eyeballs', 'human fingers', 'human bones'],
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.violence.burned-inside',
    ...VIOLENCE,
    first: ['on fire', 'fire to', 'burns down', 'burn down', 'burning down', 'burned down', 'burnt down', 'ablaze', 'alight', 'torches', 'torched'],
    second: [
      'with the family inside', 'with a family inside', 'with people inside', 'with them inside', 'with him inside', 'with her inside', 'with the kids inside', 'with the children inside', 'with everyone inside', 'with someone inside', 'still inside',
      'locked inside', 'trapped inside', 'with the animals inside', 'with the horses inside', 'with the dogs inside',
    ],
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.suggestive.undress',
    ...SUGGESTIVE,
    first: ['pulls down', 'pulling down', 'pulled down', 'slips off', 'slipping off', 'slides down', 'sliding down', 'lowers', 'lowering', 'drops'],
    second: ['her strap', 'her straps', 'her shirt strap', 'her dress strap', 'her bra strap', 'her top', 'her shirt', 'her dress', 'her skirt', 'her shorts', 'her pants', 'his shorts', 'his trousers'],
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.hate.barred-sign',
    ...CONTEMPT,
    first: ['sign', 'signs', 'banner', 'poster', 'notice', 'placard'],
    second: GROUP_TERMS.map((group) => `no ${group}`),
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.horror.doll',
    ...HORROR,
    first: ['doll', 'dolls', 'puppet', 'puppets', 'mannequin', 'mannequins', 'ventriloquist dummy'],
    second: [
      'whispers', 'whispering', 'moves by itself', 'moves on its own', 'turns its head', 'crawls', 'crawling', 'follows him', 'follows her', 'blinks at',
      'turn their heads', 'turns their heads', 'heads turn', 'eyes follow', 'stare at him', 'stare at her', 'staring at him', 'staring at her', 'to watch him', 'to watch her',
    ],
    window: 8,
  },
  {
    id: 'platform.violence.spiked-drink',
    ...VIOLENCE,
    first: ['slips something', 'slipped something', 'slipping something', 'slips a pill', 'slipped a pill', 'drops a pill', 'drops something', 'pours something', 'puts something'],
    // "drinks" only as a noun: "puts something in his bag and drinks his juice" is not this.
    second: ['drink', 'the drinks', 'their drinks', 'his drinks', 'her drinks', 's drinks', 'glass', 'cup'],
    // Counted from the verb: "slips something into the new kid's drink".
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.violence.child-locked-up',
    ...CHILD_HARM,
    first: [
      'locks the kid', 'locks the child', 'locks the crying', 'locks a child', 'locks the boy', 'locks the girl', 'locked the kid', 'locked the child', 'locks her son', 'locks his son', 'locks her daughter', 'locks his daughter', 'locks the children',
      'locks his sister', 'locks her sister', 'locks his brother', 'locks her brother', 'locks the baby', 'locks the dog', 'locks the puppy', 'locks her in', 'locks him in', 'locked her in', 'locked him in',
    ],
    second: ['closet', 'cupboard', 'basement', 'cellar', 'cage', 'dark room', 'for hours', 'for days', 'for a week', 'with no food', 'boot of the car', 'trunk of the car', 'in the boot', 'in the trunk', 'hot car'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.violence.abduction',
    ...CHILD_HARM,
    first: ['van', 'car', 'truck', 'stranger'],
    second: ['pulls him inside', 'pulls her inside', 'drags him inside', 'drags her inside', 'pulls him in', 'pulls her in', 'grabs the child', 'grabs the kid', 'snatches the child', 'snatches the kid', 'pulls him into', 'pulls her into'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.suggestive.towel',
    ...SUGGESTIVE,
    first: ['in a towel', 'her towel', 'only a towel', 'just a towel', 'in a bathrobe', 'her bathrobe'],
    second: ['drops', 'drops it', 'falls off', 'slips off', 'slides off', 'comes off', 'lets it fall', 'opens it'],
    window: 5,
    ordered: true,
  },
  {
    id: 'platform.suggestive.bending',
    ...SUGGESTIVE,
    first: ['short skirt', 'mini skirt', 'miniskirt', 'tiny skirt', 'tight dress', 'short dress', 'bikini', 'maid costume', 'maid outfit', 'tight shorts', 'hot pants'],
    second: ['bending over', 'bends over', 'bent over', 'bend over'],
    window: 8,
  },
  {
    id: 'platform.suggestive.see-through',
    ...SUGGESTIVE,
    first: ['see through', 'see-through', 'sheer', 'transparent', 'wet'],
    second: ['nightgown', 'nightie', 'negligee', 'bodysuit', 'leotard', 'lingerie', 'slip dress'],
    window: 3,
    ordered: true,
  },
  {
    // A bed heard, not seen: the sounds and the sheets together ("moaning sounds, sheets moving").
    id: 'platform.suggestive.bed-sounds',
    ...SUGGESTIVE,
    first: ['moaning', 'moaning sounds', 'moaning noises', 'moans', 'panting', 'heavy breathing'],
    second: ['sheets moving', 'sheets rustling', 'sheets move', 'bed creaking', 'bed squeaking', 'bed rocking', 'headboard banging', 'headboard knocking', 'bedsprings'],
    window: 8,
  },
  {
    // Clothes on a motel floor, not on a child's bedroom floor.
    id: 'platform.suggestive.clothes-on-the-floor',
    ...SUGGESTIVE,
    first: ['motel room', 'hotel room', 'motel bed', 'hotel bed', 'alone together'],
    second: ['clothes on the floor', 'clothes scattered', 'clothes strewn', 'clothes thrown on the floor', 'clothes everywhere', 'clothes in a pile'],
    window: 8,
  },
  {
    id: 'platform.violence.cut-in-half',
    ...VIOLENCE,
    first: ['cuts', 'cut', 'cutting', 'slices', 'slicing', 'sliced', 'chops', 'chopping', 'chopped', 'saws', 'sawing', 'sawed'],
    second: ['man in half', 'woman in half', 'him in half', 'her in half', 'person in half', 'body in half', 'them in half', 'boy in half', 'girl in half'],
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.horror.clown',
    ...HORROR,
    first: ['clown', 'clowns'],
    second: ['sharp teeth', 'fangs', 'storm drain', 'sewer', 'drain', 'bloody', 'evil grin'],
    window: 8,
  },
  {
    id: 'platform.hate.generalisation',
    ...CONTEMPT,
    first: ['all the', 'all of the', 'all those', 'every one of the', 'all of them'],
    second: ['are thieves', 'are criminals', 'are liars', 'are vermin', 'are animals', 'are rats', 'are parasites', 'should be deported', 'should be sent back'],
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.drugs.joint',
    ...DRUGS,
    first: ['roll', 'rolls', 'rolling', 'rolled', 'smoke', 'smokes', 'smoking', 'pass', 'passes', 'passing', 'light', 'lights', 'lighting', 'puff', 'puffs', 'puffing', 'share', 'shares', 'sharing'],
    second: ['a joint', 'the joint', 'joints', 'a fat joint', 'a huge joint', 'a big joint'],
    window: 2,
    ordered: true,
  },
  {
    id: 'platform.drugs.lines',
    ...DRUGS,
    first: ['lines up', 'lines of', 'line of', 'snorts', 'snorting', 'snorted', 'sniffs', 'sniffing', 'cuts up', 'chops up', 'cutting lines', 'cuts lines', 'chopping lines', 'chops lines', 'racks up lines', 'racking up lines'],
    // "cutting lines on a mirror with a credit card"
    second: ['a mirror', 'the mirror', 'a credit card', 'his credit card', 'her credit card', 'a bank card', 'white powder', 'the powder', 'some powder', 'powder on', 'rolled up banknote', 'rolled-up banknote', 'rolled up bill', 'rolled-up bill', 'rolls up a banknote', 'rolls up a bill', 'rolls up a dollar'],
    window: 8,
  },
  {
    id: 'platform.horror.inside-out',
    ...HORROR,
    // "finds her puppy sewn inside out"; not a jumper turned inside out.
    first: ANIMALS,
    second: ['sewn inside out', 'turned inside out', 'stitched inside out'],
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.drugs.on-the-gums',
    ...DRUGS,
    // "rubs it on her gums" (a powder); not teething gel.
    first: ['rubs it', 'rubbing it', 'rubbed it', 'rubs some', 'rubs the powder', 'rubs powder', 'dabs it', 'dabs some'],
    second: ['on her gums', 'on his gums', 'on their gums', 'into her gums', 'into his gums'],
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.self-harm.not-eating',
    ...SELF_HARM,
    // "hasn't eaten in four days and hides his food in his napkin"
    first: ['hasn t eaten', 'hadn t eaten', 'has not eaten', 'not eaten', 'stopped eating', 'refuses to eat', 'won t eat'],
    second: ['days', 'weeks', 'hides his food', 'hides her food', 'hiding his food', 'hiding her food'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.sexual.secret',
    ...SEXUAL,
    // "tells him to take a bath with her and not to tell his parents": closeness kept secret.
    first: ['bath with her', 'bath with him', 'bath with me', 'shower with her', 'shower with him', 'sit on his lap', 'sit on her lap', 'sleep in her bed', 'sleep in his bed', 'take off his clothes', 'take off her clothes', 'touch him', 'touch her', 'touches him', 'touches her'],
    second: ['not to tell', 'don t tell', 'our secret', 'our little secret', 'keep it a secret', 'keep it secret', 'a secret between'],
    window: 10,
  },
  {
    id: 'platform.sexual.bribed-undressing',
    ...SEXUAL,
    // "offers the kids sweets if they take their clothes off"
    first: ['sweets', 'candy', 'money', 'a treat', 'treats', 'a present', 'presents', 'toys', 'pocket money'],
    second: ['take their clothes off', 'takes her clothes off', 'takes his clothes off', 'take off their clothes', 'take his clothes off', 'take her clothes off', 'undress', 'undresses'],
    window: 8,
  },
  {
    id: 'platform.sexual.grooming',
    ...SEXUAL,
    // "says she is very mature for her age and asks her to stay late, alone"
    first: ['mature for her age', 'mature for his age', 'mature for your age', 'so grown up for her age', 'so grown up for his age'],
    second: ['alone', 'stay late', 'secret', 'his car', 'his house', 'his flat', 'hotel', 'sleepover', 'special friend'],
    window: 10,
  },
  {
    id: 'platform.hate.stereotype',
    ...CONTEMPT,
    // "neighbours are from Nigeria. She tells everyone they probably eat bugs and live in huts."
    first: [...GROUP_TERMS, 'from nigeria', 'from africa', 'from india', 'from pakistan', 'from somalia', 'from syria', 'from mexico', 'from china', 'from poland', 'from romania'],
    second: ['eat bugs', 'live in huts', 'live in mud huts', 'live in trees', 'eat dogs', 'eat cats', 'smell of curry', 'all steal', 'all thieves'],
    window: 14,
  },
  {
    id: 'platform.violence.animal-dangled',
    ...ANIMAL_CRUELTY,
    // "holds the cat over the side of the balcony by its tail"
    first: ANIMALS,
    second: ['by its tail', 'by the tail', 'by their tails', 'over the balcony', 'over the side of the balcony', 'over the railing', 'over the edge of the balcony'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.violence.smothered',
    ...VIOLENCE,
    // "smothers grandma with a pillow"; not pancakes smothered in syrup.
    first: ['smothers', 'smothered', 'smothering', 'smother'],
    second: ['with a pillow', 'with the pillow', 'with a cushion', 'with the cushion', 'with a plastic bag'],
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.violence.trip-trap',
    ...VIOLENCE,
    // "waits at the top of the stairs with a skateboard for his mum to step on"
    first: ['skateboard', 'marbles', 'toy car', 'roller skate', 'banana peel', 'soap', 'oil', 'tripwire', 'trip wire', 'string across'],
    second: ['for his mum to step on', 'for his dad to step on', 'for her to step on', 'for him to step on', 'for granny to step on', 'for grandma to step on', 'so she falls', 'so he falls', 'so she trips', 'so he trips', 'so she slips', 'so he slips'],
    window: 12,
  },
  {
    id: 'platform.politics.campaign',
    ...POLITICS,
    // Campaigning for a mayor or a party, not for a new playground or the school team.
    first: ['campaign', 'campaigns', 'campaigning', 'campaigned', 'rally', 'rallies', 'rallying', 'canvassing'],
    second: ['mayor', 'president', 'prime minister', 'senator', 'candidate', 'election', 'parliament', 'government', 'minister', 'labour', 'tory', 'tories', 'conservatives', 'democrats', 'republicans', 'referendum'],
    window: 5,
    ordered: true,
  },
  {
    id: 'platform.drugs.street-names',
    ...DRUGS,
    // "asks the man in the park for some snow"
    first: ['man in the park', 'man in the alley', 'guy in the alley', 'man on the corner', 'guy on the corner', 'dealer', 'older boys', 'older kids'],
    second: ['for some snow', 'some snow and', 'for some charlie', 'for some gear', 'for some white', 'for some weed', 'for some pills', 'for some green'],
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.drugs.dealing',
    ...DRUGS,
    first: ['buy', 'buys', 'buying', 'bought', 'sell', 'sells', 'selling', 'sold', 'deal', 'deals', 'dealing', 'hands out', 'handing out', 'delivers', 'delivering', 'delivered'],
    second: ['bags of pills', 'bag of pills', 'baggie', 'baggies', 'bags of powder', 'bag of powder', 'packages of powder', 'package of powder', 'packets of powder', 'packet of powder', 'bags of white', 'pills behind', 'pills to kids', 'pills to the kids', 'pills to students', 'pills in the alley', 'pills from a dealer', 'pills from a guy'],
    window: 4,
    ordered: true,
  },
  {
    // "measures white powder into tiny bags for his customers on the corner"
    id: 'platform.drugs.bagging',
    ...DRUGS,
    first: ['white powder', 'the powder', 'pills', 'the pills', 'crystals', 'weed'],
    second: ['tiny bags', 'little bags', 'small bags', 'baggies', 'ziplock bags', 'his customers', 'her customers', 'their customers', 'to customers', 'on the corner', 'street corner'],
    window: 8,
    ordered: true,
  },
  {
    // "argues that one race is naturally smarter than the others"
    id: 'platform.hate.supremacy',
    ...CONTEMPT,
    // A race as people, not the sack race.
    first: [...GROUP_TERMS.filter((group) => group !== 'race'), 'one race', 'races', 'their race', 'other races', 'some races', 'the white race', 'the black race'],
    second: [
      'naturally smarter', 'smarter than the others', 'smarter than other', 'smarter than everyone', 'naturally superior', 'superior to the others', 'superior to other', 'superior to all',
      'more intelligent than', 'less intelligent than', 'less evolved', 'genetically inferior', 'genetically superior', 'master race', 'born to rule', 'born to serve',
    ],
    window: 6,
    ordered: true,
  },
  {
    // "a grown man messages Pip every night, sends him gifts and asks for photos in his pyjamas"
    id: 'platform.sexual.grooming-secret',
    ...GROOMING,
    first: ADULTS,
    second: [
      // Photos asked for are grooming only with where they are taken ("asks for photos of the class trip" is fine).
      'photos in his pyjamas', 'photos in her pyjamas', 'pictures in his pyjamas', 'pictures in her pyjamas', 'photos in the bath', 'pictures in the bath', 'our little secret', 'their little secret', 'a little secret', 'our special secret', 'their special secret', 'come alone',
      'not to tell his parents', 'not to tell her parents', 'not to tell his mum', 'not to tell her mum', 'don t tell your parents', 'don t tell your mum', 'secret from his parents', 'secret from her parents',
    ],
    window: 14,
    ordered: true,
  },
  {
    // "takes off his clothes for the man with the camera"
    id: 'platform.sexual.undressed-for',
    ...GROOMING,
    first: ['off his clothes', 'off her clothes', 'undresses', 'undressing', 'strips', 'stripping'],
    second: ['for the man', 'for a man', 'for the camera', 'for the stranger', 'for the photographer', 'for his coach', 'for her coach', 'for the coach'],
    window: 3,
    ordered: true,
  },
  {
    // "makes the new kid eat dirt", "makes him kneel on rice all night"
    id: 'platform.violence.humiliation',
    ...CHILD_HARM,
    first: ['makes', 'made', 'making', 'forces', 'forced', 'forcing'],
    second: ['eat dirt', 'eat mud', 'eat sand', 'eat worms', 'lick the floor', 'lick the toilet', 'drink from the toilet', 'kneel on rice', 'kneel on broken glass', 'kneel on gravel', 'sleep in the shed', 'sleep in the kennel', 'sleep in the dog kennel'],
    window: 5,
    ordered: true,
  },
  {
    // "pushes the girl in the wheelchair down the hill and laughs"
    id: 'platform.violence.wheelchair-pushed',
    ...VIOLENCE,
    first: ['wheelchair', 'pram', 'pushchair', 'stroller', 'buggy'],
    second: ['down the hill and laughs', 'down the hill and lets go', 'down the stairs', 'into the road', 'into traffic', 'into the lake', 'into the river', 'off the pier', 'and lets go', 'lets go of it'],
    window: 6,
    ordered: true,
  },
  {
    // "starves his pet rabbit"
    id: 'platform.violence.animal-starved',
    ...ANIMAL_CRUELTY,
    first: ['starves', 'starved', 'starving', 'stops feeding', 'stopped feeding'],
    second: OWNED_ANIMALS,
    window: 1,
    ordered: true,
  },
  {
    // "gives him a gummy that makes the room melt"
    id: 'platform.drugs.tripping',
    ...DRUGS,
    first: ['gummy', 'gummies', 'a pill', 'a tab', 'mushroom', 'mushrooms', 'a brownie', 'a sugar cube', 'a stamp'],
    second: ['makes the room melt', 'the room melt', 'the walls melt', 'walls breathe', 'walls start breathing', 'walls start to breathe', 'colours start talking', 'colors start talking', 'hears colours', 'hears colors'],
    window: 8,
    ordered: true,
  },
  {
    // "builds a wall around the playground to keep the trailer park kids out"
    id: 'platform.hate.kept-out',
    ...CONTEMPT,
    first: ['keep', 'keeps', 'keeping', 'kept'],
    second: ['trailer park kids out', 'the trailer park kids out', 'poor kids out', 'the poor kids out', 'estate kids out', 'council estate kids out', 'refugee kids out', 'immigrant kids out', 'foreign kids out', 'gypsy kids out', 'traveller kids out', 'traveler kids out'],
    window: 2,
    ordered: true,
  },
  {
    // "gets a headshot on the mailman", "ragdolls the old lady with his car", "tea-bags the guy he knocked out"
    id: 'platform.violence.game-words',
    ...VIOLENCE,
    first: ['headshot on', 'headshots on', 'headshots', 'no-scopes', 'no scopes', 'noscopes', 'one-taps', 'ragdolls', 'ragdolled', 'tea-bags', 'tea bags', 'teabags', 'teabagging', 'fatality on'],
    second: PEOPLE,
    window: 2,
    ordered: true,
  },
  {
    // "black coffee and nothing else for a week, proud", "a purge after dinner so the scale goes down"
    id: 'platform.self-harm.disordered-eating',
    ...SELF_HARM,
    first: ['black coffee and nothing else', 'nothing but black coffee', 'only black coffee', 'a purge', 'purges', 'purging', 'makes himself sick', 'makes herself sick', 'fingers down his throat', 'fingers down her throat'],
    second: ['for a week', 'for days', 'for weeks', 'all week', 'proud', 'after dinner', 'after eating', 'after every meal', 'after lunch', 'the scale', 'lose weight', 'thinner', 'calories'],
    window: 8,
    ordered: true,
  },
  {
    // "a steamy shower scene": steam in a bathroom is fine, a steamy scene is not.
    id: 'platform.suggestive.steamy',
    ...SUGGESTIVE,
    first: ['steamy'],
    second: ['shower scene', 'bath scene', 'scene', 'love scene', 'bedroom scene', 'romance', 'kiss', 'night together'],
    window: 2,
    ordered: true,
  },
  {
    // "little pills with smiley faces", "the brownies are the special kind"
    id: 'platform.drugs.smiley-pills',
    ...DRUGS,
    first: ['pills', 'tablets', 'brownies', 'brownie', 'cookies', 'gummies'],
    second: ['smiley faces', 'smileys', 'stamped with', 'the special kind', 'the funny kind', 'the adult kind', 'the grown-up kind'],
    window: 4,
    ordered: true,
  },
  {
    // "rolling at the rave, jaw clenching": on ecstasy, not rolling down a hill.
    id: 'platform.drugs.rolling',
    ...DRUGS,
    first: ['rolling', 'rolls', 'rolling hard'],
    second: ['at the rave', 'at a rave', 'jaw clenching', 'clenching his jaw', 'clenching her jaw'],
    window: 3,
    ordered: true,
  },
  {
    // "chasing the dragon with a bit of foil": heroin, not a dragon in a game.
    id: 'platform.drugs.chasing-the-dragon',
    ...DRUGS,
    first: ['chasing the dragon', 'chases the dragon', 'chase the dragon', 'chased the dragon'],
    second: ['foil', 'tin foil', 'a lighter', 'in a squat', 'heroin', 'smack'],
    window: 8,
    ordered: true,
  },
  {
    // "a t-shirt that reads 13/50, he points at a black kid": a racist statistic, not a test score.
    id: 'platform.hate.thirteen-fifty',
    ...CONTEMPT,
    first: ['13 50'],
    second: ['black', 'blacks', 'black kid', 'black man', 'black people', 'crime', 'crimes', 'murders', 'statistics'],
    window: 8,
  },
  {
    // "writes ZOG on the school wall": the antisemitic slogan, not the children's book dragon.
    id: 'platform.hate.zog',
    ...CONTEMPT,
    first: ['zog'],
    second: ['on the wall', 'on the school wall', 'on the door', 'on the synagogue', 'graffiti', 'government', 'occupied'],
    window: 5,
    ordered: true,
  },
  {
    id: 'platform.violence.stoning',
    ...VIOLENCE,
    first: ['throws rocks', 'throws stones', 'throwing rocks', 'throwing stones', 'threw rocks', 'threw stones', 'hurls rocks', 'hurls stones', 'hurling rocks', 'hurling stones', 'pelts', 'pelting', 'throws bricks', 'throwing bricks', 'throws bottles', 'throwing bottles'],
    second: [
      'at his face', 'at her face', 'at his head', 'at her head', 'at their faces', 'at him', 'at her', 'at them', 'at people', 'at the people', 'at a boy', 'at the boy',
      'at a girl', 'at the girl', 'at a man', 'at the man', 'at a woman', 'at the woman', 'at a child', 'at the child', 'at the kid', 'at a kid', 'at the dog', 'at a dog', 'at the cat', 'at a cat',
    ],
    window: 2,
    ordered: true,
  },
  {
    id: 'platform.violence.tied-up',
    ...VIOLENCE,
    first: ['ties', 'tied', 'tying', 'chains', 'chained', 'chaining', 'tapes', 'taped', 'straps', 'strapped'],
    second: ['a boy to', 'the boy to', 'a girl to', 'the girl to', 'a child to', 'the child to', 'a kid to', 'the kid to', 'a man to', 'the man to', 'a woman to', 'the woman to', 'him to a', 'her to a', 'the prisoner to', 'a prisoner to',
      'his little brother to', 'his little sister to', 'her little brother to', 'her little sister to', 'his brother to', 'his sister to', 'her brother to', 'her sister to', 'the baby to'],
    window: 2,
    ordered: true,
  },
  {
    id: 'platform.suggestive.unbutton',
    ...SUGGESTIVE,
    first: ['slowly', 'seductively', 'teasingly', 'sensually', 'sexily'],
    second: ['unbuttons her', 'unbuttoning her', 'unbuttons his shirt', 'unzips her', 'unzipping her', 'undoes her', 'undoing her', 'unhooks her', 'unhooking her', 'peels off her', 'peeling off her', 'takes off her', 'taking off her', 'pulls off her'],
    window: 4,
  },
  {
    // A group chased out: the verb is fixed to the group, so "Pip walks the old people out of the
    // park" is not, nor are words that say what a group is but also describe animals ("chases the
    // poor mouse out of the kitchen").
    id: 'platform.hate.driven-out',
    ...CONTEMPT,
    first: ['chase', 'chases', 'chased', 'chasing', 'drive', 'drives', 'drove', 'driving', 'run', 'runs', 'kick', 'kicks', 'kicked', 'kicking', 'force', 'forces', 'forced'].flatMap((verb) =>
      GROUP_TERMS.filter((group) => !['poor', 'fat', 'blind', 'deaf', 'foreign', 'overweight', 'obese'].includes(group)).flatMap((group) => [`${verb} ${group}`, `${verb} the ${group}`]),
    ),
    second: ['out of'],
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.violence.animal-in-appliance',
    ...ANIMAL_CRUELTY,
    first: ANIMALS,
    second: ['in the microwave', 'into the microwave', 'in the oven', 'into the oven', 'in the freezer', 'into the freezer', 'in the washing machine', 'into the washing machine', 'in the dryer', 'in the tumble dryer', 'in the blender', 'into the blender'],
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.horror.toy-teeth',
    ...HORROR,
    first: ['teddy', 'teddy bear', 'stuffed animal', 'plush', 'plushie', 'toy', 'doll', 'dolls', 'puppet'],
    second: ['real teeth', 'sharp teeth', 'rows of teeth', 'human teeth', 'chewing on his', 'chewing on her', 'chews on his fingers', 'chews on her fingers', 'bites off his', 'bites off her'],
    window: 8,
  },
  {
    id: 'platform.suggestive.oiled',
    ...SUGGESTIVE,
    first: ['oiled up', 'oiled-up', 'glistening', 'tiny swim briefs', 'tiny briefs', 'skimpy briefs'],
    second: ['flexing for', 'posing for', 'for the girls', 'for the ladies', 'for the boys', 'for the camera', 'seductively', 'provocatively'],
    window: 6,
  },
  {
    id: 'platform.hate.desecration',
    ...CONTEMPT,
    first: ["pig's head", 'pigs head', 'pig head', 'pig heads', 'pork', 'bacon', 'swastika', 'swastikas'],
    second: ['mosque', 'mosques', 'synagogue', 'synagogues', 'rabbi', 'imam', 'temple', 'gurdwara'],
    window: 8,
  },
  {
    id: 'platform.drugs.huffing',
    ...DRUGS,
    first: ['sniff', 'sniffs', 'sniffing', 'sniffed', 'huff', 'huffs', 'huffing', 'huffed', 'inhale', 'inhales', 'inhaling', 'inhaled'],
    second: ['paint thinner', 'thinner', 'glue', 'petrol', 'gasoline', 'lighter fluid', 'aerosol', 'spray can', 'nitrous', 'laughing gas', 'whippets', 'solvent', 'solvents'],
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.violence.run-through',
    ...VIOLENCE,
    // "holding a pitchfork through the farmer pinned to the barn door"
    first: ['pitchfork', 'spear', 'sword', 'knife', 'arrow', 'stake', 'spike', 'harpoon', 'bayonet', 'machete', 'crossbow bolt'],
    second: ['through the farmer', 'through the man', 'through the woman', 'through the boy', 'through the girl', 'through the child', 'through his chest', 'through her chest', 'through his heart', 'through her heart', 'through his neck', 'through her neck', 'through his head', 'through her head', 'through his body', 'through her body'],
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.self-harm.cut-marks',
    ...SELF_HARM,
    // "forearms covered in fresh neat cuts": cuts in rows are not a bramble's scratches.
    first: ['fresh neat cuts', 'neat cuts', 'neat little cuts', 'rows of cuts', 'lines of cuts', 'parallel cuts', 'fresh cuts', 'neat scars', 'rows of scars', 'parallel scars', 'self harm scars', 'self-harm scars'],
    second: ['arm', 'arms', 'forearm', 'forearms', 'wrist', 'wrists', 'thigh', 'thighs'],
    window: 6,
  },
  {
    id: 'platform.sexual.creep-photos',
    ...SEXUAL,
    // "a man taking photos of the little girls in their swimsuits from behind a pillar"
    first: ['a man taking photos of', 'a man takes photos of', 'a man photographing', 'a man photographs', 'a man filming', 'a man films', 'a stranger taking photos of', 'a stranger takes photos of', 'a stranger photographing', 'a stranger filming', 'a stranger films', 'secretly taking photos of', 'secretly takes photos of', 'secretly photographing', 'secretly photographs', 'secretly filming', 'secretly films'],
    second: ['little girls', 'little boys', 'young girls', 'schoolgirls', 'girls in their swimsuits', 'boys in their swimsuits', 'kids in their swimsuits', 'children in their swimsuits', 'girls in swimsuits', 'children in swimsuits'],
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.violence.head-in',
    ...VIOLENCE,
    first: ['bash', 'bashes', 'bashed', 'bashing', 'smash', 'smashes', 'smashed', 'smashing', 'kick', 'kicks', 'kicked', 'kicking', 'cave', 'caves', 'caved', 'caving', 'stove', 'stoves'],
    second: ['head in', 'skull in', 'face in', 'brains in', 'brains out'],
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.violence.blow-to',
    ...VIOLENCE,
    first: ['kicks', 'kicked', 'kicking', 'punches', 'punched', 'punching', 'stomps', 'stomped', 'stomping', 'knees', 'kneed'],
    second: ['in the stomach', 'in the belly', 'in the face', 'in the head', 'in the ribs', 'in the teeth', 'in the groin', 'in the throat'],
    window: 5,
    ordered: true,
  },
  {
    id: 'platform.violence.bound',
    ...VIOLENCE,
    first: ['man', 'woman', 'boy', 'girl', 'child', 'kid', 'him', 'her', 'person', 'prisoner', 'hostage', 'fox', 'robot', 'someone'],
    second: ['tied to a chair', 'taped to a chair', 'duct taped to a chair', 'chained to a chair', 'strapped to a chair', 'tied to the chair', 'taped to the chair', 'chained to the chair', 'strapped to the chair', 'tied up in the basement', 'tied up in a basement'],
    window: 2,
    ordered: true,
  },
  {
    id: 'platform.violence.broken-bones',
    ...VIOLENCE,
    first: ['smash', 'smashes', 'smashing', 'smashed', 'break', 'breaks', 'breaking', 'shatter', 'shatters', 'shattering', 'crush', 'crushes', 'crushing'],
    second: [
      'his knees', 'her knees', 'the knees', 'his kneecaps', 'her kneecaps', 'his fingers', 'her fingers', 'his legs', 'her legs', 'his ribs', 'her ribs', 'his jaw', 'her jaw', 'his skull', 'her skull',
      'its legs', 'its leg', 'its wings', 'its wing', ...ANIMALS.flatMap((animal) => [`${animal} s legs`, `${animal} s leg`, `${animal} s wings`, `${animal} s wing`]),
    ],
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.violence.dropped-on',
    ...VIOLENCE,
    first: ['drops a brick', 'drops a rock', 'drops a stone', 'drops a cinder block', 'drops a concrete block', 'dropping a brick', 'dropping a rock', 'dropped a brick', 'dropped a rock'],
    second: ['head', 'on the dog', 'on the cat', 'on him', 'on her', 'on the baby', 'on the man', 'on the woman', 'on the child'],
    window: 9,
    ordered: true,
  },
  {
    id: 'platform.violence.scalding',
    ...VIOLENCE,
    first: ['pours boiling water', 'poured boiling water', 'pouring boiling water', 'throws boiling water', 'threw boiling water', 'throwing boiling water', 'pours hot oil', 'throws hot oil', 'pours scalding water'],
    second: ['him', 'her', 'them', 'brother', 'sister', 'baby', 'cat', 'dog', 'child', 'kid', 'friend', 'face', 'man', 'woman', 'boy', 'girl', 'puppy', 'kitten'],
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.violence.firing-line',
    ...VIOLENCE,
    first: ['villagers', 'prisoners', 'civilians', 'hostages', 'people', 'men', 'women', 'children', 'family', 'families', 'refugees'],
    second: ['up against the wall', 'against the wall and shoots', 'against a wall and shoots', 'in front of a ditch', 'at the edge of the pit'],
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.violence.ambush',
    ...VIOLENCE,
    first: ['waits behind the door', 'waiting behind the door', 'hides behind the door', 'hiding behind the door', 'lies in wait', 'lying in wait', 'waits in the dark', 'waiting in the dark', 'hides in the bushes', 'hiding in the bushes',
      'waits outside her house', 'waits outside his house', 'waits outside their house', 'waiting outside her house', 'waiting outside his house'],
    second: ['with a hammer', 'with a bat', 'with a baseball bat', 'with a crowbar', 'with a brick', 'with a rock', 'with a knife', 'with an axe', 'with a frying pan', 'with a wrench', 'with a pipe'],
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.horror.reaching-hand',
    ...HORROR,
    first: ['hand', 'hands', 'fingers', 'claw', 'claws', 'tentacle', 'tentacles'],
    second: [
      'out of the mattress', 'out of the bed', 'out of the floor', 'out of the sofa', 'out of the walls', 'out of the ceiling',
      'out of the drain', 'out of the bathtub drain', 'out of the toilet', 'out of the bathtub', 'out of the grave', 'out of the mirror', 'out of the well', 'out of the wall',
      'out of the dark', 'out of the ground', 'from the drain', 'from the toilet', 'grabs his ankle', 'grabs her ankle', 'grabs pip s ankle',
    ],
    window: 5,
    ordered: true,
  },
  {
    id: 'platform.horror.slasher',
    ...HORROR,
    first: ['sack over his head', 'sack over her head', 'bag over his head', 'burlap sack', 'burlap mask', 'hockey mask', 'mask made of skin', 'mask of skin'],
    second: ['hook', 'rusty hook', 'machete', 'chainsaw', 'cleaver', 'axe', 'knife', 'cornfield', 'meat hook', 'stands still', 'staring'],
    window: 8,
  },
  {
    id: 'platform.self-harm.exhaust',
    ...SELF_HARM,
    first: ['engine running', 'car running', 'motor running', 'engine on'],
    second: ['garage door shut', 'garage door closed', 'door shut', 'door closed', 'closed garage', 'in the garage', 'hose from the exhaust', 'hose in the window'],
    window: 8,
  },
  {
    id: 'platform.drugs.cooking',
    ...DRUGS,
    first: ['melts something', 'melting something', 'cooks something', 'cooking something', 'heats something', 'heating something', 'melts the powder', 'cooks the powder'],
    second: ['on a spoon', 'on the spoon', 'in a spoon', 'in the spoon'],
    window: 2,
    ordered: true,
  },
  {
    id: 'platform.suggestive.school-uniform',
    ...SUGGESTIVE,
    first: ['short school uniform', 'short school skirt', 'school uniform skirt', 'schoolgirl uniform', 'schoolgirl skirt'],
    second: ['teacher s desk', 'on the desk', 'on the teacher', 'crossing her legs', 'biting her lip', 'sultry', 'seductive', 'seductively', 'bending over'],
    window: 8,
  },
  {
    id: 'platform.hate.hooded-march',
    ...CONTEMPT,
    first: ['white hood', 'white hoods', 'pointed hood', 'pointed hoods', 'white robes'],
    second: ['burning torch', 'burning torches', 'torches', 'burning cross', 'black neighbourhood', 'black neighborhood', 'black family', 'black church'],
    window: 8,
  },
  {
    id: 'platform.hate.unveiled',
    ...CONTEMPT,
    first: ['pulls', 'pulled', 'pulling', 'rips', 'ripped', 'ripping', 'tears', 'tore', 'tearing', 'yanks', 'yanked', 'yanking', 'snatches', 'snatched', 'knocks', 'knocked'],
    second: ['hijab off', 'the hijab off', 'her hijab off', 'headscarf off', 'the headscarf off', 'her headscarf off', 'turban off', 'his turban off', 'the turban off', 'kippah off', 'his kippah off', 'yarmulke off', 'his yarmulke off', 'veil off', 'her veil off'],
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.violence.trap',
    ...VIOLENCE,
    first: ['bear trap', 'bear traps', 'tripwire', 'trip wire', 'broken glass', 'razor blades', 'rusty nails', 'rat poison', 'snare', 'snares'],
    second: ['caught by the neck', 'by its neck', 'the cat gets caught', 'the dog gets caught', 'where the kids play', 'where kids play', 'where the children play', 'for the kids', 'for the children', 'for his sister', 'for his brother', 'for the neighbours', 'for the neighbors', 'in the playground', 'in the sandpit', 'in the sandbox'],
    window: 8,
  },
  {
    id: 'platform.horror.uncanny-animal',
    ...HORROR,
    first: ['walks on its hind legs', 'walking on its hind legs', 'stands on its hind legs', 'standing on its hind legs', 'walks upright', 'walking upright'],
    second: ['window', 'human face', 'human teeth', 'human voice', 'smiling', 'grinning', 'staring'],
    window: 10,
  },
  {
    id: 'platform.self-harm.piercing',
    ...SELF_HARM,
    first: ['pokes', 'poking', 'jabs', 'jabbing', 'sticks', 'sticking', 'digs', 'digging', 'presses', 'pressing', 'pushes', 'pushing'],
    second: ['into his leg', 'into her leg', 'into his arm', 'into her arm', 'into his skin', 'into her skin', 'into his thigh', 'into her thigh', 'into his hand', 'into her hand', 'into his wrist', 'into her wrist'],
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.drugs.slang',
    ...DRUGS,
    first: ['pops', 'popping', 'popped', 'takes', 'took', 'taking', 'drops', 'dropped', 'dropping', 'swallows', 'swallowed', 'does', 'doing'],
    second: ['a molly', 'some molly', 'molly at', 'a tab', 'a tab of', 'some tabs', 'a bean', 'a few beans', 'a pill at the rave', 'pills at the rave', 'pills at the club', 'a pill at the club'],
    window: 2,
    ordered: true,
  },
  {
    id: 'platform.violence.struck-down',
    ...VIOLENCE,
    first: ['shovel', 'bat', 'hammer', 'crowbar', 'brick', 'rock', 'pipe', 'club', 'whacks', 'bashes', 'clubs'],
    second: ['goes limp', 'went limp', 'never gets up', 'doesn t get up', 'does not get up', 'falls dead', 'drops dead'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.hate.caricature',
    ...CONTEMPT,
    first: ['hook nosed', 'hooknosed', 'big nosed', 'hook nose', 'hooked nose'],
    second: ['banker', 'bankers', 'jew', 'jews', 'jewish', 'moneylender', 'moneylenders', 'counting gold', 'counting money', 'counting coins', 'gold coins', 'greedy', 'rabbi', 'rabbis', 'money bags', 'moneybags'],
    window: 6,
  },
  {
    // The nose drawn onto a Jewish face: the drawing is the caricature ("a big nose on a picture of a Jewish banker").
    id: 'platform.hate.caricature-drawn',
    ...CONTEMPT,
    first: ['big nose', 'big noses', 'huge nose', 'giant nose', 'long nose', 'crooked nose'],
    second: ['jew', 'jews', 'jewish', 'rabbi', 'rabbis'],
    window: 8,
  },
  {
    id: 'platform.self-harm.shoes-left',
    ...SELF_HARM,
    first: ['shoes left neatly', 'shoes neatly', 'left his shoes neatly', 'left her shoes neatly', 'shoes placed neatly', 'shoes lined up neatly', 'shoes side by side'],
    second: ['edge', 'ledge', 'bridge', 'roof', 'railing', 'cliff', 'car park', 'platform'],
    window: 8,
  },
  {
    id: 'platform.violence.by-the-hair',
    ...VIOLENCE,
    first: ['grabs', 'grabbed', 'grabbing', 'drags', 'dragged', 'dragging', 'yanks', 'yanked', 'yanking', 'pulls', 'pulled', 'pulling'],
    second: ['by the hair', 'by her hair', 'by his hair', 'by their hair'],
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.violence.wings-off',
    ...ANIMAL_CRUELTY,
    first: ['rips', 'ripped', 'ripping', 'pulls', 'pulled', 'pulling', 'tears', 'tore', 'tearing', 'plucks', 'plucked', 'plucking'],
    second: ['wings off', 'the wings off', 'its wings off', 'their wings off', 'the legs off', 'its legs off', 'their legs off'],
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.violence.pet-neglect',
    ...ANIMAL_CRUELTY,
    first: [...ANIMALS, 'fish', 'goldfish bowl', 'fish bowl', 'fishbowl'],
    second: ['on the radiator', 'leaves for the weekend', 'leaves it for the weekend', 'forgets to feed it for', 'without food', 'without water', 'chained in the snow', 'chained up in the snow', 'chained in the yard', 'left in a hot car', 'locked in a hot car', 'watches the fish flop', 'off the table and watches', 'flushes it down the toilet', 'in a shoebox in the dark', 'in a box in the dark', 'pokes it with a stick', 'pokes it with sticks'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.horror.unseen-company',
    ...HORROR,
    first: ['talks to someone', 'talking to someone', 'talks to something', 'talking to something', 'whispers to someone', 'whispering to someone', 'waves to someone', 'plays with someone'],
    second: ['empty corner', 'nobody is there', 'no one is there', 'nobody there', 'no one there', 'empty room'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.horror.watcher',
    ...HORROR,
    first: ['figure', 'man', 'woman', 'someone', 'something', 'shape', 'shadow'],
    second: ['stands motionless', 'standing motionless', 'stands perfectly still', 'standing perfectly still', 'at the end of every hallway', 'watching him sleep', 'watching her sleep', 'watches him sleep', 'watches her sleep'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.violence.tampered-food',
    ...VIOLENCE,
    first: ['puts glass', 'put glass', 'putting glass', 'broken glass', 'puts poison', 'put poison', 'putting poison', 'puts bleach', 'put bleach', 'putting bleach', 'razor blades', 'sewing needles', 'puts pins', 'rat poison'],
    second: ['sandwich', 'food', 'drink', 'soup', 'cake', 'lunch', 'cereal', 'tea', 'coffee', 'juice', 'dinner', 'sweets', 'candy', 'shoes', 'shoe', 'slippers', 'his bed', 'her bed'],
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.violence.creeping-in',
    ...VIOLENCE,
    first: ['sneaks into the nursery', 'creeps into the nursery', 'sneaks into the baby s room', 'creeps into the baby s room', 'sneaks into his room', 'sneaks into her room', 'creeps into his room', 'creeps into her room', 'sneaks into their room'],
    second: ['with scissors', 'with a knife', 'with a pillow', 'with a hammer', 'with a needle', 'with an axe', 'with a razor'],
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.self-harm.ligature',
    ...SELF_HARM,
    first: ['ties his scarf', 'ties her scarf', 'ties a scarf', 'ties his belt', 'ties her belt', 'ties a belt', 'ties a rope', 'ties a cord', 'ties the cord', 'ties his tie', 'ties a sheet', 'ties the sheet'],
    second: ['to the bunk bed', 'to the bed frame', 'to the door handle', 'to the doorknob', 'to the ceiling', 'to the banister', 'to the beam', 'and leans forward'],
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.violence.pushed-away',
    ...VIOLENCE,
    first: ['wheelchair', 'pram', 'pushchair', 'stroller', 'buggy'],
    second: ['and lets go', 'lets it go', 'down the stairs', 'into the road', 'into the river', 'into the lake', 'into traffic', 'into the canal'],
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.violence.doused',
    ...VIOLENCE,
    first: ['pours petrol', 'pouring petrol', 'poured petrol', 'pours gasoline', 'pouring gasoline', 'pours lighter fluid', 'douses', 'dousing', 'doused'],
    second: ['man', 'woman', 'him', 'her', 'person', 'boy', 'girl', 'child', 'homeless', 'sleeping', 'dog', 'cat', 'people'],
    window: 5,
    ordered: true,
  },
  {
    id: 'platform.sexual.caught',
    ...SEXUAL,
    first: ['trousers down', 'pants down', 'knickers down'],
    second: ['wife', 'husband', 'girlfriend', 'boyfriend', 'neighbour', 'neighbor', 'in bed', 'in the bedroom', 'mistress'],
    window: 6,
  },
  {
    id: 'platform.self-harm.swallowed',
    ...SELF_HARM,
    first: ['swallows', 'swallowing', 'swallowed', 'eats', 'eating', 'drinks', 'drinking'],
    second: ['batteries', 'a battery', 'handful of batteries', 'bleach', 'razor blades', 'nails', 'pins', 'to make the pain stop', 'so the pain stops'],
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.violence.held-under',
    ...VIOLENCE,
    first: ['holds the puppy under', 'holds the dog under', 'holds the kitten under', 'holds the cat under', 'holds his head under', 'holds her head under', 'holds him under', 'holds her under', 'holding his head under', 'holding her head under'],
    second: ['paddling pool', 'pool', 'bath', 'bathtub', 'water', 'pond', 'river', 'sink', 'lake'],
    window: 8,
  },
  {
    id: 'platform.violence.poison-as-treat',
    ...VIOLENCE,
    first: ['laundry pod', 'laundry pods', 'dishwasher tablet', 'bleach', 'rat poison', 'antifreeze', 'pills', 'weed killer'],
    second: ['it s a sweet', 'it is a sweet', 'it s candy', 'it is candy', 'it s a treat', 'it is a treat', 'it s juice', 'it is juice', 'it s a sweetie'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.violence.neglected-baby',
    ...VIOLENCE,
    first: ['baby', 'babies', 'little sister', 'little brother', 'toddler', 'newborn'],
    second: ['lets her cry for hours', 'lets him cry for hours', 'lets her cry', 'lets him cry', 'go hungry', 'goes hungry', 'doesn t catch him', 'doesn t catch her', 'does not catch him', 'does not catch her', 'drops him on his head', 'drops her on her head'],
    window: 10,
    ordered: true,
  },
  {
    id: 'platform.sexual.flashing',
    ...SEXUAL,
    first: ['flashing the', 'flashes the', 'flashed the'],
    second: ['girls', 'women', 'kids', 'children', 'strangers', 'schoolgirls'],
    window: 2,
    ordered: true,
  },
  {
    id: 'platform.self-harm.red-bath',
    ...SELF_HARM,
    first: ['razor', 'razor blade', 'blade', 'knife'],
    second: ['water turning red', 'water turns red', 'the water red', 'red water', 'bath turning red', 'bath turns red'],
    window: 10,
  },
  {
    id: 'platform.violence.torn-apart',
    ...ANIMAL_CRUELTY,
    first: ANIMALS,
    second: ['tear it apart', 'tears it apart', 'tore it apart', 'tearing it apart', 'rip it apart', 'rips it apart', 'ripped it apart', 'ripping it apart'],
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.self-harm.weighted',
    ...SELF_HARM,
    first: ['stones in his pockets', 'stones in her pockets', 'rocks in his pockets', 'rocks in her pockets', 'stones in their pockets'],
    second: ['sea', 'river', 'lake', 'the water', 'the waves'],
    window: 10,
  },
  {
    id: 'platform.drugs.chasing',
    ...DRUGS,
    first: ['chasing the dragon', 'chase the dragon', 'chases the dragon'],
    second: ['foil', 'tin foil', 'lighter', 'heroin', 'smack', 'spoon', 'straw'],
    window: 6,
  },
  {
    id: 'platform.violence.stamped-on',
    ...VIOLENCE,
    first: ['stamps on', 'stamped on', 'stamping on', 'stomps on', 'stomped on', 'stomping on'],
    second: ['his', 'her', 'their'].flatMap((d) => ['ribs', 'head', 'face', 'chest', 'hands', 'fingers', 'neck', 'stomach'].map((part) => `${d} ${part}`)),
    window: 2,
    ordered: true,
  },
  {
    // Ordered: "a horse kicks up its legs at another horse" is horses at play.
    id: 'platform.violence.kicked-animal',
    ...ANIMAL_CRUELTY,
    first: ['kicks', 'kick'],
    second: ANIMALS,
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.violence.animal-bound',
    ...ANIMAL_CRUELTY,
    first: ANIMALS.flatMap((animal) => [`${animal} s legs`, `${animal} s paws`, `${animal} s mouth`]),
    second: ['together', 'tied', 'taped', 'taped shut'],
    window: 4,
    ordered: true,
  },
  {
    // "burns the cat", "clubs a seal pup": the verb right before the animal ("golf clubs" never has one after it).
    id: 'platform.violence.animal-burned',
    ...ANIMAL_CRUELTY,
    first: ['burns', 'burned', 'burnt', 'burning', 'clubs', 'clubbed', 'clubbing'],
    second: OWNED_ANIMALS,
    window: 1,
    ordered: true,
  },
  {
    id: 'platform.violence.animal-set-on-fire',
    ...ANIMAL_CRUELTY,
    first: ['sets fire to', 'set fire to', 'setting fire to'],
    second: OWNED_ANIMALS,
    window: 3,
    ordered: true,
  },
  {
    // Lines of powder, not an actor's lines: where they are done off.
    id: 'platform.drugs.lines-off',
    ...DRUGS,
    first: ['doing lines', 'does lines', 'did lines', 'doing a line', 'does a line', 'snorting lines', 'snorts lines', 'racks up lines', 'racking up lines'],
    second: ['off the', 'off a', 'off her', 'off his', 'counter', 'mirror', 'toilet', 'banknote', 'rolled up note', 'credit card'],
    window: 4,
    ordered: true,
  },
  {
    // Sabotage: bolts loosened on a ride, not a shelf taken down.
    id: 'platform.violence.sabotage',
    ...VIOLENCE,
    first: ['loosens the bolts', 'loosened the bolts', 'loosens the wheel', 'loosens the wheels', 'loosened the wheel', 'loosens the wheel nuts', 'loosens the screws', 'loosened the screws'],
    second: ['bike', 'car', 'skateboard', 'scooter', 'go kart', 'ladder', 'climbing frame'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.violence.left-in-a-hot-car',
    ...CHILD_HARM,
    first: ['leaves', 'left', 'leaving', 'locks', 'locked'].flatMap((verb) => ['the baby', 'a baby', 'his baby', 'her baby', 'the toddler', 'his little sister', 'his little brother', 'the dog', 'the puppy'].map((who) => `${verb} ${who}`)),
    second: ['in the hot car', 'in a hot car', 'windows up', 'windows shut', 'windows closed'],
    window: 8,
    ordered: true,
  },
  {
    // Someone else's head pushed under, not a swimmer's own.
    id: 'platform.violence.head-pushed-under',
    ...VIOLENCE,
    first: ['pushes', 'pushed', 'pushing', 'holds', 'held', 'holding', 'shoves', 'shoved', 'forces', 'forced'].flatMap((verb) =>
      ['his friend s head', 'her friend s head', 'his brother s head', 'his sister s head', 'her brother s head', 'her sister s head', 'the boy s head', 'the girl s head', 'the kid s head'].map((who) => `${verb} ${who}`),
    ),
    second: ['under the water', 'under water', 'underwater', 'under the surface'],
    window: 5,
    ordered: true,
  },
  {
    // A toy laser goes "pew pew" at a target; at people it is a gun (with "the opps", drill slang for rivals).
    id: 'platform.violence.pew-pew',
    ...VIOLENCE,
    first: ['pew pew'],
    second: ['at the kids', 'at kids', 'at the children', 'at people', 'at the people', 'at his classmates', 'at her classmates', 'at the crowd', 'at the teacher', 'at everyone', 'at the school', 'at the opps'],
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.violence.opps',
    ...VIOLENCE,
    first: ['opp', 'opps'],
    second: ['hospital', 'strap', 'straps', 'smoke', 'smoked', 'spin the block', 'slide on', 'pull up on', 'pulls up on', 'waistband', 'shot', 'shoots', 'stab', 'stabs', 'opp block'],
    window: 6,
  },
  {
    id: 'platform.violence.strap',
    ...VIOLENCE,
    first: ['strap', 'a strap', 'the strap'],
    second: ['in his waistband', 'in her waistband', 'in the waistband', 'tucked in his', 'on his hip', 'loaded'],
    window: 3,
    ordered: true,
  },
  {
    // Pictures asked for in private messages; a mum asking for holiday pictures is not this.
    id: 'platform.sexual.pics-in-dms',
    ...SEXUAL,
    first: ['dms', 'dm', 'snapchat', 'snap', 'slides into', 'sliding into', 'slid into', 'texts her', 'texting her', 'messages her', 'messaging her'],
    second: ['asking for pics', 'asks for pics', 'ask for pics', 'for pics', 'send pics', 'sends pics', 'for a pic', 'send a pic'],
    window: 6,
  },
  {
    // The emoji pair, not the fruit (lists/emoji.ts reads 🍆 as "eggplant emoji").
    id: 'platform.sexual.emoji',
    ...SEXUAL,
    first: ['eggplant emoji', 'peach emoji'],
    second: ['sweat drops emoji'],
    window: 3,
  },
  {
    id: 'platform.drugs.snow-sniffed',
    ...DRUGS,
    first: ['on the snow', 'some snow', 'the snow', 'bag of snow', 'line of snow', 'lines of snow'],
    second: ['snorting', 'snorts', 'snorted', 'up his nose', 'up her nose', 'rolled up note', 'off the toilet'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.violence.brick-through-a-window',
    ...VIOLENCE,
    first: ['throws', 'threw', 'throwing', 'hurls', 'hurled', 'chucks', 'lobs'].flatMap((verb) => ['a brick', 'a rock', 'a stone', 'bricks', 'rocks', 'stones'].map((thing) => `${verb} ${thing}`)),
    second: ['through the window', 'through his window', 'through her window', 'through their window', 's window', 'at his head', 'at her head', 'at the car', 'at the bus', 'at him', 'at her', 'at them', 'at people'],
    window: 8,
    ordered: true,
  },
  {
    // "picks up a brick and throws it through the window": the thing first, then "it".
    id: 'platform.violence.brick-thrown-through',
    ...VIOLENCE,
    first: ['a brick', 'bricks', 'a rock', 'a stone'],
    second: ['throws it through', 'threw it through', 'hurls it through', 'chucks it through', 'throws it at his', 'throws it at her', 'throws it at him', 'throws it at the old'],
    window: 6,
    ordered: true,
  },
  {
    // The white-supremacist chant, marched or written on signs.
    id: 'platform.hate.replacement-chant',
    ...CONTEMPT,
    first: ['chanting', 'chant', 'chants', 'chanted', 'shouting', 'shouts', 'sign', 'signs', 'banner', 'banners', 'tiki torches', 'torches', 'march', 'marching', 'rally'],
    second: ['will not be replaced', 'will not replace us', 'won t replace us', 'great replacement', 'white genocide'],
    window: 12,
  },
  {
    // Horror in everyday words: the tropes, each a pair ("his mum calling from the kitchen" + "his mum is behind him").
    id: 'platform.horror.two-of-them',
    ...HORROR,
    first: FAMILY.flatMap((who) => [`${who} calling from`, `${who} calls from`, `${who} s voice from`]),
    second: FAMILY.flatMap((who) => [`${who} is standing right behind`, `${who} is standing behind`, `${who} is right behind`, `${who} was behind`, `${who} was standing behind`]),
    window: 12,
    ordered: true,
  },
  {
    id: 'platform.horror.someone-in-the-corner',
    ...HORROR,
    first: ['not to look at', 'don t look at', 'never look at', 'pretends not to see', 'pretend not to see', 'nobody else can see', 'no one else can see'],
    second: ['man in the corner', 'man standing in the corner', 'woman in the corner', 'woman standing in the corner', 'figure in the corner', 'lady in the corner', 'thing in the corner', 'man at the window', 'woman at the window'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.horror.one-too-many',
    ...HORROR,
    first: ['counts', 'counting', 'counted', 'there are', 'there is'],
    second: ['one more than there should be', 'one more than there should', 'one more person than', 'one person too many', 'one more chair than', 'one more shadow'],
    window: 10,
    ordered: true,
  },
  {
    id: 'platform.horror.creeping-closer',
    ...HORROR,
    first: ['teddy', 'teddy bear', 'doll', 'dolls', 'statue', 'statues', 'scarecrow', 'mannequin', 'mannequins', 'clown'],
    second: ['closer every', 'closer each', 'closer to his bed every', 'closer to her bed every', 'nearer every', 'nearer each', 'moved on its own', 'moves on its own', 'moved by itself', 'moves by itself'],
    window: 10,
    ordered: true,
  },
  {
    id: 'platform.horror.watchers',
    ...HORROR,
    first: ['standing silently', 'stand silently', 'standing still', 'standing motionless', 'silently standing', 'all standing'],
    second: ['staring at his window', 'staring at her window', 'staring at the house', 'staring at his house', 'staring at her house', 'staring into his room', 'staring into her room', 'staring through the window', 'staring at his bedroom', 'staring at her bedroom'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.horror.double',
    ...HORROR,
    first: ['under the bed', 'in the closet', 'in the wardrobe', 'in the attic', 'in the basement', 'in the cellar', 'behind the door'],
    second: ['himself looking back', 'herself looking back', 'himself staring back', 'herself staring back', 'another him', 'another her', 'his double', 'her double'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.violence.animal-poisoned',
    ...ANIMAL_CRUELTY,
    first: doneToAnAnimal(['feeds', 'fed', 'feeding', 'gives', 'gave', 'giving']),
    second: ['so it gets sick', 'to make it sick', 'so it dies', 'to kill it', 'rat poison', 'poison', 'antifreeze', 'bleach'],
    window: 8,
    ordered: true,
  },
  {
    // Cuts and scars kept from the people who would help.
    id: 'platform.self-harm.hidden-cuts',
    ...SELF_HARM,
    first: ['hide', 'hides', 'hiding', 'hid', 'cover up', 'covers up', 'covering up'].flatMap((verb) => ['cuts', 'the cuts', 'his cuts', 'her cuts', 'their cuts', 'scars', 'the scars', 'his scars', 'her scars', 'the marks', 'the marks on his arms', 'the marks on her arms'].map((what) => `${verb} ${what}`)),
    second: ['from their parents', 'from his parents', 'from her parents', 'from his mum', 'from her mum', 'from their mum', 'from the teacher', 'from everyone', 'long sleeves', 'under his sleeves', 'under her sleeves', 'with bracelets', 'with a bracelet'],
    // Counted from the verb: "hides the marks on his arms under long sleeves".
    window: 8,
    ordered: true,
  },
  {
    // A pint at the pub is beer; a pint of milk at the shop is not.
    id: 'platform.drugs.pint-at-the-pub',
    ...ALCOHOL,
    first: ['pint', 'pints', 'a pint', 'pint glass'],
    second: ['pub', 'pubs', 'the bar', 'beer garden', 'bartender', 'barman', 'barmaid'],
    window: 6,
  },
  {
    id: 'platform.suggestive.close-up',
    ...SUGGESTIVE,
    first: ['butt', 'bum', 'booty', 'buttocks', 'backside', 'behind'],
    second: ['close up', 'close-up', 'closeup', 'zoomed in', 'zooms in', 'zoom in'],
    window: 2,
  },
  {
    id: 'platform.violence.dragged-behind',
    ...ANIMAL_CRUELTY,
    first: doneToAnAnimal(['drags', 'dragged', 'dragging', 'pulls', 'pulling']),
    second: BEHIND_A_VEHICLE,
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.violence.child-pushed',
    ...CHILD_HARM,
    first: ['shoves', 'shoved', 'pushes', 'pushed', 'throws', 'threw', 'kicks', 'kicked', 'yeets', 'yeeted', 'chucks', 'chucked'].flatMap((verb) =>
      ['the toddler', 'a toddler', 'the baby', 'the child', 'a child', 'the kid', 'his little brother', 'her little brother', 'his little sister', 'her little sister', 'the little boy', 'the little girl'].map((child) => `${verb} ${child}`),
    ),
    second: ['into the pool', ...PUSHED_INTO_DANGER],
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.violence.person-pushed',
    ...VIOLENCE,
    first: ['shoves', 'shoved', 'pushes', 'pushed', 'throws', 'threw', 'kicks', 'kicked', 'trips', 'tripped', 'yeets', 'yeeted', 'chucks', 'chucked', 'knocks', 'knocked'].flatMap((verb) =>
      [
        'the old lady', 'an old lady', 'the old man', 'an old man', 'the old woman', 'an old woman', 'his grandma', 'her grandma', 'his grandad', 'her grandad', 'the blind man', 'a blind man',
        'his friend', 'her friend', 'his classmate', 'her classmate', 'the stranger', 'a stranger', 'his brother', 'her brother', 'his sister', 'her sister', 'the woman', 'a woman', 'the man', 'a man',
      ].map((person) => `${verb} ${person}`),
    ),
    second: PUSHED_INTO_DANGER,
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.horror.found-hanging',
    ...HORROR,
    first: ['his parents', 'her parents', 'his mum', 'his mother', 'her mum', 'her mother', 'his dad', 'his father', 'her dad', 'her father', 'a man', 'a woman', 'a body', 'bodies', 'his friend', 'her friend', 'people'],
    second: ['basement', 'attic', 'barn', 'garage', 'rafters', 'ceiling', 'cellar', 'woods'].flatMap((place) => [`hanging in the ${place}`, `hanging from the ${place}`]),
    window: 2,
    ordered: true,
  },
  {
    id: 'platform.self-harm.on-the-tracks',
    ...SELF_HARM,
    first: ['stands', 'standing', 'lies', 'lying', 'lays', 'sits', 'sitting', 'waits', 'waiting'].flatMap((verb) => [`${verb} on the railway tracks`, `${verb} on the train tracks`, `${verb} on the tracks`, `${verb} down on the tracks`, `${verb} on the railway line`]),
    second: ['waiting for the train', 'waits for the train', 'as the train comes', 'the train is coming', 'train approaching', 'train coming', 'for the train'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.violence.bottle-over-head',
    ...VIOLENCE,
    first: ['smashes', 'smashed', 'smashing', 'breaks', 'broke', 'breaking'].flatMap((verb) => ['a bottle', 'a chair', 'a plate', 'a glass', 'a vase'].map((thing) => `${verb} ${thing}`)),
    second: ['over his head', 'over her head', 'over their head', 'over the head', 's head'],
    window: 7,
    ordered: true,
  },
  {
    id: 'platform.hate.forbidden-food',
    ...CONTEMPT,
    first: ['muslim', 'muslims', 'jewish', 'jew', 'jews'],
    second: ['ham', 'ham sandwich', 'pork', 'bacon', 'pig s head', 'pig head', 'pigs head'],
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.horror.changing-photo',
    ...HORROR,
    first: ['photo', 'photograph', 'picture', 'painting', 'portrait'],
    second: ['one more child', 'one more person', 'one more face', 'one more kid', 'is disappearing', 'keeps disappearing', 'is fading away', 'are fading away', 'a little closer', 'closer every time', 'closer each time', 'has moved again', 'has turned to face'],
    window: 10,
    ordered: true,
  },
  {
    id: 'platform.violence.animal-thrown',
    ...ANIMAL_CRUELTY,
    first: doneToAnAnimal(['throws', 'threw', 'throwing', 'tosses', 'tossed', 'chucks', 'chucked', 'yeets', 'yeeted', 'drops', 'dropped', 'kicks', 'kicked']),
    second: [...PUSHED_INTO_DANGER, 'in the river', 'in the canal', 'in the lake', 'into the bin', 'in the bin', 'against the wall', 'out of the car'],
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.violence.animal-fed-to',
    ...ANIMAL_CRUELTY,
    first: doneToAnAnimal(['feeds', 'fed', 'feeding']),
    second: ['to the cat', 'to the cats', 'to the dog', 'to the dogs', 'to the snake', 'to his snake', 'to the neighbour s snake', 'to the neighbor s snake', 'to the python', 'to the crocodile', 'to the crocodiles', 'to the shark', 'to the sharks', 'to the lion', 'to the lions', 'to the pigs'],
    // Counted from the verb: "feeds his brother's hamster to the snake".
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.horror.facing-the-wall',
    ...HORROR,
    first: ['facing the corner', 'faces the corner', 'facing the wall', 'faces the wall', 'staring at the wall', 'stares at the wall', 'staring into the corner', 'stares into the corner'],
    second: ['for three days', 'for two days', 'for days', 'all night', 'won t move', 'will not move', 'doesn t move', 'hasn t moved', 'without blinking', 'won t blink', 'not breathing'],
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.horror.wearing-skin',
    ...HORROR,
    first: ['wearing', 'wears', 'wore', 'dressed in'],
    second: ['s skin', 'human skin', 'their skin as'],
    window: 5,
    ordered: true,
  },
  {
    id: 'platform.self-harm.starving-thin',
    ...SELF_HARM,
    first: ['get skinny', 'be skinny', 'get thin', 'get thinner', 'be thinner', 'look skinny', 'stay skinny', 'stay thin'],
    second: ['only eats', 'only eat', 'stops eating', 'stop eating', 'skips meals', 'skip meals', 'ice cubes', 'starves', 'starve', 'starving', 'throws up', 'throw up', 'won t eat', 'doesn t eat'],
    window: 8,
  },
  {
    id: 'platform.violence.firework-on-animal',
    ...ANIMAL_CRUELTY,
    first: ['firework', 'fireworks', 'banger', 'bangers', 'firecracker', 'firecrackers', 'rocket'],
    second: ANIMALS.flatMap((animal) => [`${animal} s tail`, `${animal} s collar`, `${animal} s mouth`, `${animal} s legs`, `${animal} s leg`]),
    window: 5,
  },
  {
    id: 'platform.violence.animal-sealed-in',
    ...ANIMAL_CRUELTY,
    first: ANIMALS,
    second: ['no air holes', 'without air holes', 'no holes for air', 'sealed jar', 'airtight', 'screws the lid on tight', 'plastic bag over'],
    window: 8,
  },
  {
    id: 'platform.horror.living-reflection',
    ...HORROR,
    first: ['reflection', 'reflections'],
    second: ['climbs out', 'crawls out', 'steps out', 'reaches out', 'moves on its own', 'moves by itself', 'keeps moving'],
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.sexual.voyeur',
    ...SEXUAL,
    first: ['photos of', 'photo of', 'pictures of', 'picture of', 'filming', 'films', 'films a', 'peeks at', 'peeking at', 'spies on', 'spying on', 'hidden camera'],
    second: ['in the changing room', 'in the changing rooms', 'in the locker room', 'in the shower', 'in the showers', 'in the toilet', 'in the toilets', 'in the bath', 'undressing', 'getting changed'],
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.violence.cleaning-up',
    ...VIOLENCE,
    first: ['red stains', 'bloodstains', 'blood stains', 'blood stain', 'the blood'],
    second: ['buries', 'bury', 'burying', 'buried', 'shovel', 'the body', 'hides the knife', 'hides the weapon', 'burns his clothes', 'burns her clothes'],
    window: 10,
  },
  {
    id: 'platform.violence.poisoned-pet',
    ...ANIMAL_CRUELTY,
    first: ['bleach', 'antifreeze', 'rat poison', 'weed killer', 'slug pellets', 'poison'],
    second: ['fish tank', 'fish bowl', 'fishbowl', 'the pond', 'water bowl', 'dog bowl', 'cat bowl', 'cat food', 'dog food', 'bird bath', 'bird feeder', 'hamster s water', 'rabbit s water'],
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.violence.sabotaged-brakes',
    ...VIOLENCE,
    first: ['cuts', 'cut', 'cutting', 'snips', 'snipped', 'tampers with', 'tampered with', 'loosens'],
    second: ['brake cables', 'brake cable', 'brake lines', 'brake line', 'the brakes'],
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.self-harm.testing-a-knot',
    ...SELF_HARM,
    first: ['knot in a rope', 'knot in the rope', 'a noose', 'a loop in a rope', 'a loop in the rope'],
    second: ['tests it on the door', 'tests it on the banister', 'tests it on the beam', 'tests it on the bunk bed', 'tests it on the ceiling', 'tests it on the wardrobe', 'tests its strength'],
    window: 10,
    ordered: true,
  },
  {
    id: 'platform.drugs.party-pills',
    ...DRUGS,
    first: ['bag of pills', 'baggie of pills', 'bag of tablets', 'baggie', 'pills'],
    second: ['for the party', 'at the party', 'to the party', 'at the rave', 'to the rave', 'for the rave', 'at the club', 'to the club', 'at the festival', 'to the festival'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.horror.one-more-step',
    ...HORROR,
    first: ['stairs', 'steps', 'floors', 'doors'],
    second: ['always one more', 'there is one more', 'one more than yesterday', 'never ends', 'never end'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.horror.breathing-behind',
    ...HORROR,
    first: ['something', 'someone', 'somebody'],
    second: ['is breathing behind', 'breathing behind it', 'breathing behind the', 'is breathing under', 'breathing under the bed', 'breathing in the wall', 'breathing inside the wall'],
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.hate.mock-accent',
    ...CONTEMPT,
    first: ['silly', 'fake', 'funny', 'stupid', 'mocking', 'mocks', 'mock', 'puts on a', 'put on a', 'exaggerated'],
    second: ['mexican accent', 'indian accent', 'chinese accent', 'asian accent', 'african accent', 'jamaican accent', 'pakistani accent', 'japanese accent', 'arab accent', 'polish accent'],
    window: 3,
    ordered: true,
  },
  {
    id: 'platform.violence.shaken-baby',
    ...CHILD_HARM,
    first: ['shakes the baby', 'shaking the baby', 'shook the baby', 'shakes his baby', 'shakes her baby', 'shakes the crying baby', 'shakes the toddler'],
    second: ['hard', 'violently', 'roughly', 'to make it stop', 'until it stops', 'to make him stop', 'to make her stop'],
    window: 4,
    ordered: true,
  },
];
