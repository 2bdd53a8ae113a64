/**
 * Everyday phrases that contain a blocked word but mean something harmless. A blocked match that
 * lies entirely inside one of these is ignored; anything outside still counts ("Pip kills time"
 * passes, "Pip kills time and kills Gloop" does not). Inflections of the words match too.
 */
/** Things that are commercial without being an ad: "in a commercial kitchen" is not "in a commercial". */
const COMMERCIAL_THINGS = ['airplane', 'airliner', 'aircraft', 'jet', 'plane', 'flight', 'vehicle', 'truck', 'kitchen', 'building', 'district', 'street', 'bathroom', 'area', 'zone'];

export const BENIGN_PHRASES: readonly string[] = [
  // A war remembered, not shown: a museum, a memorial.
  'war museum', 'war memorial', 'war cemetery', 'war graves',
  // A photo shoot, not a shooting.
  'catalogue shoot', 'catalog shoot', 'fashion shoot', 'family shoot', 'photoshoot',
  // Paint, not blood.
  'paint splatter', 'paint splatters', 'paint splattered', 'splatter paint', 'splatter painting', 'splattered with paint',
  ...COMMERCIAL_THINGS.flatMap((thing) => [`commercial ${thing}`, `in a commercial ${thing}`, `a commercial ${thing} with`]),
  'shooting star', 'shooting stars', 'shoot hoops', 'shoot a basketball', 'shoot the ball', 'shoot a goal', 'photo shoot',
  'photoshoot', 'bamboo shoot', 'bamboo shoots', 'shoot for the stars', 'shoot for the moon', 'shoot a video',
  'shoot a film', 'kill time', 'killing time', 'blood orange', 'blood oranges', 'blood moon',
  'bleeding heart', 'dead end', 'dead leaves', 'dead tired', 'dead heat', 'die roll', 'roll a die',
  'to die for', 'dying to', 'explosion of colour', 'explosion of color', 'explosion of flavour', 'explosion of flavor',
  'explodes with joy', 'bursting with joy', 'confetti cannon', 'cannonball', 'cannon ball', 'water gun', 'water pistol',
  'glue gun', 'bubble gun', 'pillow war', 'snowball war', 'pillow fight', 'snowball fight', 'army of ants', 'ant army', 'bomb pop',
  'bath bomb', 'bath bombs', 'photo bomb', 'photobomb', 'smoke bomb', 'sword fern', 'swordfish', 'butter knife',
  'pocket knife', 'knife and fork', 'fork and knife', 'axe to grind', 'hurt feelings', 'trump card', 'king charles spaniel',
  ...['a slice', 'a piece', 'some'].flatMap((portion) => ['himself', 'herself', 'themselves', 'myself'].map((who) => `cut ${who} ${portion}`)),
  ...['blowup', 'blow up'].flatMap((kind) => ['toy', 'pool', 'castle', 'boat', 'mattress', 'bed', 'slide', 'dinosaur', 'flamingo', 'ring'].map((thing) => `${kind} ${thing}`)),
  'a drive by the', 'a drive by a', 'for possession', 'possession of the ball', 'ball possession', 'in possession of',
  'naked tree', 'naked trees', 'naked branches', 'naked eye', 'zoot suit', 'zoot suits',
  'poison ivy plant', 'tug of war', 'grave danger', 'ginger ale', 'root beer', 'ginger beer', 'rotting leaves', 'rotting log', 'rotting wood', 'rotten apple', 'rotten apples',
  'vote for class captain', 'votes for class captain', 'vote for class president', 'votes for class president', 'class president', 'class captain', 'school council', 'student council',
  'rum raisin', 'cocktail sauce', 'fruit cocktail', 'wine gums',
  'vote of thanks', 'fall asleep', 'broken toy', 'broken fence', 'cooking pot', 'over the falls', 'at the falls', 'near the falls',
  'by the falls', 'melt into a smile',
  'pull weed', 'garden weed', 'weed the garden', 'sonic boom',
  // Aircraft and trades, not fights; what the eye can (not) make out; plants that are dead.
  'fighter jet', 'fighter plane', 'fighter aircraft', 'fire fighter', 'fire fighting', 'make out the', 'make out what',
  'quite make out', 'barely make out', 'hard to make out', 'dead wood', 'dead grass', 'dead bush', 'dead tree',
  'dead branch', 'dead plant', 'dead flower', 'dead field', 'dead crop', 'dead weed', 'dead leaf',
  // An advertisement seen in a scene (on a bus, a sign), which is not making one.
  'advertisement on', 'advertising on', 'advert on', 'with advertising', 'sign advertising', 'advertisement near',
  'hunter green', 'bullet train', 'vampire bat', 'shoot an arrow at a target', 'shoots arrows at a target', 'archery target',
  'punching bag', 'water balloon fight', 'water fight', 'food fight', 'haunted house ride',
  // Costumes are dress-up, not horror.
  'dressed as a vampire', 'dressed as a ghost', 'dressed as a zombie', 'dressed as a skeleton', 'dressed as a mummy',
  'dressed as a werewolf', 'dressed as a monster', 'vampire costume', 'ghost costume', 'zombie costume', 'skeleton costume',
  'mummy costume', 'werewolf costume', 'monster costume',
  // Elections at school, and votes for the best cake, are not politics.
  'school election', 'class election', 'class president', 'student council', 'school president', 'vote for class president',
  'votes for class president', 'voting for class president', 'voted for class president', 'vote for the best',
  'class vote', 'the class vote', 'vote for best', 'votes for best', 'voting for best',
  'votes for the best', 'voting for the best', 'vote for his favourite', 'vote for her favourite', 'vote for their favourite',
  'votes for his favourite', 'votes for her favourite', 'voting for their favourite', 'vote for the funniest',
  // Air, not explosives.
  'blows up a balloon', 'blows up balloons', 'blows up the balloons', 'blowing up balloons', 'blowing up a balloon', 'blew up balloons', 'blow up balloons',
  'blow up a balloon', 'blows up a big balloon', 'blows up a giant balloon', 'blows up a beach ball', 'blows up the paddling pool', 'blows up the bouncy castle',
  'blows up an air mattress', 'blows up a lilo', 'blows up his armbands', 'blows up her armbands',
  // A board to ride waves on.
  'body board', 'bodyboard',
];

/**
 * Words that set a table or a kitchen: a knife among them is cutlery ("a fork and a knife on a
 * plate", "knives in a wooden block"), not a weapon. Violent words near it still count on their own.
 */
export const TABLEWARE_WORDS: readonly string[] = [
  'kitchen', 'fork', 'forks', 'spoon', 'spoons', 'plate', 'plates', 'cutting', 'board', 'chopping', 'cake', 'bread',
  'butter', 'sandwich', 'pizza', 'cheese', 'vegetables', 'fruit', 'counter', 'cupboard', 'drawer', 'block', 'sink',
  'dishwasher', 'napkin', 'table', 'dinner', 'breakfast', 'lunch', 'meal', 'steak', 'slicing', 'slice', 'utensils',
  'cutlery', 'silverware', 'bowl', 'pan', 'pot', 'chef', 'cook', 'cooking', 'food', 'tray', 'apple', 'apples', 'ham',
  'meat', 'tomato', 'tomatoes', 'onion', 'onions', 'carrot', 'carrots', 'lemon', 'slices',
];
