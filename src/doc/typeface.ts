import { join } from 'node:path';
import { FONT_DIR } from '../paths.js';
import { fontMetrics } from './fontMetrics.js';

/**
 * TH SarabunPSK, the face the official format's "16 pt" is set in, as measured from its metric twin TH Sarabun New
 * with fontTools from its own tables (glyf, hmtx, hhea; UPM 1000). The project never ships or reads that font:
 * these numbers are what the bundled face is matched against.
 */
export const TH_SARABUN_PSK = {
  unitsPerEm: 1000,
  /** Top of the letter ก (glyf yMax). */
  koKaiTop: 400,
  /** hhea ascent, descent, line gap: the line TH SarabunPSK asks for, 1.331 em (21.3 pt at 16 pt). */
  ascent: 844,
  descent: -457,
  lineGap: 30,
  /** A run of the seed's text is 35.7 em wide in TH Sarabun New… */
  seedRunEm: 35.7,
} as const;

/** …and 54.8 em in the bundled Sarabun (same measurement, same text). */
export const SARABUN_SEED_RUN_EM = 54.8;

/** The official body size, in points of TH SarabunPSK (ระเบียบงานสารบรรณ: 16 pt). */
export const OFFICIAL_BODY_PT = 16;

/** TH SarabunPSK's line, in ems: every style sheet pitch is this many times the official size. */
export const OFFICIAL_LINE_EM = (TH_SARABUN_PSK.ascent - TH_SARABUN_PSK.descent + TH_SARABUN_PSK.lineGap) / TH_SARABUN_PSK.unitsPerEm;

/** Font files by pdfmake's style names. */
export interface FontFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

/** A typeface profile: which face every output uses, and how large it is set. */
export interface Typeface {
  /** Family name, as the DOCX names it and Word looks it up. */
  name: string;
  files: FontFiles;
  /**
   * Points of this face per official point: 1 sets it at the sizes as written (16 pt body); less draws a face whose
   * letters are larger than TH SarabunPSK's as large as TH SarabunPSK's.
   */
  scale: number;
  /** Shipped with the project under an open licence, so the DOCX may carry it; an office's own files are only named. */
  embeddable: boolean;
}

/** The bundled Sarabun (SIL OFL 1.1, fonts/README.md). */
export const SARABUN_FILES: FontFiles = {
  normal: join(FONT_DIR, 'Sarabun-Regular.ttf'),
  bold: join(FONT_DIR, 'Sarabun-Bold.ttf'),
  italics: join(FONT_DIR, 'Sarabun-Italic.ttf'),
  bolditalics: join(FONT_DIR, 'Sarabun-BoldItalic.ttf'),
};

/** Text whose width compares two faces' advances: the plan's own words, digits, a date. */
const SAMPLE = 'แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส ของเทศบาลนคร พ.ศ. ๒๕๖๖ - ๒๕๗๐ (ITA) ก่อนสิ้นปีงบประมาณ';

/**
 * Points of a face per point of TH SarabunPSK, so that its Thai looks as large: the mean of two ratios, the height
 * of ก (TH SarabunPSK 400 units against the face's own) and the width of running text (35.7 em against the face's
 * width of the same text, found from Sarabun's measured 54.8 em and the two faces' advances on a sample). For the
 * bundled Sarabun: height 400/586 = 0.683, width 35.7/54.8 = 0.651, scale 0.667, body 10.7 pt.
 */
export function matchedScale(files: FontFiles): number {
  const face = fontMetrics(files.normal);
  const sarabun = fontMetrics(SARABUN_FILES.normal);
  const height = TH_SARABUN_PSK.koKaiTop / TH_SARABUN_PSK.unitsPerEm / (face.top('ก') / face.unitsPerEm);
  const faceRunEm = SARABUN_SEED_RUN_EM * (face.advance(SAMPLE) / sarabun.advance(SAMPLE));
  const width = TH_SARABUN_PSK.seedRunEm / faceRunEm;
  return (height + width) / 2;
}

let sarabun: Typeface | undefined;

/** The default profile: the bundled Sarabun, matched to TH SarabunPSK 16 pt. */
export function defaultTypeface(): Typeface {
  return (sarabun ??= { name: 'Sarabun', files: SARABUN_FILES, scale: matchedScale(SARABUN_FILES), embeddable: true });
}

/** A plan's own typeface (the office's TH SarabunIT๙/PSK files): set at the official sizes, or matched. */
export function ownTypeface(t: { name: string; files: FontFiles; size: 'official' | 'matched' }): Typeface {
  return { name: t.name, files: t.files, scale: t.size === 'matched' ? matchedScale(t.files) : 1, embeddable: false };
}
