import { describe, expect, it } from 'vitest';
import { wordCutWithin } from '../../src/thai/lineBreak.js';

// A name the line breaker keeps whole, wider than its table cell, must still be cut between words.
const NAME = 'นายกองค์การบริหารส่วนตำบลหนองตะเคียนงาม';

describe('where a run wider than a whole line is cut', () => {
  it('at the last word boundary that fits, not between the letters of a word', () => {
    const fits = NAME.indexOf('หนอง') + 2; // room up to "…ตำบลหน"
    expect(NAME.slice(0, wordCutWithin(NAME, fits))).toBe('นายกองค์การบริหารส่วนตำบล');
  });

  it('keeps a word of the lexicon whole', () => {
    const text = 'ส่งเสริมการพัฒนาสิ่งแวดล้อม';
    const cut = wordCutWithin(text, text.indexOf('แวดล้อม') + 2);
    expect(text.slice(0, cut)).toBe('ส่งเสริมการพัฒนา');
  });

  it('cuts where the writer must when no boundary fits (one word wider than the line)', () => {
    expect(wordCutWithin('นาย', 2)).toBe(2);
    expect(wordCutWithin('https://example.org/a-very-long-path', 10)).toBe(10);
  });
});
