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
  { character: 'Sonic the Hedgehog (Sega)', groups: [['hedgehog'], ['blue'], ['fast', 'speed', 'speedy', 'run', 'runs', 'running', 'gold rings', 'red sneakers']] },
  { character: 'Elsa (Frozen)', groups: [['princess', 'queen'], ['ice powers', 'ice magic', 'snow powers', 'frozen', 'ice palace', 'let it go']] },
  { character: 'Harry Potter', groups: [['wizard', 'boy'], ['lightning scar', 'scar on his forehead', 'lightning bolt scar'], ['glasses', 'wand', 'owl', 'broomstick']] },
  { character: 'Shrek (DreamWorks)', groups: [['ogre'], ['green'], ['swamp', 'donkey', 'onion']] },
  { character: 'SpongeBob SquarePants (Nickelodeon)', groups: [['sponge'], ['pineapple', 'under the sea', 'square pants', 'bikini bottom', 'jellyfish', 'krabby patty']] },
  { character: 'Mickey Mouse (Disney)', groups: [['mouse'], ['red shorts', 'white gloves', 'big round ears', 'round black ears', 'yellow shoes']] },
  { character: 'Spider-Man (Marvel)', groups: [['spider', 'web slinging', 'web slinger', 'webs'], ['hero', 'superhero', 'red and blue suit', 'red and blue costume', 'mask', 'swinging']] },
  { character: 'Woody (Toy Story)', groups: [['cowboy'], ['toy', 'doll'], ['pull string', 'sheriff badge', 'snake in my boot']] },
  { character: 'Buzz Lightyear (Toy Story)', groups: [['space ranger', 'spaceman toy', 'astronaut toy'], ['wings', 'laser', 'to infinity', 'toy', 'cowboy doll']] },
  { character: 'Batman (DC)', groups: [['bat', 'bats', 'bat symbol'], ['vigilante', 'caped', 'cape', 'dark knight', 'gotham', 'utility belt']] },
  { character: 'Superman (DC)', groups: [['red cape'], ['blue suit', 's on his chest', 'kryptonite', 'man of steel', 'flies faster']] },
  { character: 'Hello Kitty (Sanrio)', groups: [['white cat', 'white kitten', 'white kitty'], ['red bow', 'no mouth', 'pink bow']] },
  { character: 'Winnie the Pooh (Disney)', groups: [['bear'], ['honey', 'hunny', 'honey pot'], ['red shirt', 'red top', 'red t-shirt', 'red t shirt', 'red tshirt', 'piglet', 'hundred acre wood']] },
  { character: 'Peppa Pig', groups: [['pig', 'piglet'], ['pink'], ['muddy puddles', 'red dress', 'little brother george']] },
  { character: 'the Minions (Illumination)', groups: [['yellow'], ['goggles'], ['overalls', 'banana', 'one eye', 'capsule shaped']] },
  { character: 'Darth Vader (Star Wars)', groups: [['black helmet', 'black mask', 'heavy breathing', 'dark lord of the sith'], ['lightsaber', 'light saber', 'empire', 'death star', 'black cape']] },
  { character: 'Yoda (Star Wars)', groups: [['jedi', 'jedi master'], ['small green', 'little green', 'pointy ears', 'green alien', 'speaks backwards']] },
  { character: 'Bluey (Ludo Studio)', groups: [['blue heeler', 'cattle dog'], ['puppy', 'dog', 'sister', 'family']] },
  { character: 'Thomas the Tank Engine', groups: [['tank engine', 'steam engine', 'train engine'], ['blue'], ['face', 'smiling', 'number one', 'number 1']] },
  { character: 'Kermit the Frog (Muppets)', groups: [['frog'], ['green'], ['puppet', 'banjo', 'miss piggy', 'muppet']] },
  { character: 'Garfield', groups: [['cat'], ['orange', 'ginger'], ['lasagna', 'lasagne', 'hates mondays']] },
  { character: 'the PAW Patrol pups (Spin Master)', groups: [['pups', 'puppies', 'dogs'], ['rescue team', 'rescue vehicles', 'rescue mission'], ['police pup', 'fire pup', 'badges', 'lookout tower']] },
  { character: 'Stitch (Lilo & Stitch)', groups: [['alien', 'koala', 'creature'], ['blue'], ['four arms', '4 arms', 'big ears', 'hawaii', 'koala like', 'koala-like', 'experiment']] },
  { character: 'Lightning McQueen (Cars)', groups: [['race car', 'racing car', 'red car', 'car'], ['eyes', 'face', 'talking'], ['number 95', '95', 'lightning bolt', 'kachow', 'piston cup']] },
  { character: 'Kirby (Nintendo)', groups: [['puffball', 'pink ball', 'round pink', 'pink round', 'pink blob'], ['inhale', 'inhales', 'swallows enemies', 'copy abilities', 'dream land', 'star rod']] },
  { character: 'Olaf (Frozen)', groups: [['snowman'], ['warm hugs', 'loves summer', 'carrot nose and twig arms']] },
  { character: 'Baby Yoda / Grogu (Star Wars)', groups: [['baby', 'little', 'small'], ['green alien', 'green creature'], ['big ears', 'floating pram', 'the force', 'bounty hunter']] },
  { character: 'Ariel (The Little Mermaid)', groups: [['mermaid'], ['red hair', 'redhead'], ['seashell', 'purple top', 'flounder', 'sebastian', 'under the sea', 'trident']] },
  { character: 'the Genie (Aladdin)', groups: [['genie'], ['blue'], ['lamp', 'wishes', 'three wishes']] },
  { character: 'WALL-E (Pixar)', groups: [['robot'], ['trash', 'trash compactor', 'garbage', 'rubbish'], ['cockroach', 'empty earth', 'abandoned earth', 'plant in a boot']] },
  { character: 'Rapunzel (Tangled)', groups: [['princess', 'girl', 'woman'], ['golden braid', 'long golden hair', 'magic hair', 'very long hair'], ['tower', 'chameleon', 'frying pan', 'lanterns']] },
  { character: 'Nemo (Finding Nemo)', groups: [['clownfish', 'clown fish'], ['small fin', 'lucky fin', 'his dad', 'his father', 'lost', 'blue tang', 'forgetful']] },
  { character: 'Tom and Jerry (Warner Bros.)', groups: [['cat'], ['mouse'], ['chasing each other', 'chase each other', 'slapstick', 'mouse hole']] },
  { character: 'The Simpsons (Disney)', groups: [['yellow'], ['family', 'cartoon'], ['spiky hair', 'blue beehive', 'springfield', 'donut']] },
];
