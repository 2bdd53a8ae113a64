/**
 * Hate: slurs, hate symbols and groups, harassment. A blocklist, written plainly on purpose so it
 * can be reviewed. Sources: the Hatebase English lexicon, ADL "Hate on Display" symbol database
 * and common moderation lists, reduced to terms with no everyday meaning ("cracker", "homo sapiens"
 * left out). List base forms; inflections, leetspeak and split letters are handled by the engine.
 */
export const SLURS: readonly string[] = [
  'tears down the pride flag', 'tore down the pride flag', 'burns the pride flag', 'rips up the pride flag', 'only two genders',
  'curry muncher', 'curry munchers', 'dog eater', 'dog eaters', 'monkey noises', 'monkey chants', 'monkey sounds at', 'kung flu', 'chinese virus',
  'nigger', 'nigga', 'niggah', 'negro', 'kike', 'spic', 'spick', 'chink', 'gook', 'wetback', 'beaner', 'faggot', 'fag',
  'dyke', 'tranny', 'shemale', 'retard', 'retarded', 'raghead', 'towelhead', 'sandnigger', 'camel jockey', 'coon',
  'jigaboo', 'porch monkey', 'paki', 'jap', 'kraut', 'honky', 'redskin', 'squaw', 'golliwog', 'wop', 'dago',
  'polack', 'chinaman', 'zipperhead', 'slant eye', 'slanty', 'gypo', 'pikey', 'tinker gypsy', 'mongoloid', 'spaz',
  'cripple', 'midget', 'heeb', 'hymie', 'yid', 'kaffir', 'abbo', 'gringo', 'cholo', 'wigger', 'femoid', 'incel',
  'sodomite', 'trannie', 'ladyboy', 'batty boy', 'poofter', 'queer bashing', 'feminazi', 'libtard',
];

/**
 * Coded hate (numbers, echoes, caricatures, books) found by probe round 70, after the learned
 * check's synthetic prompts were made from HATE_SYMBOLS: kept apart so that the trainer's data
 * (scripts/guard-synthetic.ts), and so the shipped classifier, stay reproducible. The rules read both.
 */
export const HATE_CODES: readonly string[] = [
  'zionist occupied', 'happy merchant', 'the turner diaries', 'turner diaries',
  'globalists control', '(((globalists)))', 'the globalists control', 'triple parentheses', 'echo parentheses',
];

export const HATE_SYMBOLS: readonly string[] = [
  'star of david with a cross through', 'crossed out star of david', 'crossed-out star of david', 'star of david crossed out',
  'nazi', 'nazis', 'neo-nazi', 'neonazi', 'swastika', 'hakenkreuz', 'ss bolts', 'sieg heil', 'heil hitler', 'third reich',
  'reich', 'fuhrer', 'gestapo', 'kkk', 'ku klux klan', 'klansman', 'klan', 'white power', 'white pride', 'white supremacy',
  'white supremacist', 'aryan', 'aryan nation', '1488', '14 words', 'burning cross', 'cross burning', 'confederate flag',
  'rebel flag', 'blood and soil', 'totenkopf', 'black sun symbol', 'sonnenrad', 'wolfsangel', 'iron cross nazi',
  'skinhead', 'proud boys', 'atomwaffen', 'isis', 'isis flag', 'al qaeda', 'taliban', 'hamas', 'hezbollah', 'boko haram', 'al shabaab', 'kkk rally', 'jihad', 'jihadi', 'holocaust denial',
  'race war', 'master race', 'ethnostate', 'hate speech', 'hate crime', 'hate group', 'racist', 'racism', 'racial slur',
  'antisemitic', 'antisemitism', 'homophobic', 'homophobia', 'transphobic', 'islamophobic', 'xenophobic', 'bigot',
  'blackface', 'yellowface', 'minstrel show',
  'ss officer', 'ss uniform', 'ss soldier', 'waffen ss', 'crossed out rainbow flag', 'crossed-out rainbow flag', 'anti-gay', 'anti gay', 'draws the prophet', 'drawing the prophet', 'drew the prophet', 'the prophet as a', 'cartoon of the prophet', 'god hates',
  'whites only', 'burning a cross', 'burns a cross', 'burn a cross', 'white hoods', 'white hooded robes', 'burning a rainbow flag', 'rainbow flag being burned', 'pride flag burned', 'burning a pride flag',
];

export const HARASSMENT_TERMS: readonly string[] = [
  'harass', 'harassment', 'bully', 'bullying', 'cyberbully', 'cyberbullying', 'dox', 'doxx', 'doxxing', 'stalker',
  'humiliate', 'humiliation', 'degrade', 'threaten', 'death threat', 'intimidate', 'mock his disability', 'make fun of',
  'body shame', 'body shaming', 'fat shaming', 'slur', 'slurs', 'insult', 'ridicule', 'taunt', 'name calling',
  'go back to your country', 'go back to your own country', 'go back to their country', 'go back to their own country',
  'go back to the desert', 'go back to the jungle', 'go back where you came from', 'go back to where you came from', 'go back where they came from',
  'clothes in the toilet', 'clothes down the toilet', 'head in the toilet', 'head down the toilet', 'gives him a swirly', 'gives her a swirly',
  'go back where they came from', 'go back where you came from', 'kill yourself', 'kys',
];
