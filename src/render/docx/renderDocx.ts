import { Document, Packer } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { Doc } from '../../compose/doc.js';
import { sectionChildren } from './blocks.js';
import { Bookmarks, sectionContext, tocEntries } from './context.js';
import { embeddedFonts, fixFontTable, measuringFonts } from './embeddedFonts.js';
import { reproducible } from './reproducible.js';
import { printedNumbering, sectionProperties } from './sections.js';
import { fixSettings } from './settings.js';
import { documentStyles } from './styles.js';

export interface DocxResult {
  bytes: Buffer;
}

/**
 * Doc → DOCX for editing in Word: real styles (Title, Heading 1–3, Body Text, List, Table Text, toc 1–2), Sarabun
 * in every script slot, embedded fonts, a filled-in table of contents, one Word section per Doc section.
 *
 * Page numbers in the table of contents are estimated: docx's layout lays the pages out as Word would, with Thai
 * word boundaries (from the thai module) marked by zero-width spaces while it measures; the marks are taken out of
 * the package afterwards. Word replaces the estimates with its own numbers when the table is updated.
 */
export async function renderDocx(doc: Doc): Promise<DocxResult> {
  const packed = await Packer.toBuffer(docxDocument(doc));
  return { bytes: reproducible(packed, doc.meta, [fixFontTable, fixSettings, printedNumbering(doc.sections)]) };
}

/**
 * The docx Document of a Doc, before packing. Text is measured in every Sarabun face, the bold ones too though they
 * aren't embedded; where the layout can't follow Word it guesses rather than leave the page numbers blank.
 */
function docxDocument(doc: Doc): Document {
  const bookmarks = new Bookmarks();
  const toc = tocEntries(doc, bookmarks);
  const base = { doc, bookmarks, toc, estimate: true };
  return new Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    keywords: doc.meta.keywords.join(', '),
    revision: 1,
    styles: documentStyles(doc.meta.language),
    fonts: embeddedFonts(),
    pageNumbers: estimatePageNumbersWith({ fonts: measuringFonts(), guess: true }),
    sections: doc.sections.map((section) => ({ ...sectionProperties(section), children: sectionChildren(sectionContext(base, section)) })),
  });
}
