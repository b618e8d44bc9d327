import {
  BorderStyle,
  Paragraph as DocxParagraph,
  ShadingType,
  Table as DocxTable,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { Cell, Table } from '../../compose/doc.js';
import type { WriterContext } from './context.js';
import { listParagraphs } from './lists.js';
import { paragraph, paragraphStyle } from './paragraphs.js';
import { twips } from './units.js';

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '555555' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

/** Relative widths → twips that add up to the text width exactly (the last column takes the rounding). */
export function columnTwips(widths: number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const out = widths.map((w) => Math.round((w / sum) * total));
  out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

const fillOf = (fill: string) => ({ fill: fill.replace(/^#/, '').toUpperCase(), type: ShadingType.CLEAR, color: 'auto' });

/**
 * A table at the section's text width: fixed layout, header rows that repeat on every page and stay with the first
 * body row, rows that never split, colSpan as gridSpan and rowSpan as a vertical merge. The Doc writes placeholder
 * cells where spans cover the grid (as pdfmake does); they are skipped here, or become the merge's continuation cells.
 */
export function table(t: Table, ctx: WriterContext): DocxTable {
  const columns = columnTwips(t.widths, twips(ctx.width));
  const size = t.size ?? 'small';
  const below: Array<{ rows: number; span: number; fill?: string } | undefined> = [];

  const content = (c: Cell, header: boolean): DocxParagraph[] => {
    const blocks = c.blocks.flatMap((b) =>
      b.type === 'paragraph'
        ? [paragraph(b, ctx, { inTable: true, size, align: c.align, bold: c.bold, keepNext: header })]
        : listParagraphs(b, ctx, true, size),
    );
    return blocks.length ? blocks : [new DocxParagraph({ style: paragraphStyle(size, true), keepNext: header, children: [] })];
  };
  const width = (from: number, span: number) => ({ size: columns.slice(from, from + span).reduce((a, b) => a + b, 0), type: WidthType.DXA });

  const rows = t.rows.map((row, r) => {
    const header = r < t.headerRows;
    const cells: TableCell[] = [];
    let col = 0;
    let at = 0;
    while (col < columns.length && at < row.length) {
      const merged = below[col];
      if (merged && merged.rows > 0) {
        merged.rows--;
        cells.push(
          new TableCell({
            children: [new DocxParagraph({ style: paragraphStyle(size, true), keepNext: header, children: [] })],
            verticalMerge: VerticalMergeType.CONTINUE,
            columnSpan: merged.span > 1 ? merged.span : undefined,
            width: width(col, merged.span),
            ...(merged.fill && { shading: fillOf(merged.fill) }),
          }),
        );
        col += merged.span;
        at += merged.span;
        continue;
      }
      const c = row[at]!;
      const span = Math.min(c.colSpan ?? 1, columns.length - col);
      const down = c.rowSpan ?? 1;
      if (down > 1) below[col] = { rows: down - 1, span, fill: c.fill };
      cells.push(
        new TableCell({
          children: content(c, header),
          ...(span > 1 && { columnSpan: span }),
          ...(down > 1 && { verticalMerge: VerticalMergeType.RESTART }),
          width: width(col, span),
          ...(c.fill && { shading: fillOf(c.fill) }),
          ...(header && { verticalAlign: VerticalAlignTable.CENTER }),
        }),
      );
      col += span;
      at += span;
    }
    return new TableRow({ children: cells, ...(header && { tableHeader: true }), ...(t.keepRowsTogether && { cantSplit: true }) });
  });

  const line = t.borderless ? NONE : RULE;
  return new DocxTable({
    rows,
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    margins: { top: twips(1), bottom: twips(1), left: twips(4), right: twips(4) },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  });
}
