/** The bundled demo characters, as the picker shows them. `word` is how the model knows them. */
export interface Character {
  id: string;
  name: string;
  word: string;
  description: string;
  colour: string;
}

export const CHARACTERS: Character[] = [
  { id: 'pip', name: 'Pip', word: 'Pip the fox', description: 'an orange fox', colour: '#ff8a1f' },
  { id: 'bolt', name: 'Bolt', word: 'Bolt the robot', description: 'a blue robot', colour: '#2f5cf2' },
  { id: 'nova', name: 'Nova', word: 'Nova the star', description: 'a green star', colour: '#36d35a' },
  { id: 'gloop', name: 'Gloop', word: 'Gloop the slime', description: 'a purple slime', colour: '#9a35cc' },
];

export const PROMPT_IDEAS = ['walks to the left at sunset', 'jumps in the snow', 'spins around at night', 'grows bigger on a sunny day', 'walks right in the daytime'];
