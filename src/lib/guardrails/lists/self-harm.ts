/**
 * Self-harm and suicide. Compiled from the self-harm sections of common moderation lists and the
 * terms used in safe-messaging guidelines (samaritans.org, WHO), reduced to unambiguous ones
 * ("cutting paper" is fine, "cutting himself" is not). List base forms; inflections are added.
 */
export const SELF_HARM_TERMS: readonly string[] = [
  'suicide', 'suicidal', 'kill himself', 'kill herself', 'kill themselves', 'kill myself', 'kill itself', 'killing himself',
  'end his life', 'end her life', 'end their life', 'end my life', 'end it all', 'take his own life', 'take her own life',
  'take their own life', 'self-harm', 'self harm', 'selfharm', 'self-injury', 'self injury', 'self-mutilation',
  'cut himself', 'cut herself', 'cut themselves', 'cut myself', 'cutting himself', 'cutting herself', 'cutting myself', 'cut hisself', 'cutting hisself',
  'slit wrists', 'slit his wrists', 'slit her wrists', 'slit my wrists', 'wrist cutting', 'hang himself', 'hang herself',
  'hang themselves', 'hang myself', 'noose', 'overdose', 'pill overdose', 'jump off a bridge', 'jumps off a bridge',
  'jump off a building', 'jumps off a roof', 'anorexia', 'anorexic', 'bulimia', 'bulimic', 'pro-ana', 'thinspiration',
  'swallows the whole packet', 'swallowed the whole packet', 'swallows a whole packet', 'takes the whole packet', 'swallows the whole box',
  'so he won t wake up', 'so she won t wake up', 'so he never wakes up', 'so she never wakes up', 'hoping not to wake up', 'hopes not to wake up',
  'starve himself', 'starve herself', 'only eats ice cubes', 'only eats ice', 'eats only ice cubes', 'eats nothing but ice', 'stops eating for', 'stopped eating for', 'to be thinner', 'to look thinner',
  'ribs showing', 'ribs sticking out', 'skips meals to', 'skipping meals to', 'starving himself', 'starving herself', 'purging', 'burn himself', 'burn herself',
  'cutting his wrists', 'cutting her wrists', 'cut his wrists', 'cut her wrists', 'bottle of pills', 'handful of pills', 'how long the fall is', 'how far the fall is', 'how far the drop is', 'how high the drop is', 'tallest bridge near him', 'tallest bridge near her', 'highest bridge near',
  'tired of everything', 'tired of living', 'tired of being alive', 'writes his will', 'writes her will', 'wrote his will', 'wrote her will', 'gives away all his things', 'gives away all her things',
  'makes himself sick after every', 'makes herself sick after every', 'makes himself sick after meals', 'makes herself sick after meals', 'makes himself throw up', 'makes herself throw up', 'makes himself vomit', 'makes herself vomit', 'throws up after every meal',
  'scratches his wrists with', 'scratches her wrists with', 'scratching his wrists with', 'scratching her wrists with', 'ways to disappear', 'ways to die', 'ways to end it all', 'how to disappear forever', 'takes every pill', 'took every pill', 'swallows every pill', 'takes all the pills', 'swallows all the pills', 'took all the pills', 'every pill in the',
  'hanging himself', 'hanging herself', 'no reason to live', 'goodbye letter',
  'want to die', 'wants to die', 'death wish', 'suicide note', 'suicide pact', 'sewerslide', 'sewer slide', 'unalive', 'unalived', 'kms', 'gonna kms',
  'step in front of a train', 'jump in front of a train', 'walk in front of a train', 'lie in front of a train',
  'throw himself in front of a train', 'throw herself in front of a train', 'climb the railing of a bridge', 'climb over the railing of a bridge',
  'throwing up after eating',
  'throws up after eating', 'purging after eating', 'bulimia', 'bulimic', 'gun at his own head', 'gun to his own head', 'gun to her own head',
  'rope tied to the ceiling', 'rope to the ceiling fan', 'pill bottles scattered', 'empty pill bottles', 'not eaten in days',
  'hasn t eaten in days', 'walking into the ocean fully clothed', 'walks into the sea fully clothed', 'burning herself with',
  'burning himself with', 'burns herself with', 'burns himself with',
  'hiding her cuts', 'hiding his cuts', 'her cuts', 'his cuts', 'standing on train tracks', 'standing on the train tracks', 'lying on train tracks',
  'lying on the train tracks', 'garage with the engine running',
  'bathtub full of red water', 'bath full of red water', 'bathtub of red water', 'bathtub full of blood', 'bath full of blood',
  'pinches his belly', 'pinches her belly', 'pinches his stomach', 'pinches her stomach', 'weighs himself again', 'weighs herself again',
  'weighs himself for the', 'weighs herself for the', 'disgusted by his body', 'disgusted by her body', 'hates his body', 'hates her body',
  'belt around his neck', 'belt around her neck', 'belt round his neck', 'belt round her neck', 'plastic bag over his head', 'plastic bag over her head', 'plastic bag over their head', 'plastic bag over my head', 'plastic bag over his own head',
];
