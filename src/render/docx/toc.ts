import { AlignmentType, Paragraph as DocxParagraph, TextRun, type XmlComponent } from 'docx';
import type { TableOfContents } from '../../doc/doc.js';
import type { TocEntry, WriterContext } from './context.js';
import { fieldBeginXml, fieldEndXml, fieldXml } from './fields.js';
import { STYLE } from './styles.js';
import { twips } from './units.js';
import { escapeXml, rawXml, runXml } from './xml.js';

/**
 * Entries come from the paragraphs' outline levels 1–3 (\o for Word's heading styles, \u for the styles based on
 * them that carry another level), so renaming a heading and updating the field in Word or LibreOffice changes its
 * entry. Headings the contents leave out have a style whose outline level is body text (DerivedStyles.headingStyle).
 * (A \t switch naming those styles as well makes LibreOffice list them twice.)
 */
export const TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u';

/**
 * The table of contents, filled in: a field Word can update, inside the content control Word puts its tables of
 * contents in, with one paragraph per entry (toc 1, toc 2 styles; a right tab with dot leaders at the text width).
 * Each entry links to its heading's bookmark and shows the page in a PAGEREF field; the page labels written into
 * the fields are the PDF writer's page labels, in the section's format (ก ข …, ๑ ๒ …).
 */
export function tableOfContents(t: TableOfContents, ctx: WriterContext): XmlComponent[] {
  const right = twips(ctx.width);
  const heading = new DocxParagraph({
    style: STYLE.normal,
    alignment: AlignmentType.RIGHT,
    keepNext: true,
    children: [new TextRun({ text: t.pageLabel, bold: true, boldComplexScript: true })],
  });
  const entries = ctx.toc;
  const paragraphs = entries.map((e: TocEntry, i) => {
    const style = STYLE.toc[Math.min(e.level, STYLE.toc.length) - 1]!;
    const link =
      `<w:hyperlink w:anchor="${escapeXml(e.bookmark)}" w:history="1">` +
      runXml(e.text) +
      `<w:r><w:tab/></w:r>` +
      fieldXml(`PAGEREF ${e.bookmark} \\h`, ctx.pageLabels.get(e.heading.id ?? '') ?? '') +
      `</w:hyperlink>`;
    return (
      `<w:p><w:pPr><w:pStyle w:val="${style}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${right}"/></w:tabs></w:pPr>` +
      (i === 0 ? fieldBeginXml(TOC_INSTRUCTION) : '') +
      link +
      (i === entries.length - 1 ? fieldEndXml() : '') +
      `</w:p>`
    );
  });
  if (paragraphs.length === 0) paragraphs.push(`<w:p>${fieldBeginXml(TOC_INSTRUCTION)}${fieldEndXml()}</w:p>`);
  const sdt =
    `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>` +
    `<w:sdtContent>${paragraphs.join('')}</w:sdtContent></w:sdt>`;
  return [heading, ...rawXml(sdt)];
}
