import { thaiDigits } from './digits.js';

/** Buddhist era = Christian era + 543. */
export const BE_OFFSET = 543;

export const THAI_MONTHS = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
] as const;

/** A calendar date in the Buddhist era; `day` is absent when the document leaves it blank to be written by hand. */
export interface ThaiDate {
  year: number;
  month: number;
  day?: number;
}

/**
 * Reads `YYYY-MM-DD` or `YYYY-MM`, Buddhist era (year > 2400) or Christian era.
 * Returns an error text in Thai (with English) for impossible dates such as 30 February.
 */
export function parseThaiDate(text: string): ThaiDate | { error: string } {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!m) return { error: 'วันที่ต้องอยู่ในรูป ปปปป-ดด-วว เช่น 2565-05-10 — expected YYYY-MM-DD' };
  const rawYear = Number(m[1]);
  const year = rawYear > 2400 ? rawYear : rawYear + BE_OFFSET;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { error: `ไม่มีเดือนที่ ${month} — expected a month 01–12` };
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  const ce = year - BE_OFFSET;
  const probe = new Date(Date.UTC(ce, month - 1, day));
  if (day < 1 || probe.getUTCMonth() !== month - 1) {
    return { error: `ไม่มีวันที่ ${day} ${THAI_MONTHS[month - 1]} พ.ศ. ${year} — expected a real calendar date` };
  }
  return { year, month, day };
}

/** "๑๐ พฤษภาคม พ.ศ. ๒๕๖๕" (digits converted later by the plan's digit style). */
export function formatThaiDate(date: ThaiDate): string {
  const month = THAI_MONTHS[date.month - 1];
  return date.day === undefined ? `${month} พ.ศ. ${date.year}` : `${date.day} ${month} พ.ศ. ${date.year}`;
}

/** The same, in Thai digits. */
export function thaiDateText(date: ThaiDate): string {
  return thaiDigits(formatThaiDate(date));
}

/** Midnight Bangkok time of the date, for document metadata; a blank day counts as the 1st. */
export function toUtcDate(date: ThaiDate): Date {
  return new Date(Date.UTC(date.year - BE_OFFSET, date.month - 1, date.day ?? 1) - 7 * 3600 * 1000);
}
