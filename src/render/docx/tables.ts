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
import type { Cell, Table } from '../../doc/doc.js';
import type { StyleSheet } from '../../doc/style.js';
import type { WriterContext } from './context.js';
import { listParagraphs } from './lists.js';
import { textWidthPt } from './measure.js';
import { paragraph, paragraphStyle } from './paragraphs.js';
import { sizePt } from './styles.js';
import { plainText } from './text.js';
import { twips } from './units.js';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

/**
 * Relative widths → cell widths in twips. For ruled tables the PDF writer shares the text width, less 8 pt of
 * padding per column and a point for the rules, between the columns' text; Word's cell widths include the padding,
 * so each cell is its share of text plus its own padding, and both formats wrap cell text at the same width.
 * Borderless tables (columns of text, no rules to line up with) share the whole text width.
 */
export function columnTwips(widths: number[], total: number, pads: number[], borderless: boolean, cell: StyleSheet['cell']): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const padding = pads.reduce((a, b) => a + b, 0);
  const text = borderless ? total - padding : total - twips(2 * cell.paddingSide) * widths.length - twips(2 * cell.rule);
  const shares = widths.map((w) => Math.round((w / sum) * text));
  shares[shares.length - 1]! += text - shares.reduce((a, b) => a + b, 0);
  return shares.map((share, i) => share + pads[i]!);
}

/** Left and right padding of each column: pdfmake's borderless layout has none at the table's outer edges. */
function columnPads(n: number, borderless: boolean, side: number): Array<{ left: number; right: number }> {
  return Array.from({ length: n }, (_, i) => ({
    left: borderless && i === 0 ? 0 : twips(side),
    right: borderless && i === n - 1 ? 0 : twips(side),
  }));
}

const shading = (fill: string) => ({ fill: fill.replace(/^#/, '').toUpperCase(), type: ShadingType.CLEAR, color: 'auto' });

/** Tables Word may join into one: same grid, same rules, same size, and no header rows after the first. */
export function joinable(a: Table, b: Table): boolean {
  return !!a.borderless === !!b.borderless && (a.size ?? 'small') === (b.size ?? 'small') && b.headerRows === 0 && a.widths.length === b.widths.length && a.widths.every((w, i) => w === b.widths[i]);
}

/** Text that cannot wrap: a no-break run, or a token with no space and no Thai letter ("๒,๘๓๓,๐๐๐", "๑๐."). */
function unbreakable(c: Cell): { text: string; bold: boolean } | undefined {
  if (c.blocks.length !== 1 || c.blocks[0]!.type !== 'paragraph') return undefined;
  const inlines = c.blocks[0]!.inlines;
  const text = plainText(inlines).trim();
  if (!text || !(inlines.every((i) => i.noBreak) || /^[^\s\u0e01-\u0e2e]+$/.test(text))) return undefined;
  return { text, bold: !!c.bold || inlines.some((i) => i.bold) };
}

/**
 * Consecutive Doc tables with the same grid become one Word table (Word would join them anyway), each keeping its
 * own rows together when it asks to. Every table is at the section's text width: fixed layout, header rows that
 * repeat on every page and stay with the first body row, rows that never split, colSpan as gridSpan and rowSpan as
 * a vertical merge. The Doc writes placeholder cells where spans cover the grid (as pdfmake does); they are skipped
 * here, or become the merge's continuation cells. Borderless tables have no padding at their outer edges, as
 * pdfmake's; a cell whose text can't wrap and doesn't fit gives up some of its padding.
 */
export function table(group: Table[], ctx: WriterContext): DocxTable {
  const t = group[0]!;
  const cell = ctx.style.cell;
  const pads = columnPads(t.widths.length, !!t.borderless, cell.paddingSide);
  const columns = columnTwips(t.widths, twips(ctx.width), pads.map((p) => p.left + p.right), !!t.borderless, cell);
  const size = t.size ?? 'small';
  const below: Array<{ rows: number; span: number; fill?: string } | undefined> = [];
  const blank = (header: boolean) => new DocxParagraph({ style: paragraphStyle(size, true), ...(header && { keepNext: true }), children: [] });

  const content = (c: Cell, header: boolean): DocxParagraph[] => {
    const blocks = c.blocks.flatMap((b) =>
      b.type === 'paragraph'
        ? [paragraph(b, ctx, { inTable: true, size, align: c.align, bold: c.bold, keepNext: header })]
        : listParagraphs(b, ctx, true, size),
    );
    return blocks.length ? blocks : [blank(header)];
  };
  const tableMargins = t.borderless
    ? { top: 0, bottom: 0, left: twips(cell.paddingSide), right: twips(cell.paddingSide) }
    : { top: twips(cell.paddingTop), bottom: twips(cell.paddingBottom), left: twips(cell.paddingSide), right: twips(cell.paddingSide) };
  const widthOf = (from: number, span: number) => columns.slice(from, from + span).reduce((a, b) => a + b, 0);
  const margins = (c: Cell, from: number, span: number) => {
    let left = pads[from]!.left;
    let right = pads[from + span - 1]!.right;
    const fixed = unbreakable(c);
    if (fixed) {
      const need = twips(textWidthPt(ctx.style.typeface, fixed.text, sizePt(ctx.style, size), fixed.bold) + 1);
      const room = widthOf(from, span) - need;
      if (room < left + right) {
        const share = Math.max(0, Math.floor(room / 2));
        left = Math.min(left, share);
        right = Math.min(right, Math.max(0, room - left));
      }
    }
    // The table's own margins hold for every cell that needs no others (most of them): a cell
    // repeats them only where they differ.
    if (left === tableMargins.left && right === tableMargins.right) return undefined;
    return { left, right, top: tableMargins.top, bottom: tableMargins.bottom };
  };

  const rows = group.flatMap((part, p) =>
    part.rows.map((row, r) => {
      const header = p === 0 && r < part.headerRows;
      const keepWithNext = header || (part.keepTogether && r < part.rows.length - 1);
      const cells: TableCell[] = [];
      let col = 0;
      let at = 0;
      while (col < columns.length && at < row.length) {
        const merged = below[col];
        if (merged && merged.rows > 0) {
          merged.rows--;
          cells.push(
            new TableCell({
              children: [blank(header)],
              verticalMerge: VerticalMergeType.CONTINUE,
              ...(merged.span > 1 && { columnSpan: merged.span }),
              width: { size: widthOf(col, merged.span), type: WidthType.DXA },
              ...(merged.fill && { shading: shading(merged.fill) }),
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
        const cellMargins = margins(c, col, span);
        cells.push(
          new TableCell({
            children: content(c, header),
            ...(span > 1 && { columnSpan: span }),
            ...(down > 1 && { verticalMerge: VerticalMergeType.RESTART }),
            width: { size: widthOf(col, span), type: WidthType.DXA },
            ...(cellMargins && { margins: cellMargins }),
            ...(c.fill && { shading: shading(c.fill) }),
            ...(header && { verticalAlign: VerticalAlignTable.CENTER }),
          }),
        );
        col += span;
        at += span;
      }
      return new TableRow({
        children: cells,
        ...(header && { tableHeader: true }),
        ...(part.keepRowsTogether && { cantSplit: true }),
        ...(keepWithNext && { keepNext: true }),
      });
    }),
  );

  // Word measures rules in eighths of a point.
  const line = t.borderless ? NONE : { style: BorderStyle.SINGLE, size: Math.round(cell.rule * 8), color: cell.ruleColour.replace(/^#/, '') };
  return new DocxTable({
    rows,
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    margins: tableMargins,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  });
}
