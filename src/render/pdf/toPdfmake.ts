import type { Block, Cell, Doc, Heading, Inline, List, ListItem, Paragraph, Section, Table } from '../../compose/doc.js';
import { CM } from '../../compose/doc.js';
import { chartNode } from './chart.js';
import { imageBeside } from './imageBeside.js';

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

const A4 = { width: 595.28, height: 841.89 };
export const FONT_SIZE = { title: 26, subtitle: 20, body: 16, small: 14 } as const;
const HEADING_SIZE = { 1: 20, 2: 17, 3: 16 } as const;
/** pdfmake's line pitch is the font's 1.3 em; a little more keeps stacked Thai marks clear of the next line. */
export const LINE_HEIGHT = 1.12;

type Node = Record<string, unknown>;

const zero = () => 0;
const LIST_LAYOUT = { hLineWidth: zero, vLineWidth: zero, paddingLeft: zero, paddingRight: () => 2, paddingTop: zero, paddingBottom: zero };

export const sectionAnchor = (id: string) => `section:${id}`;

function inlineNodes(inlines: Inline[]): Node[] {
  return inlines.map((i) => ({ text: i.text, ...(i.bold && { bold: true }), ...(i.italic && { italics: true }), ...(i.noBreak && { noWrap: true }) }));
}

function plainText(inlines: Inline[]): string {
  return inlines.map((i) => i.text).join('');
}

class SectionWriter {
  constructor(
    private readonly doc: Doc,
    private readonly section: Section,
  ) {}

  get width(): number {
    const page = this.section.orientation === 'landscape' ? A4.height : A4.width;
    return page - this.section.margins.left - this.section.margins.right;
  }

  paragraph(p: Paragraph): Node {
    const size = FONT_SIZE[p.size ?? 'body'];
    const margin = [p.indent ?? 0, p.spaceBefore ?? 0, 0, p.spaceAfter ?? 0];
    const text: Node = {
      text: inlineNodes(p.inlines),
      fontSize: size,
      alignment: p.align === 'justify' ? 'left' : (p.align ?? 'left'),
      ...(p.firstLineIndent && { leadingIndent: p.firstLineIndent }),
    };
    if (p.hangingLabel) {
      return { columns: [{ width: 'auto', text: p.hangingLabel, fontSize: size }, { width: '*', ...text }], columnGap: 10, margin };
    }
    return { ...text, margin };
  }

  heading(h: Heading): Node {
    return {
      text: inlineNodes(h.inlines),
      bold: true,
      fontSize: HEADING_SIZE[h.level],
      alignment: h.align ?? 'left',
      margin: [0, h.spaceBefore ?? (h.level === 1 ? 4 : 6), 0, 4],
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
        dontBreakRows: items.every((i) => !i.children),
        body: items.map((item) => [
          { text: item.label, fontSize: size },
          { stack: [{ text: inlineNodes(item.inlines), fontSize: size }, ...(item.children ? [this.listTable(item.children, size)] : [])] },
        ]),
      },
      layout: LIST_LAYOUT,
    };
  }

  list(l: List): Node {
    const size = FONT_SIZE[l.size ?? 'body'];
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
    const padding = 8;
    const available = this.width - padding * t.widths.length - 1;
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
        ? 'noBorders'
        : { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#555555', vLineColor: () => '#555555', paddingLeft: () => 4, paddingRight: () => 4, paddingTop: () => 2, paddingBottom: () => 1 },
      fontSize: FONT_SIZE[t.size ?? 'small'],
      margin: t.borderless ? [0, 0, 0, 0] : [0, 4, 0, 6],
    };
  }

  toc(): Node {
    const entries = this.doc.sections.flatMap((s) => s.blocks).filter((b): b is Heading => b.type === 'heading' && b.toc !== undefined);
    return {
      // A tighter line pitch than body text keeps the contents on as few pages as it can.
      lineHeight: 1,
      table: {
        widths: ['*', 50],
        dontBreakRows: true,
        body: [
          [{ text: '' }, { text: 'หน้า', bold: true, alignment: 'right' }],
          ...entries.map((h) => [
            { text: h.toc!, margin: [(h.tocLevel ?? 0) * 20, 0, 0, 0], bold: !h.tocLevel },
            // pdfmake resolves the reference after layout; renderPdf prints it as the page's label.
            h.id ? { text: '', pageReference: h.id, alignment: 'right' } : { text: '' },
          ]),
        ],
      },
      layout: 'noBorders',
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
            { text: ' ', margin: [0, b.space, 0, 0] },
            { text: b.name, alignment: 'center', noWrap: true },
            ...b.lines.map((l) => ({ text: l, alignment: 'center' })),
          ],
          margin: [b.indent, 0, 0, 0],
          unbreakable: true,
        };
      case 'image':
        if (b.beside) return imageBeside(b, this.paragraph(b.beside), FONT_SIZE[b.beside.size ?? 'body'] * LINE_HEIGHT * 1.3);
        return b.path
          ? { image: b.path, fit: [this.width, b.height], alignment: 'center' }
          : { text: ' ', margin: [0, b.height - FONT_SIZE.body * 1.3, 0, 0] };
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
        return chartNode(b, this.width, FONT_SIZE.small);
    }
  }

  /** Blocks that must stay with the next one are grouped with it into an unbreakable stack. */
  /**
   * The section's nodes, with the page-break rules Word calls keep-with-next and widow control:
   * a heading or a keepWithNext line moves to the next page with what follows it (the whole of it
   * when short, else the first item of a list), and a paragraph of a few lines is never split.
   */
  content(): Node[] {
    const nodes: Node[] = [];
    const blocks = [...this.section.blocks];
    for (let i = 0; i < blocks.length; i++) {
      const first = blocks[i]!;
      const breakBefore = i > 0 && first.type === 'heading' && first.pageBreakBefore;
      const group = [this.block(first)];
      let j = i;
      while (keepsWithNext(blocks[j]!) && j + 1 < blocks.length) {
        const next = blocks[j + 1]!;
        if (isShort(next)) {
          group.push(this.block(next));
          j++;
        } else {
          if (next.type === 'list' && next.items.length > 1) {
            group.push(this.block({ ...next, items: next.items.slice(0, 1) }));
            blocks[j + 1] = { ...next, items: next.items.slice(1) };
          }
          break;
        }
      }
      i = j;
      const whole = group.length > 1 || (first.type === 'paragraph' && plainText(first.inlines).length < FEW_LINES);
      const node: Node = whole ? { stack: group, unbreakable: true } : group[0]!;
      // The first node carries the section's anchor, from which page labels are counted.
      nodes.push(breakBefore ? { stack: [node], pageBreak: 'before' } : nodes.length === 0 ? { stack: [node], id: sectionAnchor(this.section.id) } : node);
    }
    return nodes;
  }
}

function keepsWithNext(b: Block): boolean {
  return (b.type === 'paragraph' && !!b.keepWithNext) || b.type === 'heading';
}

/** Short enough to move to the next page whole with the line that must stay with it. */
/** Characters in about three lines of body text: a paragraph this short is never split over two pages. */
const FEW_LINES = 250;

function isShort(b: Block): boolean {
  if (b.type === 'paragraph' || b.type === 'heading') return plainText(b.inlines).length < 600;
  if (b.type === 'list') return b.items.length <= 2 && b.items.every((i) => plainText(i.inlines).length < 300 && !i.children);
  if (b.type === 'table') {
    const cellText = b.rows.flat().flatMap((c) => c.blocks).map((x) => (x.type === 'paragraph' ? plainText(x.inlines) : '')).join('');
    return b.rows.length <= 8 && cellText.length <= 800 && b.rows.flat().every((c) => c.blocks.every((x) => x.type === 'paragraph'));
  }
  return b.type === 'signature';
}

export function pageHeader(section: Section, label: string): Node | null {
  if (section.headerNote) return notedHeader(section, label);
  if (!label || section.numbering.style === 'none') return null;
  const position = section.numbering.position;
  return {
    text: label,
    fontSize: FONT_SIZE.body,
    alignment: position === 'top-right' ? 'right' : 'center',
    margin: [section.margins.left, Math.min(1.2 * CM, section.margins.top - 26), section.margins.right, 0],
  };
}

/** The note at the top left, the page label where the section prints it: three equal columns keep the centre centred. */
function notedHeader(section: Section, label: string): Node {
  const position = section.numbering.style === 'none' ? undefined : section.numbering.position;
  const shown = position === 'bottom-center' ? '' : label;
  return {
    columns: [
      { width: '*', text: section.headerNote, bold: true },
      { width: '*', text: position === 'top-center' ? shown : '', alignment: 'center' },
      { width: '*', text: position === 'top-right' ? shown : '', alignment: 'right' },
    ],
    fontSize: FONT_SIZE.body,
    margin: [section.margins.left, Math.min(1.2 * CM, section.margins.top - 26), section.margins.right, 0],
  };
}

/** Doc → pdfmake document definition. */
export function toPdfmake(doc: Doc, facts: LayoutFacts): Node {
  const content = doc.sections.map((section) => ({
    section: new SectionWriter(doc, section).content(),
    pageOrientation: section.orientation,
    pageMargins: [section.margins.left, section.margins.top, section.margins.right, section.margins.bottom],
    header: (currentPage: number) => pageHeader(section, facts.labels[currentPage] ?? ''),
    footer: (currentPage: number) => {
      // Only a page the same letter continues on carries "…/next words".
      const next = facts.continuations.get(currentPage);
      if (!section.continuationMarks || currentPage >= (facts.sectionEnds.get(section.id) ?? 0) || !next) return null;
      return { text: `…/${next}`, fontSize: FONT_SIZE.body, alignment: 'right', margin: [section.margins.left, 0, section.margins.right, 0] };
    },
  }));
  return {
    pageSize: 'A4',
    content,
    defaultStyle: { font: 'Sarabun', fontSize: FONT_SIZE.body, lineHeight: LINE_HEIGHT },
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
