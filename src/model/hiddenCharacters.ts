import type { Problem } from './problems.js';

/**
 * Characters that must not reach a document: they are invisible, so the clerk cannot see what the
 * reader will get. C0/C1 control characters (tab and line ends aside), bidirectional overrides and
 * marks (they reorder what follows: "Trojan source"), and zero-width characters, which Word and web
 * pages slip into Thai text and which change where a line may break. All are errors, zero-width
 * spaces too: removing them silently would make the data file and the documents disagree.
 */
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

const NAMES: Record<number, string> = {
  0x200b: 'ZERO WIDTH SPACE (ช่องว่างที่มองไม่เห็น มักติดมาจาก Word หรือหน้าเว็บ)',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2060: 'WORD JOINER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM กลางไฟล์)',
};

function nameOf(code: number): string {
  if (NAMES[code]) return NAMES[code]!;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x061c) return 'ตัวควบคุมทิศทางข้อความ (bidi control)';
  return 'อักขระควบคุม (control character)';
}

/** At most this many are listed per file: one pasted paragraph can hold hundreds. */
const MAX_LISTED = 10;

/** Every hidden character of a file's text (after its byte-order mark), located to line and column. */
export function hiddenCharacters(text: string, display: string): Problem[] {
  const problems: Problem[] = [];
  let count = 0;
  for (const match of text.matchAll(HIDDEN)) {
    if (match.index === 0 && match[0] === '\ufeff') continue;
    count++;
    if (problems.length >= MAX_LISTED) continue;
    const before = text.slice(0, match.index);
    const line = before.split('\n').length;
    const column = match.index - before.lastIndexOf('\n');
    const code = match[0].codePointAt(0)!;
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    problems.push({
      file: display, line, column, path: '',
      message: `มีอักขระที่มองไม่เห็น ${hex} ${nameOf(code)} ให้ลบออก — hidden character ${hex} is not allowed in plan text`,
    });
  }
  if (count > MAX_LISTED) {
    const last = problems.at(-1)!;
    problems.push({ ...last, column: last.column + 1, message: `และอักขระที่มองไม่เห็นอีก ${count - MAX_LISTED} ตัวในไฟล์นี้ — and ${count - MAX_LISTED} more hidden characters in this file` });
  }
  return problems;
}
