/**
 * Violence, weapons, gore, death and injury. Compiled from common content-moderation term lists
 * and weapon glossaries, reduced to words with no everyday meaning ("shot" is a camera shot,
 * "fight" is a pillow fight, "punch" is a drink: left out). Phrases that merely contain a listed
 * word ("shooting star", "kill time") are in allowlist.ts. List base forms; inflections are added.
 */
export const WEAPON_TERMS: readonly string[] = [
  'weapon', 'weaponry', 'armed', 'gun', 'handgun', 'pistol', 'revolver', 'rifle', 'shotgun', 'machine gun', 'submachine gun',
  'assault rifle', 'sniper', 'sniper rifle', 'firearm', 'ak-47', 'ak47', 'ar-15', 'ar15', 'uzi', 'glock', 'musket', 'bullet',
  'ammo', 'ammunition', 'gunfire', 'gunshot', 'gunpoint', 'gunfight', 'shootout', 'shoot', 'shooter', 'grenade',
  'bomb', 'bombing', 'explosive', 'dynamite', 'detonate', 'detonator', 'landmine', 'missile', 'rocket launcher', 'bazooka',
  'torpedo', 'nuke', 'nuclear bomb', 'atomic bomb', 'warhead', 'knife', 'switchblade', 'dagger', 'sword', 'machete', 'axe',
  'hatchet', 'spear', 'crossbow', 'bow and arrow', 'bow and arrows', 'katana', 'bayonet', 'brass knuckles', 'nunchucks',
  'taser', 'stun gun', 'flamethrower', 'chainsaw', 'cannon', 'tank shell', 'artillery', 'war', 'warfare', 'battlefield',
  'soldier with a gun', 'troops', 'terrorist', 'terrorism', 'gunman', 'armed robbery', 'hostage',
];

export const VIOLENT_ACT_TERMS: readonly string[] = [
  'kill', 'murder', 'slaughter', 'massacre', 'stab', 'strangle', 'behead', 'decapitate', 'execution', 'assassinate',
  'assassination', 'torture', 'maim', 'mutilate', 'dismember', 'violence', 'violent', 'assault', 'beat up', 'beating up',
  'hold the little one underwater', 'holds the little one underwater', 'hold the baby underwater', 'holds the baby underwater', 'hold his brother underwater', 'holds his brother underwater', 'hold his sister underwater', 'holds his sister underwater',
  'until it stops moving', 'until it stops flapping', 'until it stops breathing', 'until it stops twitching', 'until it goes limp', 'until he stops moving', 'until she stops moving', 'until they stop moving',
  'punch in the face', 'tape over her mouth', 'tape over his mouth', 'tape over their mouths', 'bound and gagged', 'attack with', 'fistfight', 'knife fight', 'brawl', 'bloodbath', 'bloodshed', 'carnage', 'genocide',
  'homicide', 'manslaughter', 'lynch', 'kidnap', 'abduct', 'abuse', 'shooting spree', 'mass shooting', 'school shooting',
  'drive-by shooting', 'a drive-by', 'drive-bys', 'stabbing', 'gunned down', 'shot dead', 'blow up', 'blown up', 'explosion', 'explode', 'set on fire',
  'burn alive', 'burned alive', 'drown', 'suffocate', 'choke to death', 'crucify', 'impale', 'electrocute', 'poison',
  'hang him', 'hang her', 'execute him', 'execute her', 'firing squad', 'bites his ear off', 'bites her ear off', 'bites off his ear', 'bites off her ear', 'ear clean off', 'pillow over her face', 'pillow over his face', 'pillow over the baby', 'pillow over its face', 'twists its neck', 'wrings its neck', 'snaps its neck', 'breaks its neck', 'twists his neck', 'snaps his neck', 'snaps her neck', 'wrings his neck', 'cuts the brakes', 'cut the brakes', 'cutting the brakes', 'cuts his brakes', 'cuts her brakes', 'tampers with the brakes', 'electric chair', 'guillotine', 'gas chamber',
  'war crime', 'ethnic cleansing', 'slay', 'smite', 'choke', 'throttle', 'off a cliff', 'off the cliff',
  'hit by a car', 'run over by a car', 'stomp on a', 'stomping on a', 'kicks a dog', 'kicking a dog', 'kicked a dog',
  'plane crashing into', 'crashes into a skyscraper', 'crashing into a skyscraper', 'thrown through the windshield',
  'twin towers attack', 'beating a protester', 'beating protesters', 'beat a protester',
  'being whipped', 'shove her down the stairs', 'shoving a woman down the stairs', 'push him down the stairs', 'push her down the stairs',
  'dragged behind a truck', 'dragged behind a car', 'thrown against a wall', 'throws it against a wall', 'cat thrown', 'dog thrown',
  'puppy thrown', 'kitten thrown',
  'waterboard', 'waterboarding', 'waterboarded', 'breaking into a house', 'breaks into a house', 'hitting the pavement',
  'hits the pavement', 'falls from a building', 'falling from a building', 'broken neck',
  'run over by a truck', 'run over by a bus', 'run over by a train',
  'follows her home', 'follows the woman home', 'follows the girl home', 'following her home', 'watches her through her window',
  'through her bedroom window', 'spikes her drink', 'spiked her drink', 'spiked drink', 'drugs her drink',
  'flying through the windshield', 'flies through the windshield', 'through the windscreen', 'maul', 'mauling',
  'man hanging from a tree', 'woman hanging from a tree', 'body hanging from', 'person hanging from', 'gallows',
  'throws the kitten', 'throws a kitten', 'throws the puppy', 'throws a puppy', 'throws the cat against', 'throws the dog against',
  'burns ants', 'burning ants', 'burn ants', 'pulls the wings off', 'pulling the wings off', 'pulls its wings off', 'pulls the legs off',
  'firecrackers in the cat', 'firecracker in the cat', 'firecrackers in the dog', 'firecracker in the dog', 'firecracker to the cat',
  'opens fire on', 'opened fire on', 'opening fire on', 'open fire on', 'opens fire inside', 'opened fire inside', 'opens fire at',
  'opened fire at', 'opens fire into', 'opened fire into', 'throws acid', 'throw acid', 'threw acid', 'acid attack',
  'acid in her face', 'acid in his face', 'limb from limb', 'guts everywhere', 'feathers and guts', 'blood and guts',
];

/**
 * Verbs that are violent when done to someone but everyday otherwise ("beats the drum", "a fruit
 * punch"): matched only before a pronoun or a licensed character ("beats Gloop", "punches him").
 * The engine builds the phrases from the bundled packs' names and aliases.
 */
export const VIOLENT_VERBS: readonly string[] = ['beat', 'punch', 'kick', 'slap', 'smack', 'hit', 'whack', 'shove', 'push', 'headbutt', 'trample'];
export const VIOLENCE_TARGETS: readonly string[] = ['him', 'her', 'them', 'it', 'me', 'you', 'us', 'someone', 'somebody', 'everyone', 'everybody'];

export const GORE_DEATH_INJURY_TERMS: readonly string[] = [
  'blood', 'bloody', 'bleed', 'bleeding', 'gore', 'gory', 'guts spilling', 'entrails', 'intestines', 'disembowel',
  'severed head', 'severed', 'decapitated', 'head cut off', 'heads cut off', 'cut off his head', 'cut off her head', 'cut his head off', 'cut her head off', 'corpse', 'cadaver', 'carcass', 'dead body', 'dead bodies', 'dead', 'death',
  'die', 'deceased', 'killed', 'lifeless', 'skull crushed', 'injure', 'injury', 'injured', 'stab wound', 'gunshot wound', 'open wound', 'wounded', 'hurt',
  'bruised', 'broken bone', 'broken bones', 'fracture', 'concussion', 'amputate', 'amputation', 'mangled', 'maimed',
  'bloodied', 'bloodstain', 'splatter', 'brain matter', 'rotting', 'decomposing', 'zombie gore', 'grave', 'funeral',
  'coffin', 'casket', 'autopsy', 'morgue', 'murdered', 'slain', 'roadkill', 'massacred',
];
