export { ClipEncoder, type EncodedClip } from './client';
export { toRgbaFrames, type FrameGeometry } from './frames';
export { AI_LABEL, type OverlayText } from './overlay';
export { probeClip, type ClipFacts } from './probe';
