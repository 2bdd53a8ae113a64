/**
 * Contempt for a group without a slur: a word for a group of people (by origin, religion, colour,
 * sexuality, gender, disability, body, class or age) near a word of contempt, or barred by a sign
 * ("no gays allowed"). Neither list blocks alone ("Pip learns about Jewish holidays", "Pip hates
 * broccoli" are fine); lists/nearby.ts pairs them. Written for this project.
 */
export const GROUP_TERMS: readonly string[] = [
  'immigrant', 'immigrants', 'migrant', 'migrants', 'refugee', 'refugees', 'foreigner', 'foreigners', 'asylum seeker',
  'jew', 'jews', 'jewish', 'muslim', 'muslims', 'islam', 'christian', 'christians', 'hindu', 'hindus', 'sikh', 'sikhs',
  'buddhist', 'atheist', 'atheists', 'religion', 'black people', 'white people', 'asian', 'asians', 'chinese',
  'mexican', 'mexicans', 'african', 'africans', 'arab', 'arabs', 'indian', 'indians', 'latino', 'latinos', 'gypsy',
  'gypsies', 'roma', 'race', 'skin colour', 'skin color', 'colour of their', 'color of their', 'gay', 'gays',
  'lesbian', 'lesbians', 'trans', 'transgender', 'bisexual', 'queer', 'women', 'girls', 'disabled', 'disability',
  'wheelchair', 'blind', 'deaf', 'autistic', 'down syndrome', 'fat', 'overweight', 'poor', 'homeless', 'old people',
  'elderly', 'accent', 'ethnic', 'ethnicity', 'ethnic group', 'minority', 'minorities', 'tribe', 'tribes',
  'nationality', 'foreign', 'natives', 'indigenous', 'aboriginal', 'religious', 'believers', 'catholic', 'catholics',
  'mormon', 'mormons', 'protestant', 'protestants', 'hijab', 'turban', 'synagogue', 'mosque', 'temple goers', 'lgbt',
  'lgbtq', 'gay men', 'nonbinary', 'non binary', 'feminist', 'feminists', 'dwarfism', 'little people', 'amputee',
  'amputees', 'handicapped', 'mentally ill', 'special needs', 'stutter', 'obese', 'skinny people', 'short people',
  'redheads', 'gingers', 'working class', 'welfare', 'beggars', 'peasants', 'villagers from', 'people from',
  'neighbours from', 'neighbors from', 'irish', 'polish', 'russians', 'japanese', 'koreans', 'italians', 'germans',
  'french people', 'americans', 'canadians', 'brazilians', 'nigerians', 'pakistanis', 'indonesians', 'filipinos',
  'vietnamese', 'turks', 'kurds', 'persians', 'iranians', 'israelis', 'palestinians', 'ukrainians',
  'black person', 'black man', 'black woman', 'black kid', 'black family', 'trans woman', 'trans man', 'trans kid',
  'native american', 'native americans',
  'black player', 'black football player', 'black footballer', 'black athlete',
  'drag queen', 'drag queens', 'overweight boy', 'overweight girl',
];

export const CONTEMPT_TERMS: readonly string[] = [
  'control the banks', 'control the media', 'control the world', 'secretly control', 'secretly run', 'are replacing us', 'replace us',
  'mock', 'mocking', 'mocks', 'make fun of', 'makes fun of', 'making fun of', 'laugh at', 'laughs at', 'laughing at',
  'ridicule', 'sneer', 'jeer', 'spit on', 'spits on', 'disgusting', 'disgusted', 'gross', 'inferior', 'subhuman',
  'vermin', 'animals', 'filthy', 'dirty', 'stupid', 'dumb', 'lazy', 'criminals', 'evil', 'go back', 'go home',
  'don t belong', 'dont belong', 'do not belong', 'ban all', 'deport', 'kick out', 'chase away', 'chases away',
  'chasing away', 'hate', 'hates', 'hating', 'worthless', 'parasites', 'invaders', 'not welcome', 'get out',
  'cartoon mocking', 'caricature', 'stereotype', 'stereotypical', 'exclude', 'excludes', 'shun', 'shuns', 'plague',
  'rats', 'cockroaches', 'roaches', 'pigs', 'apes', 'monkeys', 'savages', 'barbarians', 'primitive', 'uncivilized',
  'uncivilised', 'backward', 'freak', 'freaks', 'useless', 'degenerate', 'degenerates', 'scum', 'trash', 'garbage',
  'smelly', 'stinky', 'thieves', 'terrorists', 'rapists', 'leeches', 'infest', 'infesting', 'swarm', 'swarming',
  'undesirables', 'cleanse', 'cleansing', 'purge', 'exterminate', 'wipe out', 'should not exist', 'less than human',
  'not human', 'banning', 'banned', 'not allowed', 'segregate', 'segregated', 'laughingstock', 'pathetic', 'idiots',
  'dumps', 'humiliate', 'humiliated', 'humiliating', 'insult', 'insults', 'insulting', 'taunt', 'taunts', 'taunting',
  'bully', 'bullies', 'bullying', 'point and laugh', 'whites only', 'no dogs or',
  'weak', 'spat on', 'spitting on', 'throw rocks at', 'throws rocks at', 'throwing rocks at', 'throw stones at', 'throws stones at',
  'laughed at', 'mocked', 'ridiculed', 'jeered', 'huge lips', 'big lips', 'slanted eyes', 'buck teeth', 'called a man',
  'called a woman',
  'as a rat', 'as rats', 'as a monkey', 'as monkeys', 'as an ape', 'as apes', 'as a pig', 'as pigs', 'as cockroaches', 'as vermin',
  'broken english', 'eat dogs', 'eating dogs', 'as a mascot', 'sports mascot',
  'impression of', 'imitating', 'imitates', 'mimicking', 'mimics', 'throwing bananas', 'throw bananas', 'beaten', 'attacked',
  'assaulted', 'harassed',
  'ugly', 'won t let', 'wont let', 'smell bad', 'they smell', 'smell and steal', 'steal our jobs', 'steal chickens', 'greedy', 'predator', 'predators', 'left out of the game', 'left out on purpose', 'called a pig', 'blamed for', 'blame', 'as a joke', 'booed', 'booed off',
];
