import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Problem } from './problems.js';

/** Larger files are refused before reading: a plan's biggest file is well under 1 MB. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

const SAVE_AS_UTF8 =
  'ให้เปิดไฟล์แล้วบันทึกใหม่เป็น UTF-8 (Notepad: บันทึกเป็น… → การเข้ารหัส "UTF-8"; VS Code: คลิก encoding ที่แถบล่าง → Save with Encoding → UTF-8)';

/** What a failed open or read means, naming the file. */
function openProblem(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'ไม่พบไฟล์ — expected this file to exist';
    case 'EACCES':
    case 'EPERM':
      return 'ไม่มีสิทธิ์อ่านไฟล์นี้ — permission denied: the file cannot be read';
    case 'EISDIR':
      return 'เป็นโฟลเดอร์ ไม่ใช่ไฟล์ — expected a regular file, found a folder';
    case 'ELOOP':
      return 'ลิงก์วนซ้ำ — too many symbolic links';
    default:
      return `อ่านไฟล์ไม่ได้ (${code ?? 'error'}) — the file cannot be read`;
  }
}

function kindOf(stat: ReturnType<typeof fstatSync>): [thai: string, english: string] {
  if (stat.isDirectory()) return ['โฟลเดอร์', 'a folder'];
  if (stat.isFIFO()) return ['ท่อข้อมูล (named pipe)', 'a FIFO'];
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return ['อุปกรณ์ (device)', 'a device'];
  if (stat.isSocket()) return ['ซ็อกเก็ต', 'a socket'];
  return ['ไฟล์ชนิดพิเศษ', 'a special file'];
}

/** 1-based line and column (in characters of the valid text before it) of byte `offset`. */
function positionOfByte(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) (line++, (start = i + 1));
  return { line, column: bytes.subarray(start, offset).toString('utf8').length + 1 };
}

/** The first byte at which `bytes` stops being UTF-8. */
function firstInvalidByte(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  // Valid prefixes only grow: bisect on "is this prefix valid", a cut-off last character allowed
  // (a streaming decode keeps an incomplete sequence for later instead of failing on it).
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}

/**
 * Thai text saved as TIS-620 / Windows-874 (what Thai Windows Notepad calls "ANSI"): Thai letters
 * are single bytes 0xA1–0xFB, most of which are not UTF-8 at all. Read as UTF-8, such a file gives
 * more undecodable bytes than Thai letters; a UTF-8 file with a stray byte gives the reverse.
 */
function looksLikeTis620(bytes: Buffer): boolean {
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = text.match(/\ufffd/g)?.length ?? 0;
  const thai = text.match(/[\u0e00-\u0e7f]/g)?.length ?? 0;
  return bad > thai && bytes.some((b) => b >= 0xa1 && b <= 0xfb);
}

/**
 * Reads a plan file as text, refusing what is not a regular UTF-8 file before it can hang or flood the
 * program: a FIFO, a device (/dev/zero), a socket or a folder is refused from its file status (the
 * file is opened non-blocking, so a FIFO without a writer cannot hang the open); a file above
 * MAX_TEXT_BYTES is refused unread; bytes that are not UTF-8 are refused with the first bad line and
 * how to save the file as UTF-8. A UTF-8 byte-order mark is dropped; CRLF line ends are kept.
 */
export function readPlanText(file: string, display: string): { text?: string; problems: Problem[] } {
  const at = (line: number, column: number, message: string): { problems: Problem[] } => ({ problems: [{ file: display, line, column, path: '', message }] });
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return at(1, 1, openProblem((e as NodeJS.ErrnoException).code));
  }
  let bytes: Buffer;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const [thai, english] = kindOf(stat);
      return at(1, 1, `ไม่ใช่ไฟล์ข้อความ แต่เป็น${thai} — expected a regular YAML file, found ${english}`);
    }
    if (stat.size > MAX_TEXT_BYTES) return at(1, 1, `ไฟล์ใหญ่เกินไป (${stat.size} ไบต์) — expected at most ${MAX_TEXT_BYTES} bytes`);
    // Read at most one byte more than allowed: a file that grows while it is read is still bounded.
    bytes = Buffer.alloc(Math.min(stat.size, MAX_TEXT_BYTES) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < bytes.length; length += n) n = readSync(fd, bytes, length, bytes.length - length, null);
    if (length > MAX_TEXT_BYTES) return at(1, 1, `ไฟล์ใหญ่เกินไป — expected at most ${MAX_TEXT_BYTES} bytes`);
    bytes = bytes.subarray(0, length);
  } catch (e) {
    return at(1, 1, openProblem((e as NodeJS.ErrnoException).code));
  } finally {
    closeSync(fd);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, problems: [] };
  } catch {
    const bad = firstInvalidByte(bytes);
    const { line, column } = positionOfByte(bytes, bad);
    const guess = looksLikeTis620(bytes)
      ? 'ไฟล์นี้ดูเหมือนบันทึกเป็น TIS-620 / Windows-874 ("ANSI" ของ Notepad ภาษาไทย) — it looks like TIS-620/Windows-874'
      : 'ไฟล์นี้ไม่ได้บันทึกเป็น UTF-8 — the file is not UTF-8';
    return at(line, column, `${guess}; ${SAVE_AS_UTF8} — expected UTF-8 text (first bad byte on this line)`);
  }
}
