import { LineRuleType, Paragraph as DocxParagraph, type ParagraphChild } from 'docx';
import { pitchPt } from '../../doc/style.js';
import type { WriterContext } from './context.js';
import { STYLE } from './styles.js';
import { rawXml, runXml } from './xml.js';

/** Word's text box shape type, declared where it is used as Word itself writes it. */
const TEXT_BOX_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** A paragraph one point high: it holds what it must without taking a line of the page. */
const HAIRLINE = { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } as const;

/** A CSS length in points, to the hundredth (VML's style attribute). */
const pt = (n: number) => `${Number(n.toFixed(2))}pt`;

/**
 * The end of a page where the PDF's page ends, in a letter that continues: the catchword "…/๑๒. นางสาว" at the
 * foot of the page, right-aligned below the text area where the PDF prints it, and the next block starting a new page.
 *
 * The catchword stands in a borderless text box anchored to a hairline paragraph that closes the page, placed
 * just below the text area (where the PDF's footer line is): a line of text there would need room the page may not
 * have. The next page is begun by a second hairline paragraph with "page break before", not by a break character,
 * which would leave an empty line at the top of the next page. Word cannot compute the words itself: when the text
 * of the page changes in Word, the clerk moves or rewrites the catchword by hand, as with a typed one.
 */
export function catchwordBreak(words: string, ctx: WriterContext, id: number): DocxParagraph[] {
  return [catchwordParagraph(words, ctx, id), pageOpening(true)];
}

/** The hairline paragraph that closes a page and holds its catchword's text box. */
export function catchwordParagraph(words: string, ctx: WriterContext, id: number): DocxParagraph {
  const { style, section } = ctx;
  const pageHeight = section.orientation === 'landscape' ? style.page.width : style.page.height;
  const top = pageHeight - section.margins.bottom;
  const shape =
    `<v:shape id="catchword${id}" type="#_x0000_t202" filled="f" stroked="f" style="position:absolute;margin-left:0;margin-top:${pt(top)};` +
    `width:${pt(ctx.width)};height:${pt(pitchPt(style, style.size.body))};z-index:${id};mso-position-horizontal-relative:margin;mso-position-vertical-relative:page">` +
    `<v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:pPr><w:pStyle w:val="${STYLE.normal}"/><w:jc w:val="right"/></w:pPr>` +
    `${runXml(`…/${words}`)}</w:p></w:txbxContent></v:textbox><w10:wrap anchorx="margin" anchory="page"/></v:shape>`;
  return new DocxParagraph({ style: STYLE.normal, spacing: HAIRLINE, children: rawXml(`<w:r><w:pict>${TEXT_BOX_TYPE}${shape}</w:pict></w:r>`) as ParagraphChild[] });
}

/**
 * The hairline paragraph that opens the next page: "page break before" it, or none where a section break begins the
 * page (both would give LibreOffice an empty page between them). Either way the page's text starts as far down.
 */
export function pageOpening(breakBefore: boolean): DocxParagraph {
  return new DocxParagraph({ style: STYLE.normal, spacing: HAIRLINE, ...(breakBefore && { pageBreakBefore: true }), children: [] });
}
