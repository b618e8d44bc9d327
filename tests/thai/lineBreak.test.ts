import { describe, expect, it } from 'vitest';
import { libthaiBreaks } from '../../src/thai/libthai.js';
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

/** Is there a break strictly inside the first `word` of `text`? */
const cutsInside = (text: string, word: string, breaks: number[]) => {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`${word} not in ${text}`);
  return breaks.filter((b) => b > at && b < at + word.length).map((b) => `${text.slice(at, b)}|${text.slice(b, at + word.length)}`);
};

describe('two witnesses: ICU and libthai must both see a word boundary', () => {
  // Each phrase is a line end the plan had inside a word (issue 11), from the bundled plan's text.
  const cases: Array<[phrase: string, word: string]> = [
    ['ประชาชนเข้าฟังการประชุมและการปรึกษาของสภาท้องถิ่นตามระเบียบฯ', 'ตามระเบียบ'],
    ['การจะแก้ไขปัญหาการทุจริตได้บรรลุผลต้องเกิดจากการบูรณาการทุกภาคส่วน', 'การบูรณาการ'],
    ['พรบ.การสาธารณสุขฯ', 'สาธารณสุข'],
    ['ดำเนินการแก้ไขปัญหาเรื่องร้องเรียนที่ได้รับจากช่องทางการร้องเรียนต่าง ๆ', 'ร้องเรียน'],
    ['ศึกษาหนังสือสั่งการที่เกี่ยวข้องเพื่อให้การปฏิบัติถูกต้อง', 'ถูกต้อง'],
    ['ในการติดตามตรวจสอบการทุจริต', 'ตรวจสอบ'],
    ['และเจ้าหน้าที่ศึกษาดูงานเกี่ยวกับพระราชกรณียกิจและหลักปรัชญาของเศรษฐกิจพอเพียง', 'พระราชกรณียกิจ'],
    ['ตามแนวพระราชดำริของพระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช บรมนาถบพิตร', 'พระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช'],
    ['ตามแนวพระราชดำริของพระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช บรมนาถบพิตร', 'บรมนาถบพิตร'],
  ];
  it.each(cases)('never breaks inside the word in "%s"', (phrase, word) => {
    expect(cutsInside(phrase, word, thaiWordBreaks(phrase))).toEqual([]);
  });

  it('each witness alone would have cut one of these words', () => {
    const icu = (s: string) => [...new Intl.Segmenter('th', { granularity: 'word' }).segment(s)].map((x) => x.index).filter((i) => i > 0);
    // ICU alone: ตา|มระเบียบ; libthai alone: พระ|ราชกรณียกิจ. Both must agree, so neither cut survives.
    expect(cutsInside(cases[0]![0], 'ตามระเบียบ', icu(cases[0]![0]))).toEqual(['ตา|มระเบียบ']);
    expect(cutsInside(cases[6]![0], 'พระราชกรณียกิจ', libthaiBreaks(cases[6]![0]))).toEqual(['พระ|ราชกรณียกิจ']);
  });

  it('still breaks where both agree, so lines can be filled', () => {
    const text = 'ดำเนินการตามระเบียบกระทรวงมหาดไทย';
    expect(piecesAt(text, thaiWordBreaks(text))).toEqual(['ดำเนิน', 'การ', 'ตาม', 'ระเบียบ', 'กระทรวง', 'มหาดไทย']);
  });

  it('judges a junction on the whole space-free run, as a reader sees it', () => {
    // libthai reads ตาม|ระเบียบการ in one run but the same letters split differently in others;
    // the answer for a position must not depend on where the string handed to the breaker starts.
    const run = 'ตามระเบียบการบูรณาการ';
    const inRun = thaiWordBreaks(run);
    const withPrefix = thaiWordBreaks(`ข้อ ๑ ${run}`).map((b) => b - 'ข้อ ๑ '.length);
    expect(withPrefix).toEqual(inRun);
  });
});
