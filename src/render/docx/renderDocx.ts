import { Document, Packer } from 'docx';
import { strToU8 } from 'fflate';
import type { Doc } from '../../doc/doc.js';
import { sectionPages } from './blocks.js';
import { letterPageProperties } from './letterPages.js';
import { ChartParts } from './charts.js';
import { Bookmarks, sectionContext, tocEntries } from './context.js';
import { embeddedFonts, fixFontTable } from './embeddedFonts.js';
import { reproducible } from './reproducible.js';
import { sectionProperties } from './sections.js';
import { fixSettings } from './settings.js';
import { documentStyles } from './styles.js';
import { DerivedStyles } from './derivedStyles.js';
import { ListDefinitions } from './lists.js';
import { styleSheet } from '../../doc/style.js';
import type { PageStart } from '../pdf/pageStarts.js';

export interface DocxResult {
  bytes: Buffer;
}

export interface DocxOptions {
  /**
   * The page label of every heading the table of contents lists (by heading id), as the PDF writer laid
   * the document out (see layoutPdf). Word replaces them with its own when the table is updated.
   */
  pageLabels: ReadonlyMap<string, string>;
  /**
   * Where the PDF writer's pages begin, with their catchwords (see layoutPdf): a section with continuation marks
   * (a letter) breaks its pages at the same places and prints the catchword at the foot of each page that continues.
   * Without them Word breaks the pages where it likes and no catchword is printed.
   */
  pageStarts?: readonly PageStart[];
}

/**
 * Doc → DOCX for editing in Word: real styles (Title, Heading 1–3, Body Text, List, Table Text, toc 1–2), Sarabun
 * in every script slot, embedded fonts, a table of contents already filled in with the PDF's page labels, one Word
 * section per Doc section.
 */
export async function renderDocx(doc: Doc, options: DocxOptions): Promise<DocxResult> {
  const charts = new ChartParts();
  const style = doc.style ?? styleSheet();
  return { bytes: reproducible(packageParts(docxDocument(doc, options, charts)), doc.meta, [fixFontTable(style.typeface), fixSettings, charts.addToPackage]) };
}

interface DocxCompiler {
  compile(document: Document): Map<string, string | Uint8Array>;
}

/**
 * The package's parts by path, in docx's zip order, as docx's Packer compiles them before zipping.
 * `reproducible` zips them once; going through Packer.toBuffer would deflate them only to inflate
 * and deflate them again (≈0.3 s of the plan's DOCX).
 */
function packageParts(document: Document): Record<string, Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('docx: Packer.compiler.compile is gone; this docx version is not the one package-lock.json pins');
  const parts: Record<string, Uint8Array> = {};
  for (const [path, data] of compiler.compile(document)) parts[path] = typeof data === 'string' ? strToU8(data) : data;
  return parts;
}

/** The docx Document of a Doc, before packing. */
function docxDocument(doc: Doc, options: DocxOptions, charts: ChartParts): Document {
  const bookmarks = new Bookmarks();
  const toc = tocEntries(doc, bookmarks);
  const style = doc.style ?? styleSheet();
  const lists = new ListDefinitions();
  const styles = new DerivedStyles();
  const base = { doc, bookmarks, toc, pageLabels: options.pageLabels, pageStarts: options.pageStarts ?? [], catchwords: { count: 0 }, style, charts, lists, styles };
  // Children first: writing them makes the list definitions and indent styles the document then declares.
  const sections = doc.sections.flatMap((section) => {
    const pages = sectionPages(sectionContext(base, section));
    const { tocNumbering } = section;
    if (!tocNumbering) return [{ ...sectionProperties(section, style), children: pages[0]!.children }];
    // A letter in the plan's appendix: a Word section per page, each with the letter's own page number.
    return pages.map(({ page, children }) => ({ ...letterPageProperties({ ...section, tocNumbering }, style, page), children }));
  });
  const documentStyle = documentStyles(doc.meta.language, style);
  return new Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    keywords: doc.meta.keywords.join(', '),
    revision: 1,
    styles: { ...documentStyle, paragraphStyles: [...(documentStyle.paragraphStyles ?? []), ...styles.definitions] },
    numbering: { config: lists.config },
    fonts: embeddedFonts(style.typeface),
    sections,
  });
}
