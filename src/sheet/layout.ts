/**
 * What the budget workbook looks like, shared by the export (which writes it) and the import (which
 * finds its way back through the headers, not through fixed positions, so a clerk who moves or adds
 * a column does not break it).
 */
export const FONT = 'Sarabun';
export const FONT_SIZE = 14;
/** Whole baht with thousands separators. */
export const AMOUNT_FORMAT = '#,##0';

export const SUMMARY_SHEET = 'สรุป';
/** The hidden sheet of the amounts as exported, and its first header. */
export const BASELINE_SHEET = 'ค่าตอนส่งออก';
export const BASELINE_HEADER = 'รหัสโครงการ/ปี';
export const dimensionSheet = (number: number): string => `มิติที่ ${number}`;

/** The header of the hidden column that keys every row to its project; the import looks for it. */
export const ID_HEADER = 'รหัสโครงการ';
export const NUMBER_HEADER = 'ลำดับ';
export const NAME_HEADER = 'โครงการ/กิจกรรม/มาตรการ';
export const UNIT_HEADER = 'หน่วยงานที่รับผิดชอบ';
export const yearHeader = (year: number): string => `ปี ${year} (บาท)`;
export const TOTAL_HEADER = 'รวมทุกปี (บาท)';

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** The fiscal year a header names ("ปี 2566 (บาท)", also with Thai digits), or undefined. */
export function yearOfHeader(text: string): number | undefined {
  const arabic = text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
  const m = /^\s*ปี\s*(\d{4})\b/.exec(arabic);
  return m ? Number(m[1]) : undefined;
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A cell as a spreadsheet names it: `'มิติที่ 1'!E5` (quoted when the sheet name needs it). */
export function cellReference(sheet: string, row: number, column: number): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${columnLetters(column)}${row}`;
}
