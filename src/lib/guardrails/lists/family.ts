/**
 * Kinora is family-friendly: beyond explicit content, it refuses suggestive framing and horror.
 * These are the everyday words that ask for them (the WordNet layer adds the kinds of demons,
 * undergarments and so on). Written for this project; base forms only (the engine inflects, but
 * does not match typos: "flesh" must not catch "fresh", nor "thong" "things").
 */
export const SUGGESTIVE_TERMS: readonly string[] = [
  'sultry', 'provocative', 'provocatively', 'flirty', 'flirtatious', 'seductively', 'alluring pose', 'suggestive',
  'suggestive pose', 'bedroom eyes', 'come hither', 'skimpy', 'scantily', 'scantily clad', 'revealing outfit',
  'revealing dress', 'low cut', 'low-cut', 'plunging neckline', 'bra', 'panties', 'thong', 'g-string', 'garter',
  'stockings and heels', 'busty', 'curvy body', 'hourglass figure', 'hot body', 'thicc', 'booty', 'bum', 'buttocks',
  'half naked', 'half-naked', 'barely dressed', 'partially clothed', 'wet t-shirt contest', 'wet t-shirt competition', 'pin-up', 'pin up girl', 'boudoir',
  'pole dance', 'pole dancing', 'bathing nude', 'bathtub selfie', 'french kiss', 'making out', 'kiss on the lips',
  'sexualised', 'sexualized',
  'lovers in bed', 'moaning in bed', 'woman getting changed', 'girl getting changed', 'watch her get changed', 'peeks at a woman', 'peeping tom', 'spank', 'spanking', 'unzip his pants',
  'unzips his pants', 'pulls down his pants', 'pull down her pants', 'steaming up the car windows', 'steaming up the windows', 'steams up the car windows', 'steam up the car windows', 'schoolgirl outfit', 'sexy schoolgirl', 'naughty schoolgirl', 'schoolgirl costume', 'maid outfit',
  'suggestively', 'strip poker', 'losing their clothes', 'her top floating away', 'bunny suit', 'playboy bunny', 'her bare chest',
  'see-through dress', 'see-through top', 'see through dress', 'sheer dress', 'the morning after pill', 'morning after pill', 'the morning after with', 'under the sheets', 'in his boxers',
  'in her bra', 'fishnet', 'fishnets', 'skirt flips up', 'skirt flip up', 'skirt blows up', 'skirt flying up', 'up her skirt', 'under her skirt',
  'love hotel', 'wet white shirt', 'wet white shirts', 'her bare back', 'woman s bare back', 'bare back and hips', 'bare hips', 'naked back', 'girls changing room', 'girls locker room', 'women s changing room', 'peeks into the changing room',
  'slides his paws lower', 'slides his hands lower', 'slides his hand lower', 'moves his hands lower', 'maid costume', 'french maid',
  'hot girl', 'hot girls', 'in the bath with a girl', 'in the shower with a girl', 'in the bath with a woman', 'in the shower with a woman',
];

export const HORROR_TERMS: readonly string[] = [
  'horror', 'horror movie', 'horror film', 'horrifying', 'terrifying', 'petrifying', 'bloodcurdling', 'spine-chilling',
  'creepy', 'creepypasta', 'too many joints', 'too many teeth', 'too many limbs', 'keeps smiling after', 'sinister', 'macabre', 'gruesome', 'grotesque', 'disturbing', 'disturbingly', 'nightmarish',
  'nightmare', 'nightmare fuel', 'haunted', 'haunting', 'haunted house', 'jump scare', 'jumpscare', 'possessed',
  'possession', 'demonic', 'satanic', 'occult', 'exorcism', 'ritual sacrifice', 'cursed doll', 'evil clown', 'killer clown',
  'slasher', 'serial killer', 'psycho killer', 'eldritch', 'lovecraftian', 'body horror', 'rotting flesh', 'rotting', 'decaying',
  'decomposing', 'maggots', 'skull pile', 'severed head', 'severed limb', 'eyeless', 'hollow eyes', 'black eyes bleeding', 'screaming in terror',
  'scream in terror', 'torture chamber', 'crypt', 'graveyard at midnight', 'coffin', 'undead', 'ghoul', 'wraith',
  'banshee', 'spectre', 'specter', 'apparition', 'shadow figure', 'faceless', 'hellish', 'hellscape', 'abomination',
  'skinless', 'hanged man', 'hanged body', 'twisted face', 'giant spider', 'crawling out of his skin', 'crawling out of her skin',
  'crawling out of a person', 'carcasses hanging',
  'climbs out of the painting', 'climbs out of the frame', 'crawls out of the painting', 'crawls out of the frame', 'crawls out of the tv', 'crawls out of the television', 'crawls out of the screen', 'climbs out of the mirror', 'crawls out of the mirror',
  'head turned all the way around', 'head turns all the way around', 'head turning all the way around', 'head spins all the way around',
  'walls breathe', 'walls are breathing', 'wallpaper breathes', 'wallpaper is breathing', 'face pushes through the wall', 'face pushes through the wallpaper',
  'spiders pour out', 'spiders pouring out', 'insects pour out', 'cockroaches pour out', 'covered in spiders', 'thousands of spiders', 'swarm of spiders',
  'cannibal', 'cannibals', 'cannibalism', 'human flesh', 'headless horseman', 'headless body', 'eats children', 'eating children',
  'boiling children', 'cooking children', 'eats a child', 'eating a child', 'eating babies', 'eats people', 'eating people',
  'jars of teeth', 'teeth in jars', 'human teeth', 'stitched mouth', 'mouth sewn shut', 'eyes sewn shut',
  'surgery without anesthesia', 'surgery without anaesthetic', 'operating without anesthesia',
  'broken neck', 'head in a jar', 'pus-filled', 'pus filled', 'oozing pus', 'peeling skin', 'the infected', 'infected people',
  'wearing human skin', 'wearing his skin', 'wearing her skin', 'mother s skin', 'father s skin', 'eating his own family', 'eats his own family', 'eating her own family', 'eats her own family', 'cooks the children',
  'cooks children', 'cooks the kids', 'children in her oven', 'children in the oven', 'with a human baby s face', 'with a baby s face', 'human baby s face', 'body covered in a sheet', 'body covered with a sheet', 'body bag', 'with no eyes', 'with no face', 'long grey fingers', 'long gray fingers', 'long bony fingers',
  'stitched to another', 'sewn to another', 'something under the bed', 'stretched mouth', 'pale figure', 'crawls on the ceiling', 'sewn into his bed', 'sewn into her bed', 'sewn into the bed', 'sewn into his sheets', 'sewn into her sheets', 'hear digging above', 'digging above him', 'digging above her', 'only the eyes are left', 'only the eyes left', 'on the ceiling crawling', 'crawling like a spider', 'crawls like a spider', 'has no eyes', 'have no eyes', 'had no eyes', 'with no eyes',
  'crawling on the ceiling', 'crawls across the ceiling', 'black teeth', 'cracked porcelain skin', 'with the face of a human',
  'with a human face', 'hair covering her face', 'out of a well', 'perfectly still in the corner', 'something in the corner',
  'something standing in the corner', 'turns her head all the way around', 'turns his head all the way around',
  'face just under the surface', 'face under the surface', 'face beneath the surface', 'bloated face', 'swollen face just',
  'takes off her face', 'takes off his face', 'took off her face', 'took off his face', 'pulls off her face', 'pulls off his face', 'peels off her face like', 'peels off his face like',
  'that he didn t film', 'that she didn t film', 'that he didn t take', 'that she didn t take', 'that nobody filmed', 'that no one filmed', 'that nobody took', 'that no one took',
];
