import { CM } from './doc.js';
import { defaultTypeface, OFFICIAL_LINE_EM, type Typeface } from './typeface.js';

/**
 * The style sheet: every measurement of the documents, in one place, read by the composers (page geometry, indents,
 * column shares) and by both writers (type sizes, line pitch, paddings, rules, colours). Type sizes are official
 * points, the sizes the format names in TH SarabunPSK; the typeface profile turns them into points of its own face.
 */
export interface StyleSheet {
  typeface: Typeface;
  page: { width: number; height: number };
  margins: {
    portrait: { top: number; right: number; bottom: number; left: number };
    landscape: { top: number; right: number; bottom: number; left: number };
  };
  /** From the top edge of the page to the page number's line. */
  pageNumberTop: number;
  /** From the bottom edge to the letters' "…/next words" line. */
  footerBottom: number;
  /** Type sizes in official points (TH SarabunPSK). */
  size: { title: number; subtitle: number; body: number; small: number };
  heading: {
    size: { 1: number; 2: number; 3: number };
    spaceBefore: { 1: number; 2: number; 3: number };
    spaceAfter: number;
  };
  /** Line pitch as a multiple of the official size: TH SarabunPSK's own line, 21.3 pt at 16 pt. */
  lineEm: number;
  /** Where the baseline sits in the line, from its top, as a share of the pitch (TH SarabunPSK: 844 of 1,331). */
  baselineShare: number;
  indent: {
    /** The first line of a body paragraph (the official 2.5 cm). */
    paragraph: number;
    /** Lists and lines under a heading. */
    body: number;
    /** Bodies of a project card's fields ("๒. หลักการและเหตุผล" … "๙."), all at one indent. */
    cardField: number;
    /** The column the date and signature of a letter are centred in starts here. */
    signature: number;
  };
  /** Gap between a hanging label ("เรื่อง") and its text. */
  labelGap: number;
  cell: { paddingSide: number; paddingTop: number; paddingBottom: number; rule: number; ruleColour: string };
  fill: { header: string; band: string; total: string };
  toc: { levelIndent: number; pageColumn: number };
  /** Relative column widths of the budget table: mission, project, one per year, remarks. */
  budgetColumns: { mission: number; project: number; year: number; remarks: number };
}

const BASE: Omit<StyleSheet, 'typeface'> = {
  page: { width: 595.28, height: 841.89 },
  // ระเบียบงานสารบรรณ: left 3 cm (binding), right 2 cm, top 2.5 cm, bottom 2 cm. Landscape pages are bound on the
  // same edge, which is now their top: it gets the room, and the page number sits at the other long edge.
  margins: {
    portrait: { top: 2.5 * CM, right: 2 * CM, bottom: 2 * CM, left: 3 * CM },
    landscape: { top: 2.5 * CM, right: 1.5 * CM, bottom: 1.5 * CM, left: 1.5 * CM },
  },
  pageNumberTop: 1.2 * CM,
  footerBottom: 1 * CM,
  size: { title: 24, subtitle: 20, body: 16, small: 14 },
  heading: { size: { 1: 18, 2: 16, 3: 16 }, spaceBefore: { 1: 3, 2: 6, 3: 6 }, spaceAfter: 2 },
  lineEm: OFFICIAL_LINE_EM,
  baselineShare: 844 / 1331,
  indent: { paragraph: 2.5 * CM, body: 1.25 * CM, cardField: 0.75 * CM, signature: 4 * CM },
  labelGap: 10,
  // Room above the text, so stacked marks (ต่ำ, ปี่) never touch the rule over them.
  cell: { paddingSide: 4, paddingTop: 2, paddingBottom: 1, rule: 0.5, ruleColour: '#555555' },
  fill: { header: '#E7E6E6', band: '#F2F2F2', total: '#D9D9D9' },
  toc: { levelIndent: 20, pageColumn: 40 },
  budgetColumns: { mission: 34, project: 300, year: 66, remarks: 74 },
};

/** The style sheet with a typeface profile (the bundled Sarabun unless the plan names its own). */
export function styleSheet(typeface: Typeface = defaultTypeface()): StyleSheet {
  return { ...BASE, typeface };
}

/** The layout constants composers use (they do not depend on the typeface). */
export const LAYOUT = BASE;

export type SizeName = keyof StyleSheet['size'];

/** Points of the profile's face for an official size. */
export function fontPt(style: StyleSheet, official: number): number {
  return Math.round(official * style.typeface.scale * 100) / 100;
}

/** The line pitch, in points, of text at an official size. */
export function pitchPt(style: StyleSheet, official: number): number {
  return official * style.lineEm;
}
