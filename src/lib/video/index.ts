export { ClipEncoder } from './client';
export { CODEC_PREFERENCE, type EncodeRequest, type EncodedClip } from './encode';
export { toRgbaFrames, type FrameGeometry } from './frames';
export { AI_LABEL, type OverlayText } from './overlay';

/** Output size of every clip: the model's frames are upscaled smoothly to this. */
export const OUTPUT_SIZE = 512;
export { probeClip, type ClipFacts } from './probe';
