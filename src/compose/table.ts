import type { Align, Cell, Inline, List, Paragraph, Table } from '../doc/doc.js';
import { LAYOUT } from '../doc/style.js';

/** A cell holding one paragraph of text. */
export function textCell(inlines: Inline[] | string, options: Omit<Cell, 'blocks'> & { align?: Align } = {}): Cell {
  const runs = typeof inlines === 'string' ? [{ text: inlines }] : inlines;
  const paragraph: Paragraph = { type: 'paragraph', inlines: runs, align: options.align ?? 'left' };
  return { ...options, blocks: [paragraph] };
}

export function blocksCell(blocks: Array<Paragraph | List>, options: Omit<Cell, 'blocks'> = {}): Cell {
  return { ...options, blocks };
}

export function table(widths: number[], headerRows: number, rows: Cell[][]): Table {
  return { type: 'table', widths, headerRows, rows, keepRowsTogether: true, size: 'small' };
}

/** Header cells: bold, centred, lightly shaded. */
export function headerCell(text: string, options: Omit<Cell, 'blocks'> = {}): Cell {
  return textCell([{ text, bold: true }], { align: 'center', fill: LAYOUT.fill.header, ...options });
}

/**
 * A header cell set on the lines given, one under the other, as a narrow column's heading is written
 * ("ลำดับ" over "ที่"). Besides matching the original, the stacked heading keeps text extractors
 * (poppler's reading order) from running the next column's heading straight into its first cell.
 */
export function stackedHeaderCell(lines: string[], options: Omit<Cell, 'blocks'> = {}): Cell {
  const cells = lines.map((text) => headerCell(text, options));
  return { ...cells[0]!, blocks: cells.flatMap((c) => c.blocks) };
}
