import type { WordTokenizer } from './manifest';

export interface Tokenized {
  ids: number[];
  /** Words the model doesn't know: ignored (mapped to <unk>), reported so the UI can say so. */
  unknown: string[];
}

/** The words the model reads in a text (mirrors `split_words` in models/kinora-tiny/train/model.py). */
export function modelWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+/g) ?? [];
}

/** Word-level tokenizer, mirroring models/kinora-tiny/train/model.py: BOS, words, padding. */
export function tokenize(text: string, tok: WordTokenizer): Tokenized {
  const index = new Map(tok.vocab.map((w, i) => [w, i] as const));
  const words = modelWords(text);
  const unknown: string[] = [];
  const ids = [tok.bos];
  for (const w of words) {
    const id = index.get(w);
    if (id === undefined) unknown.push(w);
    ids.push(id ?? tok.unk);
  }
  ids.length = Math.min(ids.length, tok.maxTokens);
  while (ids.length < tok.maxTokens) ids.push(tok.pad);
  return { ids, unknown };
}
