import type { Block, Inline, ListItem, Table } from '../../doc/doc.js';
import { fontMetrics } from '../../doc/fontMetrics.js';
import { fontPt, pitchPt, type StyleSheet } from '../../doc/style.js';

/**
 * About how tall a block will be, from the face's advance widths: enough to decide what may move to the next page
 * together (a heading with what follows, the end of a project card) without asking for more than a page can hold.
 */
export class BlockHeight {
  constructor(
    private readonly style: StyleSheet,
    /** Width of the text column. */
    private readonly width: number,
  ) {}

  private lines(inlines: Inline[], official: number, width: number, bold = false): number {
    const text = inlines.map((i) => i.text).join('');
    const em = fontMetrics(this.style.typeface.files[bold || inlines.some((i) => i.bold) ? 'bold' : 'normal']).advance(text);
    return Math.max(1, Math.ceil((em * fontPt(this.style, official)) / Math.max(width, 1)));
  }

  private items(items: ListItem[], official: number, width: number): number {
    const label = Math.max(...items.map((i) => i.label.length)) * 0.5 * fontPt(this.style, official) + 8;
    return items.reduce(
      (h, item) => h + this.lines(item.inlines, official, width - label) * pitchPt(this.style, official) + (item.children ? this.items(item.children, official, width - label) : 0),
      0,
    );
  }

  private table(t: Table): number {
    const official = this.style.size[t.size ?? 'small'];
    const total = t.widths.reduce((a, b) => a + b, 0);
    const pad = this.style.cell.paddingTop + this.style.cell.paddingBottom;
    return t.rows.reduce((h, row) => {
      let tallest = 0;
      row.forEach((cell, i) => {
        const w = ((t.widths[i] ?? 0) / total) * this.width * (cell.colSpan ?? 1) - 2 * this.style.cell.paddingSide;
        const cellHeight = cell.blocks.reduce(
          (ch, b) => ch + (b.type === 'paragraph' ? this.lines(b.inlines, official, w, cell.bold) * pitchPt(this.style, official) : this.items(b.items, official, w)),
          0,
        );
        if ((cell.rowSpan ?? 1) === 1) tallest = Math.max(tallest, cellHeight);
      });
      return h + tallest + pad;
    }, 0);
  }

  of(b: Block): number {
    const s = this.style;
    switch (b.type) {
      case 'paragraph': {
        const official = s.size[b.size ?? 'body'];
        const first = b.firstLineIndent ?? 0;
        return this.lines([{ text: ' '.repeat(Math.round(first / 3)) }, ...b.inlines], official, this.width - (b.indent ?? 0)) * pitchPt(s, official) + (b.spaceBefore ?? 0) + (b.spaceAfter ?? 0);
      }
      case 'heading': {
        const official = s.heading.size[b.level];
        return this.lines(b.inlines, official, this.width, true) * pitchPt(s, official) + (b.spaceBefore ?? s.heading.spaceBefore[b.level]) + s.heading.spaceAfter;
      }
      case 'list':
        return this.items(b.items, s.size[b.size ?? 'body'], this.width - (b.indent ?? 0));
      case 'table':
        return this.table(b);
      case 'signature':
        return b.space + (1 + b.lines.length) * pitchPt(s, s.size.body);
      case 'image':
      case 'chart':
        return b.height;
      case 'rule':
        return 12;
      case 'pageBreak':
      case 'toc':
        return Number.POSITIVE_INFINITY;
    }
  }
}
