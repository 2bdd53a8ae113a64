/**
 * Stage 3, text: the words the model reads -> text embeddings. With classifier-free guidance the
 * empty prompt is encoded in the same batch, second.
 */
import { int64Input, runFloat, type Session } from '../engine/ort';
import { tokenize, type ModelManifest } from '../models';
import { TEXT_ENCODER_IO } from './io';

export interface TextInput {
  manifest: ModelManifest;
  session: Session;
  /** What the model reads (the guard stage's conditioning text). */
  conditioning: string;
  /** Also encode the empty prompt, for classifier-free guidance. */
  withEmpty: boolean;
}

export interface TextOutput {
  /** [batch, width] embeddings: the prompt's, then the empty prompt's when asked for. */
  embedding: Float32Array;
  batch: number;
  /** Words the tokenizer doesn't know (they are ignored). */
  unknownWords: string[];
  runMs: number;
  ms: number;
}

export async function encodeText({ manifest, session, conditioning, withEmpty }: TextInput): Promise<TextOutput> {
  const start = performance.now();
  const tok = manifest.tokenizer;
  const { ids, unknown } = tokenize(conditioning, tok);
  const batchIds = withEmpty ? [...ids, ...tokenize('', tok).ids] : ids;
  const batch = withEmpty ? 2 : 1;
  const out = await runFloat(session, { [TEXT_ENCODER_IO.tokens]: int64Input(batchIds, [batch, tok.maxTokens]) });
  return { embedding: out.outputs[TEXT_ENCODER_IO.embedding]!, batch, unknownWords: unknown, runMs: out.ms, ms: performance.now() - start };
}
