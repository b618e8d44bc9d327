import { AlignmentType, BorderStyle, LineRuleType, PageBreak, Paragraph as DocxParagraph, Tab, TextRun, type ParagraphChild } from 'docx';
import type { Align, Block, Heading, Paragraph, PageBreak as PageBreakBlock, Rule } from '../../doc/doc.js';
import type { WriterContext } from './context.js';
import { textWidthPt } from './measure.js';
import { sizePt, STYLE, styleName } from './styles.js';
import { plainText, textRuns } from './text.js';
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
  const base = paragraphStyle(size, !!place.inTable);
  const style = ctx.styles.styleFor(
    { id: base, name: styleName(base) },
    {
      left: indent + hang,
      ...(hang ? { hanging: hang, tab: indent + hang } : { firstLine: p.firstLineIndent ?? 0 }),
    },
  );
  return new DocxParagraph({
    style,
    alignment: alignment(align) ?? (place.inTable ? AlignmentType.LEFT : undefined),
    ...((p.spaceBefore || p.spaceAfter) && { spacing: { before: twips(p.spaceBefore ?? 0), after: twips(p.spaceAfter ?? 0) } }),
    ...((p.keepWithNext || place.keepNext) && { keepNext: true }),
    children: runs,
  });
}

/**
 * A heading in the style whose outline level is its contents level, with a bookmark around its text that the
 * pre-filled contents link to. `continued` is the heading that completes its contents entry on a second line
 * ("ส่วนที่ ๑" / "บทนำ" listed as "ส่วนที่ ๑ บทนำ"): one paragraph with a line break, so the entry a TOC update makes
 * from the heading reads as the Doc's.
 */
export function heading(h: Heading, ctx: WriterContext, first: boolean, fallbackId: string, continued?: Heading): DocxParagraph {
  const entry = ctx.toc.find((e) => e.heading === h);
  const children: ParagraphChild[] = textRuns(h.inlines);
  if (continued) children.push(new TextRun({ break: 1 }), ...textRuns(continued.inlines));
  if (entry || h.id) {
    const id = ctx.bookmarks.id();
    const name = entry?.bookmark ?? ctx.bookmarks.nameOf(h, fallbackId);
    children.unshift(...(rawXml(`<w:bookmarkStart w:id="${id}" w:name="${name}"/>`) as ParagraphChild[]));
    children.push(...(rawXml(`<w:bookmarkEnd w:id="${id}"/>`) as ParagraphChild[]));
  }
  return new DocxParagraph({
    style: ctx.styles.headingStyle(h.level, entry?.level),
    alignment: alignment(h.align),
    ...(h.spaceBefore !== undefined && { spacing: { before: twips(h.spaceBefore) } }),
    ...(h.pageBreakBefore && !first && { pageBreakBefore: true }),
    children,
  });
}

/** The heading after `h` that its contents entry goes on to ("ส่วนที่ ๑" + "บทนำ" = "ส่วนที่ ๑ บทนำ"), if any. */
export function continuation(h: Heading, next: Block | undefined): Heading | undefined {
  if (h.toc === undefined || next?.type !== 'heading' || next.toc !== undefined) return undefined;
  const own = plainText(h.inlines).trim();
  return h.toc === `${own} ${plainText(next.inlines).trim()}` ? next : undefined;
}

/** The short centred rule under an order's subject: the bottom border of an empty, short paragraph. */
export function rule(r: Rule, ctx: WriterContext): DocxParagraph {
  const side = Math.max(0, (ctx.width - r.width) / 2);
  return new DocxParagraph({
    style: ctx.styles.styleFor({ id: STYLE.normal, name: styleName(STYLE.normal) }, { left: side, right: side }),
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
