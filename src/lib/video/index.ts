export { ClipEncoder } from './client';
export { CODEC_PREFERENCE, type EncodeRequest, type EncodedClip } from './encode';
export { toRgbaFrames, type FrameGeometry } from './frames';
export { recordToTags, recordFromTags, RECORD_KEY, RECORD_FORMAT, type GenerationRecord, type RecordTags } from './metadata';

/** Output size of every clip: the model's frames are upscaled smoothly to this. */
export const OUTPUT_SIZE = 512;
export { probeClip, type ClipFacts } from './probe';
