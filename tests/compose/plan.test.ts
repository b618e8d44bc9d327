import { describe, expect, it } from 'vitest';
import type { Block, Doc, Heading, Inline, Table } from '../../src/doc/doc.js';
import { composePlan } from '../../src/compose/plan.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import { thaiDigits } from '../../src/thai/digits.js';
import { BUNDLED_PLAN, copyOfPlan, edit } from '../helpers.js';

/** Every piece of text a writer will print. */
function texts(doc: Doc): string[] {
  const out: string[] = [];
  const inlines = (xs: Inline[]) => xs.forEach((x) => out.push(x.text));
  const visit = (b: Block): void => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        if (b.type === 'paragraph' && b.hangingLabel) out.push(b.hangingLabel);
        return inlines(b.inlines);
      case 'list': {
        const items = (xs: typeof b.items): void => xs.forEach((i) => { out.push(i.label); inlines(i.inlines); if (i.children) items(i.children); });
        return items(b.items);
      }
      case 'table':
        return b.rows.flat().forEach((c) => c.blocks.forEach(visit));
      case 'signature':
        out.push(b.name, ...b.lines);
        return;
      default:
    }
  };
  doc.sections.forEach((s) => s.blocks.forEach(visit));
  return out;
}

const doc = composePlan(loadPlan(BUNDLED_PLAN));
const blocks = doc.sections.flatMap((s) => s.blocks);

describe('composing the plan into a Doc', () => {
  it('lays out the parts in the source order, the budget summary and the risk tables on landscape pages', () => {
    expect(doc.sections.map((s) => s.id)).toEqual([
      'cover', 'front', 'part-1', 'part-1-risks', 'part-1-introduction', 'part-2', 'part-3', 'appendix', 'appendix-order', 'appendix-announcement',
    ]);
    expect(doc.sections.filter((s) => s.orientation === 'landscape').map((s) => s.id)).toEqual(['part-1-risks', 'part-2']);
    expect(doc.sections[1]!.numbering).toMatchObject({ style: 'thai-letters', restart: true });
    expect(doc.sections[2]!.numbering).toMatchObject({ style: 'numbers', restart: true });
  });

  it('builds the budget summary as one table: its header repeats, each dimension a band and a subtotal; rows never split', () => {
    const tables = doc.sections.find((s) => s.id === 'part-2')!.blocks.filter((b): b is Table => b.type === 'table');
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    const cell = (row: number, col: number) => t.rows[row]!.at(col)!.blocks.map((b) => (b.type === 'paragraph' ? b.inlines.map((i) => i.text).join('') : '')).join('');
    expect(t.headerRows).toBe(2);
    expect(t.keepRowsTogether).toBe(true);
    // 2 header rows, then per dimension a band, its projects and a subtotal; the grand total last.
    expect(t.rows.length).toBe(2 + (1 + 18 + 1) + (1 + 26 + 1) + (1 + 8 + 1) + (1 + 6 + 1) + 1);
    const bands = t.rows.map((_, r) => cell(r, 0)).filter((text) => /^มิติที่ /.test(text));
    expect(bands.map((b) => b.slice(0, 9))).toEqual(['มิติที่ ๑', 'มิติที่ ๒', 'มิติที่ ๓', 'มิติที่ ๔']);
    expect(cell(t.rows.length - 1, 0)).toBe('รวมทั้งสิ้น ๕๘ รายการ');
    expect([2, 3, 4, 5, 6].map((c) => cell(t.rows.length - 1, c))).toEqual(Array(5).fill('๒,๘๓๓,๐๐๐'));
    expect(cell(3, 1)).toMatch(/^๑\. โครงการพัฒนาความรู้/);
    expect(cell(3, 7)).toBe('กจ.');
    // Every project row names its mission, so a row at the top of a page still says where it belongs.
    const projectRows = t.rows.filter((r) => /^\d|^[๐-๙]+\. /.test(r[1] ? r[1].blocks.map((b) => (b.type === 'paragraph' ? b.inlines.map((i) => i.text).join('') : '')).join('') : ''));
    expect(projectRows).toHaveLength(58);
    for (const r of projectRows) expect(r[0]!.blocks.length).toBe(1);
  });

  it('heads each of the 58 cards with its number; a new page before each dimension unless the part\'s headings lead into it', () => {
    const headingText = (h: Heading) => h.inlines.map((i) => i.text).join('');
    const cards = blocks.filter((b): b is Heading => b.type === 'heading' && b.level === 3);
    expect(cards).toHaveLength(58);
    cards.forEach((card, i) => expect(headingText(card)).toMatch(new RegExp(`^๑\\. ชื่อโครงการ : .*\\(${thaiDigits(i + 1)}\\)$`)));
    // Cards follow one another on the page; only ส่วนที่ ๓ and the dimensions it does not lead into break the page.
    const partThree = doc.sections.find((s) => s.id === 'part-3')!.blocks;
    const breaks = partThree.filter((b): b is Heading => b.type === 'heading' && b.pageBreakBefore === true).map(headingText);
    expect(breaks).toEqual(['ส่วนที่ ๓', 'มิติที่ ๒', 'มิติที่ ๓', 'มิติที่ ๔']);
    const first = partThree.findIndex((b) => b.type === 'heading' && headingText(b) === 'มิติที่ ๑');
    expect(partThree.slice(0, first).every((b) => b.type === 'heading')).toBe(true);
  });

  it('lists the table of contents entries, the four dimensions among them', () => {
    const toc = blocks.filter((b): b is Heading => b.type === 'heading' && b.toc !== undefined).map((h) => h.toc);
    expect(toc).toContain('มิติที่ ๔ การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น');
    expect(toc[0]).toBe('คำนำ');
    expect(toc.slice(-3, -2)).toEqual(['ภาคผนวก']);
    expect(toc.at(-2)).toMatch(/^คำสั่งเทศบาลนครพิษณุโลก ที่ ๕๐๔\/๒๕๖๕ เรื่อง แต่งตั้งคณะทำงาน/);
    expect(toc.at(-1)).toMatch(/^ประกาศเทศบาลนครพิษณุโลก เรื่อง ให้ใช้แผนปฏิบัติการ/);
  });

  it('writes every number in Thai digits: no ASCII digit anywhere in the text', () => {
    expect(texts(doc).filter((t) => /[0-9]/.test(t))).toEqual([]);
  });

  it('writes Arabic digits everywhere when the plan chooses them', () => {
    const dir = copyOfPlan();
    edit(dir, 'plan.yaml', 'digits: thai', 'digits: arabic');
    const arabic = texts(composePlan(loadPlan(dir)));
    expect(arabic.filter((t) => /[๐-๙]/.test(t))).toEqual([]);
    expect(arabic.join(' ')).toContain('2,833,000');
  });
});
