/**
 * The visible provenance burned into every frame after upscaling: a semi-transparent dark band at
 * the bottom with the packs' attribution lines and "AI-generated", in white. The layout is pure
 * (tested in Node with a fake text measure); drawing needs a 2D canvas (the encoder worker's).
 */
export const AI_LABEL = 'AI-generated';

export interface OverlayText {
  /** One line per pack involved (its `attribution`); "AI-generated" is always added. */
  attribution: string[];
}

export interface OverlayLine {
  text: string;
  /** Left edge and alphabetic baseline, in pixels. */
  x: number;
  y: number;
  font: string;
}

export interface OverlayLayout {
  band: { x: number; y: number; width: number; height: number };
  lines: OverlayLine[];
}

const FONT_PX = 17;
const MIN_FONT_PX = 10;
const LINE_GAP = 5;
const PAD = 8;
const font = (px: number, weight: number) => `${weight} ${px}px sans-serif`;

/**
 * Attribution lines (duplicates dropped, so two characters of one pack credit it once), then the
 * label. A line too wide for the frame is set smaller rather than cut: the credit must be whole.
 */
export function overlayLayout(overlay: OverlayText, width: number, height: number, measure: (text: string, font: string) => number): OverlayLayout {
  const texts = [...new Set(overlay.attribution.map((a) => a.trim()).filter(Boolean)), AI_LABEL];
  const sized = texts.map((text) => {
    const weight = text === AI_LABEL ? 700 : 500;
    const fits = (width - 2 * PAD) / Math.max(1, measure(text, font(FONT_PX, weight)));
    const px = Math.max(MIN_FONT_PX, Math.min(FONT_PX, Math.floor(FONT_PX * fits)));
    return { text, px, font: font(px, weight) };
  });
  const bandHeight = PAD * 2 + sized.reduce((h, l) => h + l.px, 0) + LINE_GAP * (sized.length - 1);
  let y = height - bandHeight + PAD;
  const lines = sized.map(({ text, px, font }) => {
    y += px;
    const line = { text, x: PAD, y: y - Math.round(px * 0.2), font };
    y += LINE_GAP;
    return line;
  });
  return { band: { x: 0, y: height - bandHeight, width, height: bandHeight }, lines };
}

export function drawOverlay(ctx: OffscreenCanvasRenderingContext2D, overlay: OverlayText, width: number, height: number): void {
  const layout = overlayLayout(overlay, width, height, (text, f) => {
    ctx.font = f;
    return ctx.measureText(text).width;
  });
  ctx.save();
  ctx.fillStyle = 'rgba(0, 0, 0, 0.6)';
  ctx.fillRect(layout.band.x, layout.band.y, layout.band.width, layout.band.height);
  ctx.fillStyle = '#fff';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const line of layout.lines) {
    ctx.font = line.font;
    ctx.fillText(line.text, line.x, line.y);
  }
  ctx.restore();
}
