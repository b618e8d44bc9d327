import { Document, Packer } from 'docx';
import type { Doc } from '../../compose/doc.js';
import { sectionChildren } from './blocks.js';
import { Bookmarks, sectionContext, tocEntries } from './context.js';
import { embeddedFonts, fixFontTable } from './embeddedFonts.js';
import { reproducible } from './reproducible.js';
import { sectionProperties } from './sections.js';
import { fixSettings } from './settings.js';
import { documentStyles } from './styles.js';

export interface DocxResult {
  bytes: Buffer;
}

export interface DocxOptions {
  /**
   * The page label of every heading the table of contents lists (by heading id), as the PDF writer laid
   * the document out (see layoutPdf). Word replaces them with its own when the table is updated.
   */
  pageLabels: ReadonlyMap<string, string>;
}

/**
 * Doc → DOCX for editing in Word: real styles (Title, Heading 1–3, Body Text, List, Table Text, toc 1–2), Sarabun
 * in every script slot, embedded fonts, a table of contents already filled in with the PDF's page labels, one Word
 * section per Doc section.
 */
export async function renderDocx(doc: Doc, options: DocxOptions): Promise<DocxResult> {
  const packed = await Packer.toBuffer(docxDocument(doc, options));
  return { bytes: reproducible(packed, doc.meta, [fixFontTable, fixSettings]) };
}

/** The docx Document of a Doc, before packing. */
function docxDocument(doc: Doc, options: DocxOptions): Document {
  const bookmarks = new Bookmarks();
  const toc = tocEntries(doc, bookmarks);
  const base = { doc, bookmarks, toc, pageLabels: options.pageLabels };
  return new Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    keywords: doc.meta.keywords.join(', '),
    revision: 1,
    styles: documentStyles(doc.meta.language),
    fonts: embeddedFonts(),
    sections: doc.sections.map((section) => ({ ...sectionProperties(section), children: sectionChildren(sectionContext(base, section)) })),
  });
}
