import { AlignmentType, BorderStyle, LineRuleType, PageBreak, Paragraph as DocxParagraph, Tab, TabStopType, TextRun, type ParagraphChild } from 'docx';
import type { Align, Heading, Paragraph, PageBreak as PageBreakBlock, Rule } from '../../doc/doc.js';
import type { WriterContext } from './context.js';
import { fieldArgument, hiddenFieldXml } from './fields.js';
import { textWidthPt } from './measure.js';
import { sizePt, STYLE } from './styles.js';
import { textRuns } from './text.js';
import { twips } from './units.js';
import { rawXml } from './xml.js';

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/** 'justify' is Thai distributed justification: Word spreads Thai lines between clusters, not only at spaces. */
export function alignment(align: Align | undefined): Alignment | undefined {
  switch (align) {
    case 'left':
      return AlignmentType.LEFT;
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    case 'justify':
      return AlignmentType.THAI_DISTRIBUTE;
    default:
      return undefined;
  }
}

export type TextSize = 'title' | 'subtitle' | 'body' | 'small';

/** Where a paragraph sits: body text or a table cell (whose text size is the table's). */
export interface ParagraphPlace {
  inTable?: boolean;
  size?: TextSize;
  align?: Align;
  bold?: boolean;
  keepNext?: boolean;
}

/** Body text is the Body Text style (Thai distributed); table text is Table Text (or Normal at body size). */
export function paragraphStyle(size: TextSize, inTable: boolean): string {
  if (size === 'title') return STYLE.title;
  if (size === 'subtitle') return STYLE.subtitle;
  if (size === 'small') return STYLE.tableText;
  return inTable ? STYLE.normal : STYLE.body;
}

export function paragraph(p: Paragraph, ctx: WriterContext, place: ParagraphPlace = {}): DocxParagraph {
  // In a table, body and small text take the table's size (cells are built 'small'; an order's members are 'body').
  const own = p.size ?? 'body';
  const size: TextSize = place.inTable && (own === 'small' || own === 'body') ? place.size ?? own : own;
  const align = p.align ?? place.align;
  const runs: ParagraphChild[] = textRuns(p.inlines, { bold: place.bold });
  let indent = p.indent ?? 0;
  // A line that must stay whole gives up some of its indent rather than break ("ประกาศ ณ วันที่ …").
  if (!place.inTable && !p.hangingLabel && indent > 0 && p.inlines.length && p.inlines.every((i) => i.noBreak)) {
    const need = p.inlines.reduce((w, i) => w + textWidthPt(ctx.style.typeface, i.text, sizePt(ctx.style, size), i.bold || place.bold), 0) + (p.firstLineIndent ?? 0) + 2;
    if (need > ctx.width - indent) indent = Math.max(0, ctx.width - need);
  }
  let hang = 0;
  if (p.hangingLabel) {
    hang = Math.ceil(textWidthPt(ctx.style.typeface, p.hangingLabel, sizePt(ctx.style, size)) + ctx.style.labelGap);
    runs.unshift(new TextRun({ text: p.hangingLabel }), new TextRun({ children: [new Tab()] }));
  }
  return new DocxParagraph({
    style: paragraphStyle(size, !!place.inTable),
    alignment: alignment(align) ?? (place.inTable ? AlignmentType.LEFT : undefined),
    ...((indent || hang || p.firstLineIndent) && {
      indent: {
        ...((indent || hang) && { left: twips(indent + hang) }),
        ...(hang ? { hanging: twips(hang) } : p.firstLineIndent ? { firstLine: twips(p.firstLineIndent) } : {}),
      },
    }),
    ...(hang && { tabStops: [{ type: TabStopType.LEFT, position: twips(indent + hang) }] }),
    ...((p.spaceBefore || p.spaceAfter) && { spacing: { before: twips(p.spaceBefore ?? 0), after: twips(p.spaceAfter ?? 0) } }),
    ...((p.keepWithNext || place.keepNext) && { keepNext: true }),
    children: runs,
  });
}

/** A bookmark around the heading's text (the table of contents links to it) and a TC field with its entry. */
export function heading(h: Heading, ctx: WriterContext, first: boolean, fallbackId: string): DocxParagraph {
  const entry = ctx.toc.find((e) => e.heading === h);
  const children: ParagraphChild[] = textRuns(h.inlines);
  if (entry || h.id) {
    const id = ctx.bookmarks.id();
    const name = entry?.bookmark ?? ctx.bookmarks.nameOf(h, fallbackId);
    children.unshift(...(rawXml(`<w:bookmarkStart w:id="${id}" w:name="${name}"/>`) as ParagraphChild[]));
    if (entry) children.push(...(rawXml(hiddenFieldXml(`TC ${fieldArgument(entry.text)} \\f C \\l ${entry.level}`)) as ParagraphChild[]));
    children.push(...(rawXml(`<w:bookmarkEnd w:id="${id}"/>`) as ParagraphChild[]));
  }
  return new DocxParagraph({
    style: STYLE.heading[h.level],
    alignment: alignment(h.align),
    ...(h.spaceBefore !== undefined && { spacing: { before: twips(h.spaceBefore) } }),
    ...(h.pageBreakBefore && !first && { pageBreakBefore: true }),
    children,
  });
}

/** The short centred rule under an order's subject: the bottom border of an empty, short paragraph. */
export function rule(r: Rule, ctx: WriterContext): DocxParagraph {
  const side = Math.max(0, (ctx.width - r.width) / 2);
  return new DocxParagraph({
    style: STYLE.normal,
    indent: { left: twips(side), right: twips(side) },
    spacing: { before: twips(2), after: twips(8), line: twips(6), lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 5, color: '000000', space: 0 } },
    children: [],
  });
}

export function pageBreak(_b: PageBreakBlock): DocxParagraph {
  return new DocxParagraph({ style: STYLE.normal, children: [new PageBreak()] });
}

/** Room of a given height (an image whose file is missing). */
export function emptySpace(height: number, align: Align): DocxParagraph {
  return new DocxParagraph({
    style: STYLE.normal,
    alignment: alignment(align),
    spacing: { line: twips(height), lineRule: LineRuleType.EXACT },
    children: [],
  });
}
