import { describe, expect, it } from 'vitest';
import { bahtText } from '../../src/thai/bahtText.js';

describe('amounts in words', () => {
  it('writes the plan amounts as the source does', () => {
    expect(bahtText(30000)).toBe('สามหมื่นบาทถ้วน');
    expect(bahtText(450000)).toBe('สี่แสนห้าหมื่นบาทถ้วน');
    expect(bahtText(1765000)).toBe('หนึ่งล้านเจ็ดแสนหกหมื่นห้าพันบาทถ้วน');
    expect(bahtText(2833000)).toBe('สองล้านแปดแสนสามหมื่นสามพันบาทถ้วน');
  });

  it('handles the edge cases: zero, one hundred and one, eleven, twenty-one', () => {
    expect(bahtText(0)).toBe('ศูนย์บาทถ้วน');
    expect(bahtText(101)).toBe('หนึ่งร้อยหนึ่งบาทถ้วน');
    expect(bahtText(11)).toBe('สิบเอ็ดบาทถ้วน');
    expect(bahtText(21)).toBe('ยี่สิบเอ็ดบาทถ้วน');
  });
});
