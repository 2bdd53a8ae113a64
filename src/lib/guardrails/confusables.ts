/**
 * Look-alike characters folded to the Latin letter they imitate. NFKC already folds fullwidth
 * forms, mathematical alphanumerics, circled and superscript letters; this table covers what NFKC
 * leaves alone: Cyrillic, Greek, Armenian and Cherokee look-alikes, small capitals, IPA letters
 * and regional-indicator symbols. Derived from the Unicode confusables data (confusables.txt,
 * targets a-z only). To extend: add the character to its target letter's string.
 */
const LOOK_ALIKES: Record<string, string> = {
  a: 'аАαΑɑᴀ⍺',
  b: 'вВЬьβΒʙƅᏴᛒ',
  c: 'сСϲϹᴄⅽℂꮯ',
  d: 'ԁԀᴅⅾᎠꓒ',
  e: 'еЕεΕҽᴇℯ℮ꬲ',
  f: 'ꜰϝϜ',
  g: 'ɡɢԌԍᏀ',
  h: 'һНΗʜհᎻ',
  i: 'іІιΙӏӀɪıⅰ',
  j: 'јЈϳᴊ',
  k: 'кКκΚᴋᏦ',
  l: 'ʟⅼǀ',
  m: 'мМΜᴍⅿ',
  n: 'пηΝɴո',
  o: 'оОοΟσᴏօ〇ⲟ',
  p: 'рРρΡᴘⲣ',
  q: 'ԛԚզ',
  r: 'гᴦʀꭇ',
  s: 'ѕЅꜱƽ',
  t: 'тТτΤᴛ',
  u: 'υʋᴜսμ',
  v: 'νѵᴠⅴ',
  w: 'ԝԜωᴡѡшШ',
  x: 'хХχΧⅹ',
  y: 'уУγΥүʏ',
  z: 'ᴢΖ',
  ss: 'ß',
  ae: 'æ',
  oe: 'œ',
};

const FOLD = new Map<string, string>();
for (const [latin, chars] of Object.entries(LOOK_ALIKES)) for (const ch of chars) FOLD.set(ch, latin);
// Regional indicators (🇬🇺🇳) are letters in disguise: U+1F1E6..U+1F1FF = a..z.
for (let i = 0; i < 26; i++) FOLD.set(String.fromCodePoint(0x1f1e6 + i), String.fromCharCode(97 + i));

/** The Latin letter(s) a look-alike character stands for, or the character itself. */
export function foldLookAlike(ch: string): string {
  return FOLD.get(ch) ?? ch;
}
