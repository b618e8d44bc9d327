import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, normalize, resolve, sep } from 'node:path';

/** The emblem prints 3 cm high: 4,000 pixels a side is over 3,000 dpi, and decoding stays small. */
export const MAX_EMBLEM_PIXELS_PER_SIDE = 4000;
export const MAX_EMBLEM_BYTES = 10 * 1024 * 1024;

/** A path written inside the plan folder: not absolute, no "..". */
function writtenInside(folder: string, path: string): boolean {
  if (isAbsolute(path) || normalize(path).split(/[\\/]/).includes('..')) return false;
  return resolve(folder, path).startsWith(resolve(folder) + sep);
}

/** Width and height of a PNG (IHDR) or JPEG (first SOF marker) from its bytes; undefined if neither. */
export function imageSize(head: Buffer): { format: 'PNG' | 'JPEG'; width: number; height: number } | undefined {
  if (head.length >= 24 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) && head.toString('latin1', 12, 16) === 'IHDR') {
    return { format: 'PNG', width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
  }
  if (head.length >= 4 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) {
    let i = 2;
    while (i + 9 < head.length) {
      if (head[i] !== 0xff) return undefined;
      const marker = head[i + 1]!;
      if (marker === 0xff) {
        i++;
        continue;
      }
      const length = head.readUInt16BE(i + 2);
      // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), carry the frame's size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { format: 'JPEG', height: head.readUInt16BE(i + 5), width: head.readUInt16BE(i + 7) };
      }
      i += 2 + length;
    }
  }
  return undefined;
}

/**
 * What is wrong with the emblem a letter names, checked when the plan is checked (so a build never
 * fails on it after rendering): it must be written as a path inside the plan folder and, when the
 * file is there, really lie inside it once links are followed, be a regular file, a PNG or JPEG by
 * its bytes (not by its name), and of a bounded pixel size. A missing file is not a problem here:
 * the build keeps the space and warns.
 */
export function emblemProblem(folder: string, path: string): string | undefined {
  if (!writtenInside(folder, path)) return 'ต้องเป็นไฟล์ภายในโฟลเดอร์ของแผน (ห้ามใช้ .. หรือเส้นทางเต็ม) — expected a path inside the plan folder';
  let real: string;
  try {
    real = realpathSync(resolve(folder, path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? undefined : `อ่านไฟล์ตราไม่ได้ (${code}) — the emblem cannot be read`;
  }
  if (!real.startsWith(realpathSync(folder) + sep)) {
    return `ไฟล์ตราเป็นลิงก์ที่ชี้ออกไปนอกโฟลเดอร์ของแผน (${real}) — expected the emblem to lie inside the plan folder, links followed`;
  }
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return `อ่านไฟล์ตราไม่ได้ (${(e as NodeJS.ErrnoException).code}) — the emblem cannot be read`;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return 'ไฟล์ตราต้องเป็นไฟล์ภาพธรรมดา — expected a regular PNG or JPEG file';
    if (stat.size > MAX_EMBLEM_BYTES) return `ไฟล์ตราใหญ่เกินไป (${stat.size} ไบต์) — expected at most ${MAX_EMBLEM_BYTES} bytes`;
    const head = Buffer.alloc(Math.min(stat.size, 64 * 1024));
    const read = readSync(fd, head, 0, head.length, 0);
    const size = imageSize(head.subarray(0, read));
    if (!size) return 'ไฟล์ตราต้องเป็นภาพ PNG หรือ JPEG (ตรวจจากเนื้อไฟล์ ไม่ใช่ชื่อไฟล์) — expected a PNG or JPEG image';
    const { width, height } = size;
    if (width === 0 || height === 0 || width > MAX_EMBLEM_PIXELS_PER_SIDE || height > MAX_EMBLEM_PIXELS_PER_SIDE) {
      return `ภาพตรามีขนาด ${width}×${height} พิกเซล ต้องไม่เกิน ${MAX_EMBLEM_PIXELS_PER_SIDE} พิกเซลต่อด้าน ให้ย่อภาพก่อน — expected at most ${MAX_EMBLEM_PIXELS_PER_SIDE}×${MAX_EMBLEM_PIXELS_PER_SIDE} pixels`;
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}
