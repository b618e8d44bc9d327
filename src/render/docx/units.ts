import type { Section } from '../../doc/doc.js';

/** Word measures lengths in twentieths of a point (twips), font sizes in half-points, drawings in EMU. */
export const twips = (pt: number): number => Math.round(pt * 20);
export const halfPoints = (pt: number): number => Math.round(pt * 2);
/** docx sizes pictures in pixels at 96 per inch (fractions kept: it rounds the EMUs itself). */
export const pixels = (pt: number): number => (pt * 96) / 72;

/** A4 in points, portrait. */
export const A4 = { width: 595.28, height: 841.89 } as const;

export function pageWidth(section: Section): number {
  return section.orientation === 'landscape' ? A4.height : A4.width;
}

/** Width of the text column of a section's pages, in points. */
export function textWidth(section: Section): number {
  return pageWidth(section) - section.margins.left - section.margins.right;
}
