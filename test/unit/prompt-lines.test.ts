import { describe, expect, it } from 'vitest';
import { parsePromptLines } from '../../scripts/prompt-lines';

describe('prompt file of npm run generate -- --prompts', () => {
  it('makes a job of each line, numbered from 1, blank lines skipped, named by line when unnamed', () => {
    const text = ['{"prompt": "Pip the fox jumps in the snow", "character": "pip", "seed": 7}', '', '{"prompt": "Pip waves", "name": "wave", "steps": 2}', ''].join('\n');
    expect(parsePromptLines(text)).toEqual([
      { line: 1, job: { prompt: 'Pip the fox jumps in the snow', character: 'pip', seed: 7, name: 'line-1' } },
      { line: 3, job: { prompt: 'Pip waves', steps: 2, name: 'wave' } },
    ]);
  });

  it('fills what a line leaves out from the command line, and the line wins', () => {
    const [first, second] = parsePromptLines('{"prompt": "a"}\n{"prompt": "b", "seed": 3, "mode": "quality", "guidance": 4}', { mode: 'fast', seed: 9, character: 'pip' });
    expect(first).toEqual({ line: 1, job: { prompt: 'a', mode: 'fast', seed: 9, character: 'pip', name: 'line-1' } });
    expect(second).toEqual({ line: 2, job: { prompt: 'b', mode: 'quality', seed: 3, guidance: 4, character: 'pip', name: 'line-2' } });
  });

  it('reports each bad line with its number and what is wrong, and keeps the good ones', () => {
    const text = [
      '{"prompt": "Pip jumps"}',
      '{"prompt": "Pip jumps"',
      '{"prompt": "  "}',
      '{"prompt": "Pip", "sede": 4}',
      '{"prompt": "Pip", "seed": -1}',
      '{"prompt": "Pip", "character": "Pip the Fox"}',
      '{"prompt": "Pip", "guidance": 5}',
      '{"prompt": "Pip", "name": "../escape"}',
      '{"prompt": "Pip", "name": "line-01"}',
      '["Pip"]',
      '{"prompt": "Pip sits", "mode": "slow"}',
      '{"prompt": "Pip sits", "mode": "quality", "steps": 20}',
    ].join('\n');
    const parsed = parsePromptLines(text);
    expect(parsed.map((p) => ('error' in p ? `${p.line}: ${p.error}` : `${p.line}: ok`))).toEqual([
      '1: ok',
      expect.stringMatching(/^2: not JSON \(/),
      '3: line.prompt: expected a non-empty string',
      '4: unknown field "sede" (fields: prompt, character, seed, steps, mode, guidance, name)',
      '5: line.seed: expected a whole number from 0 to 4294967295',
      '6: line.character: "Pip the Fox" is not a character id (lower-case, like "pip")',
      '7: guidance needs "mode": "quality" (fast mode has it baked in)',
      '8: line.name: "../escape" is not a file name (letters, digits, ".", "_" and "-", at most 100)',
      '9: name "line-01" is already used by line 1',
      '10: line: expected an object',
      '11: line.mode: expected one of "fast", "quality"',
      '12: ok',
    ]);
  });
});
