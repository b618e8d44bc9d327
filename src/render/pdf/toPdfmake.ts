import type { Block, Cell, Doc, Heading, Inline, List, ListItem, Paragraph, Section, Table } from '../../doc/doc.js';
import { fontMetrics } from '../../doc/fontMetrics.js';
import { BlockHeight } from './blockHeight.js';
import { fontPt, pitchPt, styleSheet, type StyleSheet } from '../../doc/style.js';
import { chartNode } from './chart.js';
import { imageBeside } from './imageBeside.js';
import { placeNodes } from './pageStarts.js';

/**
 * What the layout found, filled in after the body is laid out and before headers, footers and the
 * page numbers of the table of contents are drawn: page labels, anchor pages, continuation words.
 */
export interface LayoutFacts {
  labels: string[];
  /** Page labels as the table of contents counts them. */
  tocLabels: string[];
  anchors: Map<string, number>;
  continuations: Map<number, string>;
  /** The last page of every section, by section id. */
  sectionEnds: Map<string, number>;
}

/** The Doc's style sheet, or the default one (bundled Sarabun). */
export function styleOf(doc: Doc): StyleSheet {
  return doc.style ?? styleSheet();
}

type Node = Record<string, unknown>;

const zero = () => 0;
const LIST_LAYOUT = { hLineWidth: zero, vLineWidth: zero, paddingLeft: zero, paddingRight: () => 2, paddingTop: zero, paddingBottom: zero };

/**
 * pdfmake's lineHeight multiplies the font's own line (hhea ascent − descent); the style sheet's pitch is a
 * multiple of the official size. One factor turns one into the other for every size.
 */
export function lineHeightFactor(style: StyleSheet): number {
  const face = fontMetrics(style.typeface.files.normal);
  return style.lineEm / (style.typeface.scale * face.lineEm);
}

export const sectionAnchor = (id: string) => `section:${id}`;

function inlineNodes(inlines: Inline[]): Node[] {
  return inlines.map((i) => ({ text: i.text, ...(i.bold && { bold: true }), ...(i.italic && { italics: true }), ...(i.noBreak && { noWrap: true }) }));
}

function plainText(inlines: Inline[]): string {
  return inlines.map((i) => i.text).join('');
}

class SectionWriter {
  private readonly style: StyleSheet;

  constructor(
    private readonly doc: Doc,
    private readonly section: Section,
    private readonly sectionIndex = doc.sections.indexOf(section),
  ) {
    this.style = styleOf(doc);
  }

  get width(): number {
    const page = this.section.orientation === 'landscape' ? this.style.page.height : this.style.page.width;
    return page - this.section.margins.left - this.section.margins.right;
  }

  /** Points of the face for a named size. */
  pt(size: keyof StyleSheet['size']): number {
    return fontPt(this.style, this.style.size[size]);
  }

  paragraph(p: Paragraph): Node {
    const size = this.pt(p.size ?? 'body');
    const margin = [p.indent ?? 0, p.spaceBefore ?? 0, 0, p.spaceAfter ?? 0];
    const text: Node = {
      text: inlineNodes(p.inlines),
      fontSize: size,
      alignment: p.align === 'justify' ? 'left' : (p.align ?? 'left'),
      ...(p.firstLineIndent && { leadingIndent: p.firstLineIndent }),
    };
    if (p.hangingLabel) {
      return { columns: [{ width: 'auto', text: p.hangingLabel, fontSize: size }, { width: '*', ...text }], columnGap: this.style.labelGap, margin };
    }
    return { ...text, margin };
  }

  heading(h: Heading): Node {
    const s = this.style.heading;
    return {
      text: inlineNodes(h.inlines),
      bold: true,
      fontSize: fontPt(this.style, s.size[h.level]),
      alignment: h.align ?? 'left',
      margin: [0, h.spaceBefore ?? s.spaceBefore[h.level], 0, s.spaceAfter],
      ...(h.id && { id: h.id }),
    };
  }

  /**
   * A list is a borderless two-column table (label, text): unlike pdfmake's columns, table rows
   * break across pages cleanly, and the text of every line stays aligned after the label.
   */
  listTable(items: ListItem[], size: number): Node {
    const labelWidth = Math.max(...items.map((i) => i.label.length)) * size * 0.5 + size * 0.5;
    return {
      table: {
        widths: [labelWidth, '*'],
        // An item of a few lines moves to the next page whole rather than leave a line behind;
        // an item with nested items may break between them.
        dontBreakRows: false,
        // The marks let the page finish (pageFinish.ts) keep a label on the page its text starts on.
        body: items.map((item) => [
          { text: item.label, fontSize: size, _listLabel: true },
          { stack: [{ text: inlineNodes(item.inlines), fontSize: size, _listText: true }, ...(item.children ? [this.listTable(item.children, size)] : [])] },
        ]),
      },
      layout: LIST_LAYOUT,
    };
  }

  list(l: List): Node {
    const size = this.pt(l.size ?? 'body');
    return { stack: [this.listTable(l.items, size)], margin: [l.indent ?? 0, 0, 0, 0] };
  }

  cell(c: Cell | undefined, size: 'body' | 'small'): Node {
    if (!c || c.blocks.length === 0) return { text: '', ...(c?.fill && { fillColor: c.fill }) };
    return {
      stack: c.blocks.map((b) => (b.type === 'paragraph' ? this.paragraph({ ...b, align: b.align ?? c.align, size }) : this.list({ ...b, size }))),
      ...(c.colSpan && { colSpan: c.colSpan }),
      ...(c.rowSpan && { rowSpan: c.rowSpan }),
      ...(c.fill && { fillColor: c.fill }),
      ...(c.bold && { bold: true }),
    };
  }

  table(t: Table): Node {
    const node = this.tableNode(t);
    return t.keepTogether ? { stack: [node], unbreakable: true } : node;
  }

  tableNode(t: Table): Node {
    const total = t.widths.reduce((a, b) => a + b, 0);
    const c = this.style.cell;
    // Ruled tables pad every cell on both sides; borderless ones only between their columns.
    const available = t.borderless ? this.width - 2 * c.paddingSide * (t.widths.length - 1) : this.width - 2 * c.paddingSide * t.widths.length - 2 * c.rule;
    const widths = t.widths.map((w) => (w / total) * available);
    return {
      table: {
        widths,
        headerRows: t.headerRows,
        keepWithHeaderRows: t.headerRows ? 1 : 0,
        dontBreakRows: t.keepRowsTogether,
        body: t.rows.map((row) => row.map((c) => this.cell(c, t.size ?? 'small'))),
      },
      layout: t.borderless
        ? {
            // Columns of text: no rules, no room above or below, no padding at the table's outer edges.
            hLineWidth: zero,
            vLineWidth: zero,
            paddingLeft: (i: number) => (i === 0 ? 0 : c.paddingSide),
            paddingRight: (i: number, node: { table: { widths: unknown[] } }) => (i === node.table.widths.length - 1 ? 0 : c.paddingSide),
            paddingTop: zero,
            paddingBottom: zero,
          }
        : {
            hLineWidth: () => c.rule,
            vLineWidth: () => c.rule,
            hLineColor: () => c.ruleColour,
            vLineColor: () => c.ruleColour,
            paddingLeft: () => c.paddingSide,
            paddingRight: () => c.paddingSide,
            paddingTop: () => c.paddingTop,
            paddingBottom: () => c.paddingBottom,
          },
      fontSize: this.pt(t.size ?? 'small'),
      margin: t.borderless ? [0, 0, 0, 0] : [0, 4, 0, 6],
    };
  }

  /**
   * Entry text and its page on one line, joined by a dot leader: the page reference is the last inline of the entry,
   * in the room the text leaves free at the right; renderPdf moves it to the right edge and draws the leader.
   */
  toc(): Node {
    const entries = this.doc.sections.flatMap((s) => s.blocks).filter((b): b is Heading => b.type === 'heading' && b.toc !== undefined);
    const page = this.style.toc.pageColumn;
    return {
      stack: [
        { text: 'หน้า', bold: true, alignment: 'right' },
        ...entries.map((h) => ({
          text: [{ text: h.toc! }, ...(h.id ? [{ text: '', pageReference: h.id, tocLeader: page }] : [])],
          margin: [(h.tocLevel ?? 0) * this.style.toc.levelIndent, 0, page, 0],
          bold: !h.tocLevel,
          unbreakable: true,
        })),
      ],
    };
  }

  block(b: Block): Node {
    switch (b.type) {
      case 'paragraph':
        return this.paragraph(b);
      case 'heading':
        return this.heading(b);
      case 'list':
        return this.list(b);
      case 'table':
        return this.table(b);
      case 'signature':
        return {
          stack: [
            // The room to sign is the space above the name, nothing more.
            { text: b.name, alignment: 'center', noWrap: true, margin: [0, b.space, 0, 0] },
            ...b.lines.map((l) => ({ text: l, alignment: 'center' })),
          ],
          margin: [b.indent, 0, 0, 0],
          unbreakable: true,
        };
      case 'image':
        if (b.beside) return imageBeside(b, this.paragraph(b.beside), pitchPt(this.style, this.style.size[b.beside.size ?? 'body']));
        return b.path
          ? { image: b.path, fit: [this.width, b.height], alignment: 'center' }
          : { text: ' ', margin: [0, b.height - pitchPt(this.style, this.style.size.body), 0, 0] };
      case 'rule':
        return {
          columns: [
            { width: '*', text: '' },
            { width: b.width, canvas: [{ type: 'line', x1: 0, y1: 4, x2: b.width, y2: 4, lineWidth: 0.6 }] },
            { width: '*', text: '' },
          ],
          margin: [0, 2, 0, 8],
        };
      case 'pageBreak':
        return { text: '', pageBreak: 'after' };
      case 'toc':
        return this.toc();
      case 'chart':
        return chartNode(b, this.width, this.pt('small'));
    }
  }

  /** Height of the section's text column. */
  get height(): number {
    const page = this.section.orientation === 'landscape' ? this.style.page.width : this.style.page.height;
    return page - this.section.margins.top - this.section.margins.bottom;
  }

  /**
   * The section's nodes, with the page-break rule Word calls keep-with-next: a heading, or a block marked
   * keepWithNext, stays on the page of what follows it. A chain of such blocks, with what follows when that is short,
   * becomes one unbreakable stack; a long paragraph that follows is not moved whole: the stack only asks for room for
   * itself and the paragraph's first two lines (see roomFor), and the paragraph breaks as it falls. A chain never
   * asks for more than half a page: keeping together is a preference, and a stack taller than a page would have
   * nowhere to go. Lines of a paragraph are kept from standing alone at a page's top or foot by pageFinish.ts.
   */
  content(): Node[] {
    const nodes: Node[] = [];
    const blocks = [...this.section.blocks];
    const estimate = new BlockHeight(this.style, this.width);
    const most = this.height / 2;
    const line = pitchPt(this.style, this.style.size.body);
    // The items of a list laid out after its first one (kept with the block before) count from 1.
    const rowOffsets = new Map<number, number>();
    const placed = (b: Block, index: number, rowOffset = 0) => placeNodes(this.block(b), { section: this.sectionIndex, block: index }, rowOffset);
    for (let i = 0; i < blocks.length; i++) {
      const first = blocks[i]!;
      const breakBefore = i > 0 && first.type === 'heading' && first.pageBreakBefore;
      const group = [placed(first, i, rowOffsets.get(i))];
      let height = estimate.of(first);
      let room = 0;
      let j = i;
      while (keepsWithNext(blocks[j]!) && j + 1 < blocks.length) {
        const next = blocks[j + 1]!;
        const h = estimate.of(next);
        if (height + h <= most && (keepsWithNext(next) || h <= 3 * line || next.type !== 'paragraph')) {
          group.push(placed(next, j + 1));
          height += h;
          j++;
          continue;
        }
        if (next.type === 'list' && next.items.length > 1) {
          group.push(placed({ ...next, items: next.items.slice(0, 1) }, j + 1));
          blocks[j + 1] = { ...next, items: next.items.slice(1) };
          rowOffsets.set(j + 1, 1);
        } else if (next.type === 'paragraph') room = Math.min(height + 2 * line, most);
        break;
      }
      i = j;
      const kept: Node = group.length > 1 ? { stack: group, unbreakable: true } : group[0]!;
      const node: Node = room ? { stack: [this.roomFor(room), { stack: [kept], margin: [0, -room, 0, 0] }] } : kept;
      // The first node carries the section's anchor, from which page labels are counted.
      nodes.push(breakBefore ? { stack: [node], pageBreak: 'before' } : nodes.length === 0 ? { stack: [node], id: sectionAnchor(this.section.id) } : node);
    }
    return nodes;
  }

  /**
   * An empty line as tall as `height`: it moves to the next page when the page has less room than that, and the node
   * after it steps back up over it. What follows then starts on this page only if `height` fits here.
   */
  roomFor(height: number): Node {
    const size = this.pt('body');
    const natural = fontMetrics(this.style.typeface.files.normal).lineEm * size;
    return { text: '', fontSize: size, lineHeight: height / natural };
  }
}

function keepsWithNext(b: Block): boolean {
  return ((b.type === 'paragraph' || b.type === 'list') && !!b.keepWithNext) || b.type === 'heading';
}

const atTop = (section: Section) => section.numbering.style !== 'none' && section.numbering.position.startsWith('top');

/** The page number's line, in the header (top positions) or the footer (bottom positions). */
export function pageNumberLine(style: StyleSheet, section: Section, label: string, top: boolean): Node | null {
  if (!label || section.numbering.style === 'none' || atTop(section) !== top) return null;
  const position = section.numbering.position;
  const size = fontPt(style, style.size.body);
  const pitch = pitchPt(style, style.size.body);
  const m = section.margins;
  return {
    text: label,
    fontSize: size,
    alignment: position.endsWith('right') ? 'right' : 'center',
    // The footer's box starts at the bottom margin; its line stands footerBottom above the page's edge.
    margin: top ? [m.left, Math.min(style.pageNumberTop, m.top - pitch), m.right, 0] : [m.left, Math.max(0, m.bottom - style.footerBottom - pitch), m.right, 0],
  };
}

/** The note at the top left, the page label where the section prints it: three equal columns keep the centre centred. */
function notedHeader(style: StyleSheet, section: Section, label: string): Node {
  const position = section.numbering.style === 'none' ? undefined : section.numbering.position;
  const shown = position?.startsWith('top') ? label : '';
  return {
    columns: [
      { width: '*', text: section.headerNote, bold: true },
      { width: '*', text: position === 'top-center' ? shown : '', alignment: 'center' },
      { width: '*', text: position === 'top-right' ? shown : '', alignment: 'right' },
    ],
    fontSize: fontPt(style, style.size.body),
    margin: [section.margins.left, Math.min(style.pageNumberTop, section.margins.top - pitchPt(style, style.size.body)), section.margins.right, 0],
  };
}

/** Doc → pdfmake document definition. */
export function toPdfmake(doc: Doc, facts: LayoutFacts): Node {
  const style = styleOf(doc);
  const bodyPt = fontPt(style, style.size.body);
  const content = doc.sections.map((section) => ({
    section: new SectionWriter(doc, section).content(),
    pageOrientation: section.orientation,
    pageMargins: [section.margins.left, section.margins.top, section.margins.right, section.margins.bottom],
    header: (currentPage: number) => {
      if (section.headerNote) return notedHeader(style, section, facts.labels[currentPage] ?? '');
      const own = pageNumberLine(style, section, facts.labels[currentPage] ?? '', true);
      if (!section.tocNumbering) return own;
      // A letter reproduced in the plan's appendix keeps its own "- ๒ -" and carries the plan's page number too, the
      // one the contents page gives.
      const plan = pageNumberLine(style, { ...section, numbering: section.tocNumbering }, facts.tocLabels[currentPage] ?? '', true);
      if (!own || !plan) return own ?? plan;
      return { stack: [own, { ...plan, margin: [...(plan.margin as number[]).slice(0, 1), -pitchPt(style, style.size.body), ...(plan.margin as number[]).slice(2)] }] };
    },
    footer: (currentPage: number) => {
      const number = pageNumberLine(style, section, facts.labels[currentPage] ?? '', false);
      if (number) return number;
      // Only a page the same letter continues on carries "…/next words".
      const next = facts.continuations.get(currentPage);
      if (!section.continuationMarks || currentPage >= (facts.sectionEnds.get(section.id) ?? 0) || !next) return null;
      return { text: `…/${next}`, fontSize: bodyPt, alignment: 'right', margin: [section.margins.left, 0, section.margins.right, 0] };
    },
  }));
  return {
    pageSize: { width: style.page.width, height: style.page.height },
    content,
    defaultStyle: { font: style.typeface.name, fontSize: bodyPt, lineHeight: lineHeightFactor(style) },
    info: {
      title: doc.meta.title,
      author: doc.meta.author,
      subject: doc.meta.subject,
      keywords: doc.meta.keywords.join(', '),
      creator: 'ita-plan',
      producer: 'ita-plan (pdfmake)',
      creationDate: doc.meta.date,
      modDate: doc.meta.date,
    },
    language: doc.meta.language,
    version: '1.7',
    subset: 'PDF/A-2b',
    compress: true,
  };
}
