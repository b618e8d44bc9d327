import { beforeAll, describe, expect, it } from 'vitest';
import { built } from '../builtPlan.js';
import { BUNDLED_PLAN, runScript } from '../helpers.js';
import { pdfPages } from '../pdfText.js';

// The proofread's facts (Phitsanulok's own), read back from what a reader gets: the plan PDF and the questions PDF
// as the suite's one build wrote them (tests/setup/buildOnce.ts).

/** Thai wraps lines without spaces: compare text with every space and line break removed. */
const bare = (s: string) => s.replace(/\s+/g, '');

let planPages: string[];
let plan: string;
let questions: string[];
let questionRows: string;

beforeAll(() => {
  const file = (name: string) => built(BUNDLED_PLAN).file(`${name}.pdf`);
  planPages = pdfPages(file('plan'));
  plan = bare(planPages.join(''));
  questions = pdfPages(file('questions'));
  questionRows = pdfPages(file('questions'), '-layout').join('\n');
});

describe('the proofread plan, as printed', () => {
  it('gives the 2570 national CPI target as ๕๗ points in Part 1 and in card ๕๕ alike, never ๘๗', () => {
    // The same sentence of the national plan, once in Part 1 and once in card ๕๕.
    expect(plan.split(bare('ในปี พ.ศ.๒๕๗๐ ประเทศไทยต้องมีคะแนนดัชนีการรับรู้การทุจริต')).length - 1).toBe(2);
    expect(plan).not.toContain(bare('ไม่ต่ำกว่า ๘๗ คะแนน'));
    expect(plan.split(bare('อยู่ในอันดับ ๑ ใน ๔๓ และ/หรือได้คะแนนไม่ต่ำกว่า ๕๗ คะแนน')).length - 1).toBe(2);
  });

  it('has none of the template residues and slips the proofread found', () => {
    for (const residue of [
      'ของระบบซึ่งองค์กรปกครองส่วนท้องถิ่นไม่น้อยกว่า', // card ๘
      'ระบอบรัฐธรรมนูญขององค์กรปกครองส่วนท้องถิ่น', // card ๑๕
      'พนักงานส่วนตำบล', // card ๒๒: a sub-district staff category
      'เรียไร', // card ๓
      'คุณภาพการณ', // card ๓๒
      'อนุมัติ อนุญาต อนุมัติ', // card ๔๔
      'วิญญูฒิ', // card ๔๖
      'นายกเทศบาลนครพิษณุโลก', // card ๓๙
      'พระราชบัญญัติว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี', // cards ๘ and ๙
    ]) expect(plan, residue).not.toContain(bare(residue));
    expect(plan).toContain(bare('คุณภาพการให้บริการของเทศบาลนครพิษณุโลก ไม่น้อยกว่า ร้อยละ ๘๐'));
    expect(plan).toContain(bare('มีส่วนร่วมในกิจกรรมของเทศบาลนครพิษณุโลก'));
    expect(plan).toContain(bare('พนักงานเทศบาลและพนักงานจ้าง'));
    expect(plan).toContain(bare('คุณวุฒิ/วัยวุฒิ'));
    expect(plan).toContain(bare('กิจกรรมต่าง ๆ โดยให้คณะกรรมการฯ'));
    expect(plan.split(bare('ตามพระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี พ.ศ. ๒๕๔๖')).length - 1).toBeGreaterThanOrEqual(2);
  });

  it('keeps the lead-ins of cards ๓๘ and ๔๗ whole and in order (their nesting is kept on purpose, see errata)', () => {
    expect(plan).toContain(bare('โดยกำหนดจัดทำเป็นข้อตกลงรายบุคคลระหว่างผู้บังคับบัญชากับผู้ใต้บังคับบัญชา ได้แก่'));
    expect(plan).toContain(bare('หัวหน้าฝ่ายบริหารทั่วไป เป็นผู้ช่วยเลขานุการให้คณะกรรมการฯ ดำเนินการดังนี้'));
  });

  it('gives the mayor his title: นายกเทศมนตรีนครพิษณุโลก, in card ๓๙ too', () => {
    expect(plan).toContain(bare('ระหว่างนายกเทศมนตรีนครพิษณุโลกกับปลัดเทศบาล'));
  });

  it('still prints the financial-impact criteria the source leaves blank as dotted blanks', () => {
    expect(plan.split(bare('ความเสียหายตั้งแต่.....บาท ถึง.....บาท')).length - 1).toBe(4);
    expect(plan).toContain(bare('ความเสียหาย.....บาท หรือน้อยกว่า'));
  });

  it('counts the budget table by "รายการ" where a dimension mixes kinds, and cites the 2566–2570 handbook', () => {
    expect(plan).toContain(bare('รวมทั้งสิ้น ๕๘ รายการ'));
    expect(plan).toContain(bare('สำหรับองค์กรปกครองส่วนท้องถิ่น (พ.ศ.๒๕๖๖ - ๒๕๗๐) เพื่อให้องค์กรปกครองส่วนท้องถิ่น'));
  });
});

describe('the open questions', () => {
  /** The printed page label of the plan page whose text holds `marker` (the label is the page's header line). */
  const pageLabelOf = (marker: string) => {
    const page = planPages.find((p) => bare(p).includes(bare(marker)));
    expect(page, marker).toBeDefined();
    return page!.trim().split('\n')[0]!.trim();
  };

  it('are a short PDF beside the plan: six numbered items, each with the page of the printed plan', () => {
    const text = bare(questions.join(''));
    expect(questions.length).toBeLessThanOrEqual(4);
    expect(text).toContain(bare('คำถามที่ต้องให้หน่วยงานยืนยัน'));
    expect(text).toContain(bare('๖ ข้อ'));
    for (const topic of ['ความเสียหายตั้งแต่', '๕ ครั้งต่อปี', '๘๕ คะแนนขึ้นไป', 'ความปลอดภัยในการบริหารงานบุคคล', 'กองสวัสดิการสังคม', 'นายนิกรบ จันทรสิงห์']) {
      expect(text, topic).toContain(bare(topic));
    }
    // Card ๕๑'s field ๘ (its unit is the question), found in the plan from the card's title on, is on
    // the page the questions list gives for it.
    // Cards follow one another on a page: only the text after card ๕๑'s title counts on its first page.
    const title = bare('ชื่อโครงการ : โครงการสร้างเครือข่ายภาคประชาชน');
    const card = planPages.findIndex((p) => bare(p).includes(title));
    const after = planPages.slice(card).map((p, i) => (i === 0 ? bare(p).slice(bare(p).indexOf(title)) : bare(p)));
    const field8 = planPages[card + after.findIndex((p) => p.includes(bare('๘. ผู้รับผิดชอบ')))]!;
    expect(questionRows).toMatch(new RegExp(`^\\s*๕\\s+${field8.trim().split('\n')[0]!.trim()}\\s+ส่วนที่ ๓ โครงการที่ ๕๑`, 'm'));
  });

  it('are listed by npm run check -- --questions as a numbered Thai list with the plan pages, ending with the count', () => {
    const run = runScript('check', ['--questions']);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    const items = lines.filter((l) => /^[๐-๙]+\. /.test(l));
    expect(items.map((l) => l.split('.')[0])).toEqual(['๑', '๒', '๓', '๔', '๕', '๖']);
    for (const item of items) expect(item, item).toMatch(/\(หน้า [๐-๙]+\)$/);
    expect(items[0]).toContain(`(หน้า ${pageLabelOf('เกณฑ์ผลกระทบทางการเงิน')})`);
    expect(items[2]).toContain(`(หน้า ${pageLabelOf('ผ่านเกณฑ์การประเมิน ITA ๙๐ คะแนนขึ้นไป')})`);
    expect(lines.at(-1)).toMatch(/^คำถามที่ยังรอหน่วยงานยืนยัน 6 ข้อ/);
  });

  it('are counted on the last line of a plain npm run check', () => {
    const run = runScript('check', []);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^คำถามที่ยังรอหน่วยงานยืนยัน 6 ข้อ \(npm run check -- --questions\)/);
  });
});
