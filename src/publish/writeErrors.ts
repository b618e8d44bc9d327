/** Why a write failed, in words a clerk can act on. */
const REASONS: Record<string, string> = {
  ENOSPC: 'พื้นที่ดิสก์เต็ม — no space left on the disk',
  EDQUOT: 'เกินโควตาพื้นที่ดิสก์ — disk quota exceeded',
  EACCES: 'ไม่มีสิทธิ์เขียน — permission denied',
  EPERM: 'ไม่มีสิทธิ์เขียน — operation not permitted',
  EROFS: 'ดิสก์นี้อ่านได้อย่างเดียว — read-only file system',
  ENOTDIR: 'มีไฟล์ชื่อเดียวกับโฟลเดอร์ที่ต้องสร้าง — a file stands where a folder is needed',
  EEXIST: 'มีไฟล์ชื่อนี้อยู่แล้ว — something of this name is in the way',
  EISDIR: 'มีโฟลเดอร์ชื่อเดียวกับไฟล์ที่ต้องเขียน — a folder stands where a file is needed',
  ENAMETOOLONG: 'ชื่อไฟล์ยาวเกินไป — file name too long',
  EIO: 'ดิสก์ผิดพลาด — input/output error',
};

/**
 * A write error that names the path it failed on and says the previous build is untouched (every
 * write goes to a temporary folder first; see publish.ts).
 */
export function describeWriteError(e: unknown, path: string): Error {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  const reason = REASONS[code] ?? `${code || 'error'}: ${(e as Error)?.message ?? String(e)}`;
  return new Error(`เขียน ${path} ไม่ได้: ${reason} (${code || 'error'}); เอกสารชุดก่อนหน้ายังอยู่ครบ — could not write ${path}; the previous build is intact`);
}
