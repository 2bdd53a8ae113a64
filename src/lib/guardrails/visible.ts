/**
 * What a prompt shows, as opposed to the code points it holds. Invisible format characters
 * (zero-width spaces and joiners, bidirectional controls, tag characters…) and control characters
 * are stripped from what is checked, recorded and shown. Bidirectional overrides also reorder what
 * a reader sees: "Pip with a \u202Enug\u202C" holds "nug" but displays "gun", so the text as
 * displayed is checked too.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
/** C0/C1 controls other than tab and line breaks become spaces (they separate words when shown). */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Right-to-left override and embedding/isolate openers, and the characters that close them. */
const RTL_OPEN = new Set(['\u202E', '\u202B', '\u2067', '\u202D', '\u202A', '\u2066', '\u2068']);
const RTL_REVERSES = new Set(['\u202E']);
const CLOSE = new Set(['\u202C', '\u2069']);
/** Unicode's bidi algorithm stops opening levels past this depth (UAX #9, max_depth); so do we. */
const MAX_DEPTH = 125;

/** The prompt without invisible characters: what is checked, given to the model, recorded and shown. */
export function visibleText(prompt: string): string {
  return prompt.replace(CONTROLS, ' ').replace(INVISIBLE, '');
}

/**
 * The prompt as a reader sees it: text inside a right-to-left override (U+202E … U+202C or U+2069,
 * or to the end) is shown reversed. Nested overrides are read from the outside in. Other bidi
 * controls only open a level that a later close ends. Returns visible text.
 */
export function displayedText(prompt: string): string {
  if (![...RTL_REVERSES].some((c) => prompt.includes(c))) return visibleText(prompt);
  const stack: { reverse: boolean; chars: string[] }[] = [{ reverse: false, chars: [] }];
  for (const ch of prompt) {
    if (RTL_OPEN.has(ch)) {
      if (stack.length > MAX_DEPTH) continue;
      stack.push({ reverse: RTL_REVERSES.has(ch), chars: [] });
    } else if (CLOSE.has(ch) && stack.length > 1) {
      const level = stack.pop()!;
      stack.at(-1)!.chars.push(...(level.reverse ? level.chars.reverse() : level.chars));
    } else {
      stack.at(-1)!.chars.push(ch);
    }
  }
  while (stack.length > 1) {
    const level = stack.pop()!;
    stack.at(-1)!.chars.push(...(level.reverse ? level.chars.reverse() : level.chars));
  }
  return visibleText(stack[0]!.chars.join(''));
}
