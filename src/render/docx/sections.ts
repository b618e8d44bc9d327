import { AlignmentType, Footer, Header, NumberFormat, PageOrientation, Paragraph as DocxParagraph, TextRun, type ISectionOptions, type ParagraphChild } from 'docx';
import type { PageNumbering, Section } from '../../doc/doc.js';
import { pitchPt, type StyleSheet } from '../../doc/style.js';
import { fieldXml } from './fields.js';
import { STYLE } from './styles.js';
import { twips } from './units.js';
import { rawXml } from './xml.js';

type Format = (typeof NumberFormat)[keyof typeof NumberFormat];

/**
 * Word's page number formats. thaiLetters gives ก ข ค in Word and LibreOffice. thaiNumbers gives ๑ ๒ ๓ in Word;
 * LibreOffice 7.4 has no such format and draws 1 2 3 (measured), so a LibreOffice conversion shows Arabic page
 * numbers. Word is what the document is edited in.
 */
export function pageNumberFormat(numbering: PageNumbering): Format {
  if (numbering.style === 'thai-letters') return NumberFormat.THAI_LETTERS;
  if (numbering.style === 'numbers' && numbering.digits === 'thai') return NumberFormat.THAI_NUMBERS;
  return NumberFormat.DECIMAL;
}

/** The header (or footer) line: the PAGE field, in the section's format, with dashes for letters ("- ๒ -"). */
function pageLine(numbering: Exclude<PageNumbering, { style: 'none' }>): DocxParagraph {
  const dashes = numbering.style === 'numbers' && numbering.dashes;
  const children: ParagraphChild[] = [
    ...(dashes ? [new TextRun({ text: '- ' })] : []),
    ...(rawXml(fieldXml('PAGE')) as ParagraphChild[]),
    ...(dashes ? [new TextRun({ text: ' -' })] : []),
  ];
  return new DocxParagraph({
    style: numbering.position.startsWith('bottom') ? STYLE.footer : STYLE.header,
    alignment: numbering.position.endsWith('right') ? AlignmentType.RIGHT : AlignmentType.CENTER,
    children,
  });
}

export const blankHeader = () => new Header({ children: [new DocxParagraph({ style: STYLE.header, children: [] })] });
export const blankFooter = () => new Footer({ children: [new DocxParagraph({ style: STYLE.footer, children: [] })] });

/** The note on a line of its own above the page number, on every page, the first included. */
function notedHeaders(note: string, line: DocxParagraph | undefined, titlePage: boolean) {
  return {
    default: new Header({ children: line ? [noteLine(note), line] : [noteLine(note)] }),
    ...(titlePage && { first: new Header({ children: [noteLine(note)] }) }),
  };
}

/** The section's note ("ตัวอย่าง"), bold, on a header line of its own. */
export const noteLine = (note: string) => new DocxParagraph({ style: STYLE.header, children: [new TextRun({ text: note, bold: true })] });

/** Where a numbering restarts, and in what format: w:pgNumType. */
function pageNumberType(n: PageNumbering): { start?: number; formatType: Format } {
  return { ...((n.style === 'none' || n.restart) && { start: 1 }), formatType: pageNumberFormat(n) };
}

/**
 * Page setup of one section: A4 in its orientation, its margins, where page numbers restart and in what format, and
 * its own header and footer (never inherited from the section before, which is Word's default). A section with
 * `fromPage: 2` has a different first page whose header is empty.

 */
export function sectionProperties(section: Section, style: StyleSheet): Omit<ISectionOptions, 'children'> {
  const n = section.numbering;
  const titlePage = n.style === 'numbers' && (n.fromPage ?? 1) > 1;
  const top = n.style !== 'none' && n.position.startsWith('top');
  const line = n.style === 'none' ? undefined : pageLine(n);
  return {
    properties: { page: { ...pageSetup(section, style), pageNumbers: pageNumberType(n) }, titlePage },
    headers: section.headerNote
      ? notedHeaders(section.headerNote, line && top ? line : undefined, titlePage)
      : {
          default: line && top ? new Header({ children: [line] }) : blankHeader(),
          ...(titlePage && { first: blankHeader() }),
        },
    footers: {
      default: line && !top ? new Footer({ children: [line] }) : blankFooter(),
      ...(titlePage && { first: blankFooter() }),
    },
  };
}

/** A4 in the section's orientation, its margins, and the header and footer where the PDF writer puts its page label. */
export function pageSetup(section: Section, style: StyleSheet) {
  const pitch = pitchPt(style, style.size.body);
  return {
    size: { width: twips(style.page.width), height: twips(style.page.height), orientation: section.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: {
      top: twips(section.margins.top),
      right: twips(section.margins.right),
      bottom: twips(section.margins.bottom),
      left: twips(section.margins.left),
      // Where the PDF writer puts its page label.
      header: twips(Math.min(style.pageNumberTop, section.margins.top - pitch)),
      footer: twips(Math.min(style.footerBottom, section.margins.bottom - pitch)),
    },
  };
}
