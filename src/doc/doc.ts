/**
 * The format-neutral document tree: what composers produce and writers consume.
 * Writers know nothing about plans; composers know nothing about pdfmake or docx.
 * Lengths are in points (1 cm = 28.35 pt). Text is final: digits already in the plan's style.
 */

import type { StyleSheet } from './style.js';

export const CM = 72 / 2.54;

export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Keep the whole run on one line (a date, "พ.ศ. ๒๕๖๖", a person's name). */
  noBreak?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Paragraph {
  type: 'paragraph';
  inlines: Inline[];
  align?: Align;
  /** Extra indent of the first line. */
  firstLineIndent?: number;
  /** Indent of the whole paragraph from the left margin. */
  indent?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** Relative size: 'title' for cover and document titles, 'small' for table text. */
  size?: 'title' | 'subtitle' | 'body' | 'small';
  keepWithNext?: boolean;
  /** A label printed before the text, with every continuation line aligned after it ("เรื่อง …"). */
  hangingLabel?: string;
}

export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3;
  inlines: Inline[];
  align?: Align;
  /** Text shown in the table of contents; absent = not in the table of contents. */
  toc?: string;
  /** Indent level in the table of contents. */
  tocLevel?: number;
  /** Stable anchor used for the table of contents. */
  id?: string;
  pageBreakBefore?: boolean;
  spaceBefore?: number;
}

export interface ListItem {
  /** The item's label as printed ("๑)", "(๒)", "๑.๑)", "-"). */
  label: string;
  inlines: Inline[];
  children?: ListItem[];
}

export interface List {
  type: 'list';
  items: ListItem[];
  indent?: number;
  size?: 'body' | 'small';
  /** Stay on the page of the block that follows (the end of a project card moves to its last page together). */
  keepWithNext?: boolean;
}

export interface Cell {
  blocks: Array<Paragraph | List>;
  colSpan?: number;
  rowSpan?: number;
  fill?: string;
  align?: Align;
  bold?: boolean;
}

export interface Table {
  type: 'table';
  /** Relative column widths. */
  widths: number[];
  /** The first `headerRows` rows repeat on every page. */
  headerRows: number;
  rows: Cell[][];
  /** Rows are never split across pages (always true for our tables; kept explicit for writers). */
  keepRowsTogether: boolean;
  /** The size of the text in every cell. */
  size?: 'body' | 'small';
  /** No rules at all: used to align columns of text (an order's members). */
  borderless?: boolean;
  /** The whole table stays on one page (a member's two lines in an order). */
  keepTogether?: boolean;
}

export interface Signature {
  type: 'signature';
  /** Where the block's column starts, from the left margin; the lines are centred in what remains. */
  indent: number;
  /** Blank space above the name for the handwritten signature. */
  space: number;
  name: string;
  lines: string[];
}

export interface Image {
  type: 'image';
  /** Absolute path; absent = keep the space empty (the file is missing). */
  path?: string;
  height: number;
  align: Align;
  /**
   * A line set on the image's last line, centred on the page, the image at the left margin: the
   * Garuda of a บันทึกข้อความ beside its title.
   */
  beside?: Paragraph;
}

export interface PageBreak {
  type: 'pageBreak';
}

/** The table of contents: writers fill it with the headings that have `toc` and their page labels. */
export interface TableOfContents {
  type: 'toc';
  title: string;
  pageLabel: string;
}

/** A short horizontal rule, centred (the line under an order's subject). */
export interface Rule {
  type: 'rule';
  width: number;
}

/**
 * A bar chart people read at a glance. Every label is final text (digits in the document's style);
 * the PDF writer draws it as vectors, the DOCX writer as a native chart with these values.
 */
export interface Chart {
  type: 'chart';
  title: string;
  /** Labels along the category axis ("มิติที่ ๑"). */
  categories: string[];
  /** One series per colour; `labels` are printed on the bars (empty = none). */
  series: Array<{ name: string; color: string; values: number[]; labels: string[] }>;
  /** A category's bars stacked into one (counts by status) or side by side (planned and spent). */
  stacked: boolean;
  /** The value axis: its top and its gridlines with their printed labels. */
  axis: { max: number; ticks: Array<{ value: number; label: string }> };
  /** Digits a writer that formats numbers itself (Word's chart) must use. */
  digits: 'thai' | 'arabic';
  height: number;
}

export type Block = Paragraph | Heading | List | Table | Signature | Image | PageBreak | TableOfContents | Rule | Chart;

/** How the pages of a section are numbered. */
export type PageNumbering =
  | { style: 'none' }
  /** ก ข ค … */
  | { style: 'thai-letters'; position: PageNumberPosition; restart: boolean }
  /** ๑ ๒ ๓ … (or 1 2 3 when the plan chooses Arabic digits); `dashes` prints "- ๒ -". */
  | { style: 'numbers'; position: PageNumberPosition; restart: boolean; digits: 'thai' | 'arabic'; dashes?: boolean; fromPage?: number };

/**
 * Where the page number stands. Landscape pages are bound at their top edge: 'bottom-right' puts their number where
 * a portrait page's 'top-right' is once the book is turned, away from the binding.
 */
export type PageNumberPosition = 'top-right' | 'top-center' | 'bottom-center' | 'bottom-right';

export interface Section {
  id: string;
  orientation: 'portrait' | 'landscape';
  margins: { top: number; right: number; bottom: number; left: number };
  numbering: PageNumbering;
  /**
   * The numbering the table of contents counts in, when it differs from what the pages print: the
   * letters in the plan's appendix print their own "- ๒ -" while the plan's count runs on.
   */
  tocNumbering?: PageNumbering;
  /** Printed at the top left of every page of the section, the first included ("ตัวอย่าง" on example data). */
  headerNote?: string;
  /** Official letters: "…/next words" at the bottom right of every page that continues. */
  continuationMarks?: boolean;
  blocks: Block[];
}

export interface DocMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
  /** Fixed creation date, so two builds give identical bytes. */
  date: Date;
  /** Names printed whole, never broken across two lines (the organisation, its units). */
  names: string[];
}

export interface Doc {
  meta: DocMeta;
  sections: Section[];
  /** Measurements and typeface for both writers; absent = the default style sheet (bundled Sarabun). */
  style?: StyleSheet;
}
