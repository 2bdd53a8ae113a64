/** How the picker draws each bundled character (the packs say who they are; this is only colour). */
const COLOURS: Record<string, string> = { pip: '#ff8a1f', bolt: '#2f5cf2', nova: '#36d35a', gloop: '#9a35cc' };

export function characterColour(id: string): string {
  return COLOURS[id] ?? '#8a84a8';
}

export const PROMPT_IDEAS = ['walks to the left at sunset', 'jumps in the snow', 'spins around at night', 'grows bigger on a sunny day', 'walks right in the daytime'];
