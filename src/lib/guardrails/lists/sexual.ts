/**
 * Sexual content and nudity. A blocklist: words are written plainly. Sources: common
 * content-moderation term lists (e.g. LDNOOBW "List of Dirty, Naughty, Obscene and Otherwise Bad
 * Words", English), reduced to words with no everyday meaning. The engine adds inflections and
 * catches split, stretched and leetspeak spellings; list base forms only.
 */
export const SEXUAL_TERMS: readonly string[] = [
  'exposes himself', 'exposing himself', 'exposed himself', 'exposes herself', 'not safe for work', 'having it off', 'having it away', 'shagging', 'bonking', 'getting it on',
  'sex', 'sexy', 'sexual', 'sexually', 'sexting', 'nude', 'nudes', 'nudity', 'naked', 'nakedness', 'porn', 'porno', 'nudist', 'nudism', 'naturist', 'naturism', 'nude beach',
  'pornography', 'pornographic', 'xxx', 'nsfw', 'erotic', 'erotica', 'orgasm', 'orgy', 'boobs', 'boob', 'tits', 'titties',
  'nipple', 'penis', 'vagina', 'vulva', 'genitals', 'genitalia', 'testicles', 'clitoris', 'anus', 'private parts', 'his privates', 'her privates', 'their privates', 'butt naked', 'stark naked',
  'stripper', 'strip show', 'humping', 'humps the', 'humps her', 'humps him', 'hot and heavy', 'moaning ladies', 'moaning women', 'moaning girls', 'adult videos', 'dirty videos', 'dirty magazines',
  'with their pants down', 'with his pants down', 'with her pants down', 'with their trousers down', 'knickers down', 'undoes his belt', 'undoing his belt', 'unbuckles his belt', 'unzips his trousers', 'unzips his pants', 'unzips his fly', 'striptease', 'strip club', 'strip tease', 'pole dancer', 'lap dance', 'lingerie', 'topless', 'bottomless',
  'hentai', 'rule 34', 'fetish', 'bdsm', 'bondage', 'dominatrix', 'horny', 'aroused', 'arousal', 'seductive', 'seduce',
  'sensual', 'lewd', 'onlyfans', 'milf', 'threesome', 'masturbate', 'masturbation', 'intercourse', 'rape', 'rapist',
  'molest', 'molestation', 'pedophile', 'paedophile', 'pedo', 'incest', 'hooker', 'prostitute', 'prostitution', 'slut',
  'whore', 'make love', 'making love', 'making out', 'undress', 'undressing', 'undressed', 'no clothes', 'without clothes',
  'in underwear', 'in his underwear', 'in her underwear', 'skinny dipping', 'blowjob', 'handjob', 'cumshot', 'dildo',
  'vibrator', 'condom', 'fornicate', 'cunnilingus', 'fellatio', 'ejaculate', 'boner', 'twerk', 'twerking',
  'camgirl', 'playboy', 'pinup', 'bikini model', 'sugar daddy', 'gangbang', 'creampie', 'bukkake', 'hardcore porn',
  'softcore', 'smut', 'upskirt', 'voyeur', 'exhibitionist', 'cleavage', 'booty call', 'one night stand', 'sexbot',
  'furry porn', 'yiff', 'ecchi', 'lolicon', 'shotacon', 'loli', 'seggs', 'corn on his phone', 'corn on her phone', 'corn on his laptop', 'corn on her laptop', 'cornhub', 'corn site', 'corn videos', 'spicy pic', 'spicy pics', 'spicy photo', 'spicy photos', 'spicy selfie', 'spicy selfies', 'grope', 'arouse', 'testicle',
  'grabs her butt', 'grabbing her butt', 'grabbing a woman s butt', 'grabs a woman s butt', 'butt grab', 'grabbing her breasts',
  'in the sheets', 'thirst trap', 'hand on her thigh', 'hand up her skirt',
  'flashing people', 'flashes people', 'flasher', 'flashing his', 'flashing her',
  'huge breasts', 'big breasts', 'large breasts', 'her breasts', 'bare breasts', 'full frontal',
];
