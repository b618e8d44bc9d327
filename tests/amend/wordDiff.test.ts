import { describe, expect, it } from 'vitest';
import { changedLines, markedPieces, markWords, words } from '../../src/amend/wordDiff.js';

const bold = (inlines: Array<{ text: string; bold?: boolean }>) => inlines.filter((i) => i.bold).map((i) => i.text);

describe('word-level marking of Thai text', () => {
  it('cuts Thai text into dictionary words that join back into the text', () => {
    const text = 'เพื่อเผยแพร่ข้อมูลข่าวสารอันเป็นประโยชน์แก่ประชาชน ร้อยละ ๘๐ (ITA)';
    const cut = words(text);
    expect(cut.join('')).toBe(text);
    expect(cut).toEqual(expect.arrayContaining(['เพื่อ', 'ข้อมูล', 'ข่าวสาร', 'ประโยชน์', 'ประชาชน', '๘๐']));
  });

  it('marks an inserted word and a replaced word, not the phrase around them', () => {
    const m = markWords('จัดอบรมปีละ ๑ ครั้ง ให้แก่บุคลากร', 'จัดอบรมปีละ ๒ ครั้ง ให้แก่บุคลากรทุกคน');
    expect(bold(m.before)).toEqual(['๑']);
    expect(bold(m.after)).toEqual(['๒', 'ทุกคน']);
  });

  it('shows only the inserted item of a list, though every item after it is renumbered', () => {
    const before = [{ label: '๑)', text: 'ประชุม' }, { label: '๒)', text: 'อบรม' }, { label: '๓)', text: 'รายงานผล' }];
    const after = [{ label: '๑)', text: 'ประชุม' }, { label: '๒)', text: 'สำรวจ' }, { label: '๓)', text: 'อบรม' }, { label: '๔)', text: 'รายงานผล' }];
    const pairs = changedLines(before, after);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.before).toBeUndefined();
    expect(pairs[0]!.after).toEqual({ label: '๒)', inlines: [{ text: 'สำรวจ', bold: true }] });
  });

  it('pairs a line edited in place with its new reading, and leaves a removed line alone', () => {
    const pairs = changedLines([{ text: 'ก ข ค' }, { text: 'ลบทิ้ง' }, { text: 'คงเดิม' }], [{ text: 'ก ข ง' }, { text: 'คงเดิม' }]);
    expect(pairs.map((p) => [p.before?.inlines.map((i) => i.text).join(''), p.after?.inlines.map((i) => i.text).join('')])).toEqual([
      ['ก ข ค', 'ก ข ง'],
      ['ลบทิ้ง', undefined],
    ]);
  });

  it('cuts a long paragraph into pieces that face each other, none longer than asked, no word lost', () => {
    const middle = 'เทศบาลนครพิษณุโลก มีนโยบายใช้หลักธรรมาภิบาลมาใช้ในการบริหารงาน '.repeat(12);
    const before = `ปัญหาการทุจริต${middle}จึงจัดทำมาตรการ`;
    const after = `ปัญหาการทุจริตทุกระดับ${middle}จึงจัดทำมาตรการฉบับนี้`;
    const pieces = markedPieces(before, after, 200);
    const text = (side: 'before' | 'after') => pieces.map((p) => p[side].map((i) => i.text).join(''));
    expect(pieces.length).toBeGreaterThan(3);
    expect(text('before').join('')).toBe(before);
    expect(text('after').join('')).toBe(after);
    for (const side of ['before', 'after'] as const) for (const t of text(side)) expect(t.length).toBeLessThanOrEqual(200);
    // The shared middle is cut at the same words on both sides: the pieces between the edits read alike.
    expect(text('before').slice(1, -1)).toEqual(text('after').slice(1, -1));
    expect(bold(pieces[0]!.after)).toEqual(['ทุกระดับ']);
    expect(bold(pieces.at(-1)!.after)).toEqual(['ฉบับนี้']);
  });
});
