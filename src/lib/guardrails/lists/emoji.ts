/**
 * Emoji read as the words they stand for, so that "Pip with a 🔫" is "Pip with a gun" to the rules
 * and its span is the emoji. Only emoji whose reading a rule refuses or needs ("🍆💦", a group
 * called "🐒"); every other emoji folds to nothing, as before. Read by the normaliser only: what is
 * recorded and shown keeps the emoji. Written for this project from the emoji's Unicode names and
 * their common slang.
 */
export const EMOJI_WORDS: Readonly<Record<string, string>> = {
  '🔫': 'gun',
  '🔪': 'knife',
  '🗡': 'dagger',
  '⚔': 'crossed swords',
  '💣': 'bomb',
  '💉': 'syringe',
  '🚬': 'cigarette',
  '🍺': 'beer',
  '🍻': 'beers',
  '🍷': 'wine',
  '🍸': 'cocktail',
  '🥃': 'whisky',
  '🍾': 'champagne',
  '🩸': 'blood',
  '🍆': 'eggplant emoji',
  '🍑': 'peach emoji',
  '💦': 'sweat drops emoji',
  '🐒': 'monkeys',
  '🐵': 'monkeys',
  '🦍': 'apes',
};
