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

const ANIMALS = ['horse', 'horses', 'dog', 'dogs', 'puppy', 'puppies', 'cat', 'cats', 'kitten', 'kittens', 'donkey', 'pony', 'animal', 'animals', 'bird', 'rabbit', 'bunny', 'hamster', 'hamsters', 'guinea pig', 'goldfish'];

/** The reason and suggestion a kind of refusal gives, shared by its rules. */
const VIOLENCE = { category: 'violence', reason: "Kinora doesn't show violence.", suggestion: 'Try a friendly adventure instead.' } as const;
const HORROR = { category: 'horror', reason: 'Kinora is family-friendly: no horror or disturbing imagery.', suggestion: 'Try a cosy or funny scene instead.' } as const;
const SUGGESTIVE = { category: 'suggestive', reason: 'Kinora is family-friendly: no suggestive content.', suggestion: 'Try a cosy or funny scene instead.' } as const;
const CONTEMPT = { category: 'hate', reason: "Kinora doesn't make content that mocks or looks down on any group of people.", suggestion: 'Try a scene where everyone is welcome.' } as const;
const DRUGS = { category: 'drugs', reason: "Kinora doesn't show drugs.", suggestion: 'Try a party with juice and games instead.' } as const;
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
    category: 'violence',
    reason: "Kinora doesn't show animals being hurt.",
    suggestion: 'Try a scene where the animals are cared for.',
    first: [
      'beaten', 'beating', 'kicked', 'kicking', 'whipped', 'whipping', 'tortured', 'torturing', 'stabbed', 'drowned', 'drowning', 'strangled', 'abused', 'abusing', 'stomped', 'stomping',
      'hits', 'hitting', 'smacks', 'smacking', 'slaps', 'slapping', 'punches', 'punching', 'crushes', 'crushing',
    ],
    second: ANIMALS,
    window: 3,
  },
  {
    id: 'platform.self-harm.wrists',
    ...SELF_HARM,
    first: ['razor', 'blade', 'cut', 'cuts', 'cutting', 'slit', 'slits', 'slitting', 'slash', 'slashed', 'carves', 'carving', 'carved'],
    second: ['wrist', 'wrists', 'her arm', 'his arm', 'her arms', 'his arms', 'her thigh', 'his thigh', 'her thighs', 'his thighs', 'own arm', 'own skin'],
    window: 4,
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
    id: 'platform.violence.assault',
    ...VIOLENCE,
    first: ['beat', 'beats', 'beating', 'punch', 'punches', 'punching', 'kick', 'kicks', 'kicking', 'stab', 'stabs', 'stabbing', 'strangle', 'strangles', 'strangling', 'choke', 'chokes', 'choking', 'attack', 'attacks', 'attacking', 'shove', 'shoves', 'shoving', 'shoved'],
    second: [
      'a man', 'a woman', 'a child', 'a kid', 'a boy', 'a girl', 'a baby', 'his wife', 'her husband', 'a prisoner', 'the prisoner', 'a stranger', 'an old man', 'an old woman', 'a homeless man', 'a teenager', 'a student',
      'the old man', 'the old woman', 'the old lady', 'an old lady', 'the little boy', 'the little girl', 'the baby', 'a pregnant woman', 'the pregnant woman',
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
    id: 'platform.violence.burned-inside',
    ...VIOLENCE,
    first: ['on fire', 'fire to', 'burns down', 'burn down', 'burning down', 'burned down', 'burnt down', 'ablaze', 'alight', 'torches', 'torched'],
    second: ['with the family inside', 'with a family inside', 'with people inside', 'with them inside', 'with him inside', 'with her inside', 'with the kids inside', 'with the children inside', 'with everyone inside', 'with someone inside', 'still inside'],
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
    second: ['drink', 'drinks', 'glass', 'cup'],
    window: 6,
    ordered: true,
  },
  {
    id: 'platform.violence.child-locked-up',
    category: 'violence',
    reason: "Kinora doesn't show violence or children being hurt.",
    suggestion: 'Try a friendly adventure instead.',
    first: ['locks the kid', 'locks the child', 'locks the crying', 'locks a child', 'locks the boy', 'locks the girl', 'locked the kid', 'locked the child', 'locks her son', 'locks his son', 'locks her daughter', 'locks his daughter', 'locks the children'],
    second: ['closet', 'cupboard', 'basement', 'cage', 'dark room', 'for hours', 'for days'],
    window: 8,
    ordered: true,
  },
  {
    id: 'platform.violence.abduction',
    category: 'violence',
    reason: "Kinora doesn't show violence or children being hurt.",
    suggestion: 'Try a friendly adventure instead.',
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
    first: ['lines up', 'lines of', 'line of', 'snorts', 'snorting', 'snorted', 'sniffs', 'sniffing', 'cuts up', 'chops up'],
    second: ['white powder', 'the powder', 'some powder', 'powder on', 'rolled up banknote', 'rolled-up banknote', 'rolled up bill', 'rolled-up bill', 'rolls up a banknote', 'rolls up a bill', 'rolls up a dollar'],
    window: 8,
  },
  {
    id: 'platform.drugs.dealing',
    ...DRUGS,
    first: ['buy', 'buys', 'buying', 'bought', 'sell', 'sells', 'selling', 'sold', 'deal', 'deals', 'dealing', 'hands out', 'handing out'],
    second: ['bags of pills', 'bag of pills', 'baggie', 'baggies', 'bags of powder', 'bag of powder', 'bags of white', 'pills behind', 'pills to kids', 'pills to the kids', 'pills to students', 'pills in the alley', 'pills from a dealer', 'pills from a guy'],
    window: 4,
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
    second: ['a boy to', 'the boy to', 'a girl to', 'the girl to', 'a child to', 'the child to', 'a kid to', 'the kid to', 'a man to', 'the man to', 'a woman to', 'the woman to', 'him to a', 'her to a', 'the prisoner to', 'a prisoner to'],
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
    category: 'violence',
    reason: "Kinora doesn't show animals being hurt.",
    suggestion: 'Try a scene where the animals are cared for.',
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
    second: ['tied to a chair', 'taped to a chair', 'duct taped to a chair', 'chained to a chair', 'strapped to a chair', 'tied up in the basement', 'tied up in a basement'],
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
    first: ['waits behind the door', 'waiting behind the door', 'hides behind the door', 'hiding behind the door', 'lies in wait', 'lying in wait', 'waits in the dark', 'waiting in the dark', 'hides in the bushes', 'hiding in the bushes'],
    second: ['with a hammer', 'with a bat', 'with a baseball bat', 'with a crowbar', 'with a brick', 'with a rock', 'with a knife', 'with an axe', 'with a frying pan', 'with a wrench', 'with a pipe'],
    window: 4,
    ordered: true,
  },
  {
    id: 'platform.horror.reaching-hand',
    ...HORROR,
    first: ['hand', 'hands', 'fingers', 'claw', 'claws', 'tentacle', 'tentacles'],
    second: [
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
    first: ['bear trap', 'bear traps', 'tripwire', 'trip wire', 'broken glass', 'razor blades', 'rusty nails', 'rat poison'],
    second: ['where the kids play', 'where kids play', 'where the children play', 'for the kids', 'for the children', 'for his sister', 'for his brother', 'for the neighbours', 'for the neighbors', 'in the playground', 'in the sandpit', 'in the sandbox'],
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
    second: ['banker', 'bankers', 'jew', 'jews', 'jewish', 'moneylender', 'moneylenders', 'counting gold', 'counting money', 'counting coins', 'gold coins', 'greedy'],
    window: 6,
  },
  {
    id: 'platform.self-harm.shoes-left',
    ...SELF_HARM,
    first: ['shoes left neatly', 'shoes neatly', 'left his shoes neatly', 'left her shoes neatly', 'shoes placed neatly', 'shoes lined up neatly', 'shoes side by side'],
    second: ['edge', 'ledge', 'bridge', 'roof', 'railing', 'cliff', 'car park', 'platform'],
    window: 8,
  },
];
