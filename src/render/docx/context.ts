import type { Doc, Heading, Section } from '../../doc/doc.js';
import type { StyleSheet } from '../../doc/style.js';
import type { ChartParts } from './charts.js';
import type { ListDefinitions } from './lists.js';
import type { DerivedStyles } from './derivedStyles.js';
import type { PageStart } from '../pdf/pageStarts.js';
import { textWidth } from './units.js';

/**
 * Bookmark names and ids. Word allows letters, digits and underscores, at most 40 characters; a leading
 * underscore hides the bookmark from the Bookmark dialog, as Word's own `_Toc…` bookmarks are.
 */
export class Bookmarks {
  private readonly names = new Map<Heading, string>();
  private readonly used = new Set<string>();
  private next = 1;

  /** The bookmark a heading carries: from its id, else from its place in the document. */
  nameOf(h: Heading, fallback: string): string {
    const known = this.names.get(h);
    if (known) return known;
    const base = `_Toc_${(h.id ?? fallback).replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'heading'}`.slice(0, 36);
    let name = base;
    for (let i = 2; this.used.has(name); i++) name = `${base}_${i}`;
    this.used.add(name);
    this.names.set(h, name);
    return name;
  }

  /** Numeric ids pair bookmarkStart with bookmarkEnd; counted in document order, so they are the same every run. */
  id(): number {
    return this.next++;
  }
}

/** The headings listed in the table of contents, in document order, each with its bookmark. */
export interface TocEntry {
  heading: Heading;
  text: string;
  level: number;
  bookmark: string;
}

export function tocEntries(doc: Doc, bookmarks: Bookmarks): TocEntry[] {
  return doc.sections.flatMap((s) =>
    s.blocks.flatMap((b, i) =>
      b.type === 'heading' && b.toc !== undefined
        ? [{ heading: b, text: b.toc, level: (b.tocLevel ?? 0) + 1, bookmark: bookmarks.nameOf(b, `${s.id}_${i}`) }]
        : [],
    ),
  );
}

/** What block writers need to know about where they are. */
export interface WriterContext {
  doc: Doc;
  section: Section;
  /** Text width of the section's pages, in points. */
  width: number;
  bookmarks: Bookmarks;
  toc: TocEntry[];
  /** The table of contents' page labels by heading id. */
  pageLabels: ReadonlyMap<string, string>;
  /** The Doc's style sheet: sizes, pitch, paddings and the typeface, as the PDF writer reads them. */
  style: StyleSheet;
  /** Charts met so far; their parts are added to the package after it is compiled. */
  charts: ChartParts;
  /** The document's list definitions, filled as lists are written. */
  lists: ListDefinitions;
  /** Paragraph styles made for indents, so body paragraphs carry no direct indent. */
  styles: DerivedStyles;
  /** Where the PDF's pages begin (the letters' DOCX breaks its pages there). */
  pageStarts: readonly PageStart[];
  /** Catchwords written so far: each text box gets its own id. */
  catchwords: { count: number };
}

export function sectionContext(base: Omit<WriterContext, 'section' | 'width'>, section: Section): WriterContext {
  return { ...base, section, width: textWidth(section, base.style) };
}
