import { defaultTypeface } from '../doc/typeface.js';
import { textWidthPt } from '../render/docx/measure.js';
import { FONT_SIZE } from './layout.js';

/**
 * Spreadsheet column widths are counted in widths of the digit 0 of the workbook's default font
 * (Calibri 11: 7 px at 96 dpi), so a text's Sarabun width in points converts as pt × 96/72 ÷ 7.
 * One unit more is the cell's padding on both sides.
 */
const PX_PER_PT = 96 / 72;
const PX_PER_UNIT = 7;

/** The column width a text needs on one line, in Sarabun at the workbook's size. */
export function widthOf(text: string, bold = false, size = FONT_SIZE): number {
  const widest = Math.max(0, ...text.split('\n').map((line) => textWidthPt(defaultTypeface(), line, size, bold)));
  return (widest * PX_PER_PT) / PX_PER_UNIT + 1.5;
}

/** A column as wide as its widest text, kept within [min, max] (wider texts wrap). */
export function fitWidth(texts: Array<{ text: string; bold?: boolean }>, min: number, max: number): number {
  const widest = Math.max(min, ...texts.map((t) => widthOf(t.text, t.bold)));
  return Math.min(max, Math.ceil(widest));
}

/** Sarabun's line height (ascent + descent ≈ 1.3 em) and a little room above and below, in points. */
const LINE_EM = 1.3;
const ROW_PADDING_PT = 4;

/**
 * The height a row needs for a text wrapped in a column of `width` units. Spreadsheets keep stored
 * row heights rather than fitting wrapped text on opening, so the export sets them.
 */
export function rowHeightFor(text: string, width: number, bold = false, size = FONT_SIZE): number {
  // Lines break between words, not at the last pixel: count on a little less than the full width.
  const usable = Math.max(1, (width - 1.5) * 0.92);
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((widthOf(line, bold, size) - 1.5) / usable)), 0);
  return Math.ceil(lines * LINE_EM * size + ROW_PADDING_PT);
}
