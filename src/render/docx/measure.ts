import { fontMetrics } from '../../doc/fontMetrics.js';
import type { Typeface } from '../../doc/typeface.js';

/** How wide a text is in the profile's face, in points (advance widths: no shaping, no kerning). */
export function textWidthPt(face: Typeface, text: string, size: number, isBold = false): number {
  return fontMetrics(isBold ? face.files.bold : face.files.normal).advance(text) * size;
}
