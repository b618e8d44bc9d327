import type { Section } from '../../doc/doc.js';
import type { StyleSheet } from '../../doc/style.js';

/** Word measures lengths in twentieths of a point (twips), font sizes in half-points, drawings in EMU. */
export const twips = (pt: number): number => Math.round(pt * 20);
export const halfPoints = (pt: number): number => Math.round(pt * 2);
/** docx sizes pictures in pixels at 96 per inch (fractions kept: it rounds the EMUs itself). */
export const pixels = (pt: number): number => (pt * 96) / 72;

export function pageWidth(section: Section, style: StyleSheet): number {
  return section.orientation === 'landscape' ? style.page.height : style.page.width;
}

/** Width of the text column of a section's pages, in points. */
export function textWidth(section: Section, style: StyleSheet): number {
  return pageWidth(section, style) - section.margins.left - section.margins.right;
}
