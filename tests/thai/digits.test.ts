import { describe, expect, it } from 'vitest';
import { arabicDigits, formatAmount, thaiDigits, withDigits } from '../../src/thai/digits.js';

describe('Thai digits', () => {
  it('converts every ASCII digit and nothing else', () => {
    expect(thaiDigits('ข้อ 1 พ.ศ. 2566 ITA 90')).toBe('ข้อ ๑ พ.ศ. ๒๕๖๖ ITA ๙๐');
    expect(thaiDigits(1234567890)).toBe('๑๒๓๔๕๖๗๘๙๐');
  });

  it('converts back for plans that choose Arabic digits', () => {
    expect(arabicDigits('๕๐๔/๒๕๖๕')).toBe('504/2565');
    expect(withDigits('ที่ ๕๐๔/2565', 'arabic')).toBe('ที่ 504/2565');
    expect(withDigits('ที่ ๕๐๔/2565', 'thai')).toBe('ที่ ๕๐๔/๒๕๖๕');
  });

  it('groups thousands with commas', () => {
    expect(formatAmount(2833000)).toBe('๒,๘๓๓,๐๐๐');
    expect(formatAmount(1765000, 'arabic')).toBe('1,765,000');
    expect(formatAmount(0)).toBe('๐');
  });
});
