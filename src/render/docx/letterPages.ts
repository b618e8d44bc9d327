import { Footer, Header, Paragraph as DocxParagraph, TabStopType, type ISectionOptions, type ParagraphChild } from 'docx';
import type { PageNumbering, PageNumberPosition, Section } from '../../doc/doc.js';
import type { StyleSheet } from '../../doc/style.js';
import { formatPageLabel } from '../pdf/pageLabels.js';
import { fieldXml } from './fields.js';
import { blankFooter, blankHeader, noteLine, pageNumberFormat, pageSetup } from './sections.js';
import { STYLE } from './styles.js';
import { textWidth, twips } from './units.js';
import { rawXml, runXml } from './xml.js';

/**
 * A letter reproduced in the plan's appendix (a section with `tocNumbering`) is numbered as the PDF numbers it: the
 * plan's count runs on through its pages, in the plan's format (no restart), so the PAGE field and the table of
 * contents, once Word or LibreOffice updates it, give the plan's page numbers; and every page prints the plan's
 * number where the plan's pages print it and, from the letter's page 2, the letter's own "- ๒ -".
 *
 * Word counts one page number per page, so the letter's own number is static text in a header of its own: each of
 * the letter's pages is a Word section, begun where the PDF begins the page (blocks.ts). `page` is the letter's page
 * the Word section holds (without the PDF's pages, the whole letter is one Word section: page 1, the plan's number only).
 */
export function letterPageProperties(section: Section & { tocNumbering: PageNumbering }, style: StyleSheet, page: number): Omit<ISectionOptions, 'children'> {
  const plan = section.tocNumbering;
  const own = formatPageLabel(section.numbering, page);
  const numbers: Array<{ position: PageNumberPosition; xml: string }> = [];
  if (own && section.numbering.style !== 'none') numbers.push({ position: section.numbering.position, xml: runXml(own) });
  if (plan.style !== 'none') numbers.push({ position: plan.position, xml: planNumberXml(plan) });
  const width = textWidth(section, style);
  const top = numbers.filter((n) => n.position.startsWith('top'));
  const bottom = numbers.filter((n) => n.position.startsWith('bottom'));
  const note = section.headerNote ? [noteLine(section.headerNote)] : [];
  return {
    properties: { page: { ...pageSetup(section, style), pageNumbers: { formatType: pageNumberFormat(plan), ...(plan.style !== 'none' && plan.restart && page === 1 && { start: 1 }) } } },
    headers: { default: top.length || note.length ? new Header({ children: [...note, ...(top.length ? [numberLine(top, width, STYLE.header)] : [])] }) : blankHeader() },
    footers: { default: bottom.length ? new Footer({ children: [numberLine(bottom, width, STYLE.footer)] }) : blankFooter() },
  };
}

/** The PAGE field in the plan's format, with dashes when the plan's numbering has them. */
function planNumberXml(plan: Exclude<PageNumbering, { style: 'none' }>): string {
  const dashes = plan.style === 'numbers' && plan.dashes;
  return `${dashes ? runXml('- ') : ''}${fieldXml('PAGE')}${dashes ? runXml(' -') : ''}`;
}

/**
 * One line holding the numbers at their places: a centre tab stop in the middle of the text column and a right one
 * at its end (two paragraphs would take two lines; the PDF prints both numbers on one).
 */
function numberLine(numbers: Array<{ position: PageNumberPosition; xml: string }>, width: number, style: string): DocxParagraph {
  const at = (where: 'center' | 'right') => numbers.filter((n) => n.position.endsWith(where)).map((n) => n.xml).join('');
  const tab = '<w:r><w:tab/></w:r>';
  return new DocxParagraph({
    style,
    tabStops: [
      { type: TabStopType.CENTER, position: twips(width / 2) },
      { type: TabStopType.RIGHT, position: twips(width) },
    ],
    children: rawXml(`${tab}${at('center')}${tab}${at('right')}`) as ParagraphChild[],
  });
}
