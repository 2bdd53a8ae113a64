/**
 * One generation as a chain of stages, each a module with typed input and output:
 *   inference worker: guard -> load -> text -> sample -> decode -> record  ──port──>
 *   encoder worker:   encode -> seal  ──>  main thread: save
 * The workers wire these; they hold no generation logic of their own.
 */
export { guard, type GuardInput, type GuardOutput } from './guard';
export { load, type LoadInput, type Loaded } from './load';
export { encodeText, type TextInput, type TextOutput } from './text';
export { latentSize, sample, type SampleInput, type SampleOutput } from './sample';
export { decode, type DecodeOutput } from './decode';
export { buildRecord, OUTPUT_SIZE, type RecordInput } from './record';
export { encode, pickCodec, CODEC_PREFERENCE, type EncodedFrames } from './encode';
export { sealClip, type SealRequest } from './seal';
export { save, type SaveOutput } from './save';
export { DENOISER_IO, TEXT_ENCODER_IO } from './io';
export { FramesInbox, type ClipFrames, type HandoffMessage } from './handoff';
