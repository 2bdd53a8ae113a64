/**
 * Everyday phrases that contain a blocked word but mean something harmless. A blocked match that
 * lies entirely inside one of these is ignored; anything outside still counts ("Pip kills time"
 * passes, "Pip kills time and kills Gloop" does not). Inflections of the words match too.
 */
export const BENIGN_PHRASES: readonly string[] = [
  'commercial airplane', 'commercial airliner', 'commercial aircraft', 'commercial jet', 'commercial plane', 'commercial flight',
  'commercial vehicle', 'commercial truck', 'commercial kitchen', 'commercial building', 'commercial district', 'commercial street',
  'shooting star', 'shooting stars', 'shoot hoops', 'shoot a basketball', 'shoot the ball', 'shoot a goal', 'photo shoot',
  'photoshoot', 'bamboo shoot', 'bamboo shoots', 'shoot for the stars', 'shoot for the moon', 'shoot a video',
  'shoot a film', 'kill time', 'killing time', 'blood orange', 'blood oranges', 'blood moon',
  'bleeding heart', 'dead end', 'dead leaves', 'dead tired', 'dead heat', 'die roll', 'roll a die',
  'to die for', 'dying to', 'explosion of colour', 'explosion of color', 'explosion of flavour', 'explosion of flavor',
  'explodes with joy', 'bursting with joy', 'confetti cannon', 'cannonball', 'cannon ball', 'water gun', 'water pistol',
  'glue gun', 'bubble gun', 'pillow war', 'snowball war', 'pillow fight', 'snowball fight', 'army of ants', 'ant army', 'bomb pop',
  'bath bomb', 'bath bombs', 'photo bomb', 'photobomb', 'smoke bomb', 'sword fern', 'swordfish', 'butter knife',
  'pocket knife', 'knife and fork', 'fork and knife', 'axe to grind', 'hurt feelings', 'trump card', 'king charles spaniel',
  'poison ivy plant', 'tug of war', 'grave danger', 'ginger ale', 'root beer',
  'rum raisin', 'cocktail sauce', 'fruit cocktail', 'wine gums',
  'vote of thanks', 'fall asleep', 'broken toy', 'broken fence', 'cooking pot', 'over the falls', 'at the falls', 'near the falls',
  'by the falls', 'melt into a smile',
  'pull weed', 'garden weed', 'weed the garden', 'sonic boom',
];
