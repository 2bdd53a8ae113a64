/**
 * Other studios' best-known characters described without their names: a character is named by
 * what it is, its colours and its trademarks together. Each signature is a list of groups; a prompt
 * matches when every group has one of its phrases. Written for this project from the characters'
 * public descriptions; a signature is only as specific as needed so that ordinary scenes (a snowman
 * with a carrot nose, a blue hedgehog in a field) don't match it.
 */
export interface Signature {
  /** Who it describes, for the refusal. */
  character: string;
  groups: readonly (readonly string[])[];
}

export const SIGNATURES: readonly Signature[] = [
  { character: 'Pikachu (Pokémon)', groups: [['mouse', 'rodent', 'rat', 'hamster'], ['yellow'], ['electric', 'electricity', 'lightning', 'thunder', 'shock', 'sparks', 'red cheeks']] },
  { character: 'Mario (Nintendo)', groups: [['plumber'], ['red cap', 'red hat', 'mustache', 'moustache', 'overalls', 'mushroom', 'pipe', 'red and green', 'turtles', 'princess']] },
  { character: 'Sonic the Hedgehog (Sega)', groups: [['hedgehog'], ['blue'], ['fast', 'speed', 'speedy', 'run', 'runs', 'running', 'gold rings', 'rings', 'red sneakers']] },
  { character: 'Elsa (Frozen)', groups: [['princess', 'queen', 'ice queen', 'snow queen'], ['ice powers', 'ice magic', 'snow powers', 'frozen', 'ice palace', 'let it go', 'castle of ice', 'ice castle']] },
  { character: 'Harry Potter', groups: [['wizard', 'boy'], ['lightning scar', 'scar on his forehead', 'lightning bolt scar'], ['glasses', 'wand', 'owl', 'broomstick']] },
  { character: 'Shrek (DreamWorks)', groups: [['ogre'], ['green'], ['swamp', 'donkey', 'onion']] },
  { character: 'SpongeBob SquarePants (Nickelodeon)', groups: [['sponge'], ['pineapple', 'under the sea', 'square pants', 'bikini bottom', 'jellyfish', 'krabby patty']] },
  { character: 'Mickey Mouse (Disney)', groups: [['mouse'], ['red shorts', 'white gloves', 'big round ears', 'round black ears', 'yellow shoes']] },
  { character: 'Spider-Man (Marvel)', groups: [['spider', 'web slinging', 'web slinger', 'webs'], ['hero', 'superhero', 'red and blue suit', 'red and blue costume', 'mask', 'swinging']] },
  { character: 'Woody (Toy Story)', groups: [['cowboy'], ['toy', 'doll'], ['pull string', 'sheriff', 'sheriff badge', 'snake in my boot', 'space ranger']] },
  { character: 'Buzz Lightyear (Toy Story)', groups: [['space ranger', 'spaceman toy', 'astronaut toy'], ['wings', 'laser', 'to infinity', 'toy', 'cowboy doll', 'action figure']] },
  { character: 'Batman (DC)', groups: [['bat', 'bats', 'bat symbol'], ['vigilante', 'caped', 'cape', 'dark knight', 'gotham', 'utility belt']] },
  { character: 'Superman (DC)', groups: [['red cape', 'cape', 'caped', 'kryptonian'], ['blue suit', 's on his chest', 'kryptonite', 'kryptonian', 'metropolis', 'man of steel', 'flies faster']] },
  { character: 'Hello Kitty (Sanrio)', groups: [['white cat', 'white kitten', 'white kitty'], ['red bow', 'no mouth', 'pink bow']] },
  { character: 'Winnie the Pooh (Disney)', groups: [['bear'], ['honey', 'hunny', 'honey pot'], ['red shirt', 'red top', 'red t-shirt', 'red t shirt', 'red tshirt', 'piglet', 'hundred acre wood', 'talking bear', 'christopher robin']] },
  { character: 'Peppa Pig', groups: [['pig', 'piglet', 'pigs'], ['muddy puddles', 'red dress', 'little brother george', 'family of four']] },
  { character: 'the Minions (Illumination)', groups: [['yellow'], ['goggles'], ['overalls', 'banana', 'one eye', 'capsule shaped']] },
  { character: 'Darth Vader (Star Wars)', groups: [['black helmet', 'black mask', 'heavy breathing', 'dark lord of the sith'], ['lightsaber', 'light saber', 'empire', 'death star', 'black cape']] },
  { character: 'Yoda (Star Wars)', groups: [['jedi', 'jedi master'], ['small green', 'little green', 'pointy ears', 'green alien', 'speaks backwards']] },
  { character: 'Bluey (Ludo Studio)', groups: [['blue heeler', 'cattle dog'], ['puppy', 'sister', 'family', 'brisbane', 'bingo']] },
  { character: 'Thomas the Tank Engine', groups: [['tank engine', 'steam engine', 'train engine'], ['blue'], ['face', 'smiling', 'number one', 'number 1']] },
  { character: 'Kermit the Frog (Muppets)', groups: [['frog'], ['green'], ['puppet', 'banjo', 'miss piggy', 'muppet']] },
  { character: 'Garfield', groups: [['cat'], ['orange', 'ginger'], ['lasagna', 'lasagne', 'hates mondays']] },
  { character: 'the PAW Patrol pups (Spin Master)', groups: [['pups', 'puppies', 'dogs'], ['rescue'], ['police pup', 'fire pup', 'badges', 'lookout tower', 'vehicles', 'boy leader', 'team']] },
  { character: 'Stitch (Lilo & Stitch)', groups: [['alien', 'koala', 'creature'], ['blue'], ['four arms', '4 arms', 'big ears', 'hawaii', 'koala like', 'koala-like', 'experiment']] },
  { character: 'Lightning McQueen (Cars)', groups: [['race car', 'racing car', 'red car', 'car'], ['eyes', 'face', 'talking'], ['number 95', '95', 'lightning bolt', 'kachow', 'piston cup']] },
  { character: 'Kirby (Nintendo)', groups: [['puffball', 'puff ball', 'pink ball', 'round pink', 'pink round', 'pink blob'], ['pink', 'inhale', 'inhales', 'swallows enemies', 'copy abilities', 'dream land', 'star rod']] },
  { character: 'Olaf (Frozen)', groups: [['snowman'], ['warm hugs', 'loves summer', 'carrot nose and twig arms']] },
  { character: 'Baby Yoda / Grogu (Star Wars)', groups: [['baby', 'little', 'small'], ['green alien', 'green creature'], ['big ears', 'floating pram', 'the force', 'bounty hunter']] },
  { character: 'Ariel (The Little Mermaid)', groups: [['mermaid'], ['red hair', 'redhead'], ['seashell', 'purple top', 'flounder', 'sebastian', 'under the sea', 'trident']] },
  { character: 'the Genie (Aladdin)', groups: [['genie'], ['blue', 'blue-skinned', 'lamp', 'wishes', 'magic carpet', 'street rat']] },
  { character: 'WALL-E (Pixar)', groups: [['robot'], ['trash', 'trash compactor', 'garbage', 'rubbish'], ['cockroach', 'empty earth', 'abandoned earth', 'plant in a boot']] },
  { character: 'Rapunzel (Tangled)', groups: [['princess', 'girl', 'woman'], ['golden braid', 'long golden hair', 'magic hair', 'very long hair'], ['tower', 'chameleon', 'frying pan', 'lanterns']] },
  { character: 'Nemo (Finding Nemo)', groups: [['clownfish', 'clown fish'], ['small fin', 'lucky fin', 'his dad', 'his father', 'lost', 'blue tang', 'forgetful']] },
  { character: 'Tom and Jerry (Warner Bros.)', groups: [['cat'], ['mouse'], ['chasing each other', 'chase each other', 'slapstick', 'mouse hole']] },
  { character: 'The Simpsons (Disney)', groups: [['yellow'], ['family', 'cartoon'], ['spiky hair', 'blue beehive', 'springfield', 'donut']] },
  { character: 'Simba (The Lion King)', groups: [['lion cub', 'lion prince', 'young lion'], ['pride rock', 'held up', 'baboon', 'circle of life', 'hakuna matata', 'warthog and meerkat', 'meerkat and warthog', 'warthog and a meerkat']] },
  { character: 'Clifford the Big Red Dog (Scholastic)', groups: [['big red dog', 'giant red dog', 'huge red dog', 'enormous red dog', 'red dog the size of', 'red dog as big as', 'red dog bigger than']] },
  { character: 'Dumbo (Disney)', groups: [['elephant'], ['flying', 'flies', 'huge ears', 'big ears'], ['circus', 'feather', 'flying']] },
  { character: 'Mei (Turning Red)', groups: [['red panda'], ['giant', 'turns into', 'transforms', 'upset', 'teenage girl']] },
  { character: 'Toothless (How to Train Your Dragon)', groups: [['dragon'], ['no teeth', 'toothless', 'night fury'], ['boy', 'viking', 'pet']] },
  { character: 'Up (Pixar)', groups: [['house'], ['balloons'], ['lifted', 'into the sky', 'floating away', 'flies away', 'old man']] },
  { character: 'Remy (Ratatouille)', groups: [['rat'], ['cooking', 'chef', 'cooks'], ['paris', 'restaurant', 'chef s hat']] },
  { character: 'Mike and Sulley (Monsters, Inc.)', groups: [['monster'], ['one eye', 'one big eye', 'single eye'], ['blue furry', 'furry blue', 'scare', 'scream']] },
  { character: 'Iron Man (Marvel)', groups: [['suit', 'armor', 'armour'], ['red and gold', 'iron suit', 'iron armor'], ['flying', 'superhero', 'arc reactor', 'billionaire']] },
  { character: 'Captain America (Marvel)', groups: [['shield'], ['star', 'stars and stripes', 'red white and blue'], ['super soldier', 'hero', 'for his country', 'captain']] },
  { character: 'Thor (Marvel)', groups: [['god', 'norse', 'viking'], ['hammer'], ['lightning', 'thunder', 'asgard']] },
  { character: 'the Wicked Witch of the West (The Wizard of Oz, MGM)', groups: [['witch'], ['green-skinned', 'green skinned', 'green skin', 'green face'], ['broom', 'yellow brick road', 'emerald city', 'flying monkeys']] },
  { character: 'Paddington Bear (StudioCanal)', groups: [['bear'], ['darkest peru', 'from peru', 'duffle coat', 'duffel coat', 'paddington station']] },
  { character: 'Tweety (Warner Bros.)', groups: [['yellow bird', 'yellow canary', 'canary'], ['big head', 'puddy tat', 'a cat that wants to eat', 'sylvester']] },
  { character: 'Baymax (Big Hero 6)', groups: [['robot'], ['inflatable', 'balloon-like', 'marshmallow'], ['healthcare', 'nurse', 'medical', 'white']] },
  { character: 'Doraemon', groups: [['cat', 'robot cat'], ['blue'], ['magic pocket', 'pocket', 'gadgets', 'from the future']] },
  { character: 'Snoopy (Peanuts)', groups: [['beagle'], ['on top of his doghouse', 'on his doghouse', 'on top of his dog house', 'red doghouse', 'red dog house', 'woodstock', 'flying ace']] },
  { character: 'Barney the Dinosaur', groups: [['dinosaur', 'dino'], ['purple'], ['sings', 'singing', 'song', 'i love you']] },
  { character: 'Wonder Woman (DC)', groups: [['golden lasso', 'lasso of truth', 'magic lasso', 'invisible jet'], ['woman', 'warrior', 'amazon', 'princess', 'heroine', 'bracelets']] },
  { character: 'Angry Birds (Rovio)', groups: [['bird', 'birds'], ['angry', 'slingshot'], ['green pigs', 'pigs', 'pig']] },
  { character: 'Jack Skellington (The Nightmare Before Christmas)', groups: [['skeleton'], ['pumpkin king', 'halloween town', 'pinstripe suit', 'pinstripe']] },
  { character: 'Hobbes (Calvin and Hobbes)', groups: [['tiger'], ['stuffed', 'plush', 'plushie', 'toy'], ['comes alive', 'come alive', 'imagination', 'only he can see']] },
  { character: 'Peter Pan (Disney)', groups: [['boy'], ['never grows up', 'never grow up', 'neverland', 'tiny fairy', 'lost boys', 'captain hook']] },
  { character: 'Luigi (Nintendo)', groups: [['plumber', "plumber's"], ['green'], ['brother', 'taller', 'ghosts', 'dinosaur']] },
];
