import { describe, expect, it } from 'vitest';
import { mergeBreaks, noBreakSpans, thaiWordBreaks } from '../../src/thai/lineBreak.js';

const piecesAt = (text: string, breaks: number[]) => {
  const out: string[] = [];
  let last = 0;
  for (const b of [...breaks, text.length]) {
    out.push(text.slice(last, b));
    last = b;
  }
  return out;
};

describe('Thai line-break opportunities', () => {
  it('breaks between dictionary words', () => {
    expect(piecesAt('การป้องกันการทุจริต', thaiWordBreaks('การป้องกันการทุจริต'))).toEqual(['การ', 'ป้องกัน', 'การ', 'ทุจริต']);
  });

  it('keeps lexicon words whole where the dictionary would cut them (เป็นก|รอบ, ธร|รมาภิ|บาล)', () => {
    const text = 'เพื่อเป็นกรอบตามหลักธรรมาภิบาล';
    const pieces = piecesAt(text, thaiWordBreaks(text));
    expect(pieces.join('|')).not.toContain('ก|รอบ');
    expect(pieces).toContain('ธรรมาภิบาล');
  });

  it('never breaks inside "พ.ศ. ๒๕๖๖", "ข้อ ๑" or a bracketed name', () => {
    const text = 'ตั้งแต่ พ.ศ. ๒๕๖๖ ตามข้อ ๑ ลงนาม (นางเปรมฤดี ชามพูนท) แล้ว';
    const unicode = [...text.matchAll(/ /g)].map((m) => ({ position: m.index! + 1, required: false }));
    const breaks = mergeBreaks(text, unicode).map((b) => b.position);
    for (const [start, end] of noBreakSpans(text)) {
      expect(breaks.filter((b) => b > start && b < end)).toEqual([]);
    }
    const inside = (needle: string) => {
      const s = text.indexOf(needle);
      return breaks.some((b) => b > s && b < s + needle.length);
    };
    expect(inside('พ.ศ. ๒๕๖๖')).toBe(false);
    expect(inside('ข้อ ๑')).toBe(false);
    expect(inside('(นางเปรมฤดี ชามพูนท)')).toBe(false);
  });

  it('never offers a break before a combining mark or after a leading vowel', () => {
    const text = 'เจ้าหน้าที่ผู้รับผิดชอบดำเนินการแก้ไขให้เป็นไปตามระเบียบกระทรวงมหาดไทย';
    for (const b of thaiWordBreaks(text)) {
      expect(text[b]).not.toMatch(/[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]/);
      expect(text[b - 1]).not.toMatch(/[\u0e40-\u0e44]/);
    }
  });

  it('keeps required breaks and does not break before ๆ', () => {
    const text = 'ต่าง ๆ\nบรรทัดใหม่';
    const breaks = mergeBreaks(text, [{ position: 5, required: false }, { position: 7, required: true }]);
    expect(breaks).toContainEqual({ position: 7, required: true });
    expect(breaks.map((b) => b.position)).not.toContain(5);
  });
});
