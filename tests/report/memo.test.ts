import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/model/loadPlan.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { renderPdf } from '../../src/render/pdf/renderPdf.js';
import { composeMemo } from '../../src/report/composeMemo.js';
import { loadProgress, reportFigures } from '../../src/report/index.js';
import { copyOfPlan, removeCopies } from '../helpers.js';
import { printed, printedDate } from '../planFacts.js';
import { pdfPages, requireTool, writeTemp } from '../pdfText.js';
import { png } from '../pngFixture.js';
import { expectedOf, REPORT_CASES, squash } from './reportCases.js';

afterAll(removeCopies);

// The 6-month memo of each plan (the 12-month one is read in report.test.ts), from a copy of the plan folder with
// a Garuda picture put where an order that names an emblem expects it.
describe.each(REPORT_CASES)('the covering memo (บันทึกข้อความ) of $data, 6 months', (c) => {
  const e = expectedOf(c);
  const n = (x: number | string) => printed(e.facts, x);
  const r6 = e.round[6];
  let pdf: Buffer;
  let docx: Buffer;
  let text: string;

  beforeAll(async () => {
    const dir = copyOfPlan(c.data);
    mkdirSync(join(dir, 'emblem'));
    writeFileSync(join(dir, 'emblem', 'garuda.png'), png(90, 100));
    const plan = loadPlan(dir);
    const progress = loadProgress(c.progress, plan, { year: c.year, round: 6 });
    const doc = composeMemo(plan, progress, reportFigures(plan, progress, 6));
    pdf = (await renderPdf(doc)).bytes;
    docx = (await renderDocx(doc, { pageLabels: new Map() })).bytes;
    const pages = pdfPages(writeTemp('memo.pdf', pdf));
    expect(pages).toHaveLength(1);
    text = pages[0]!.replace(/\s+/g, ' ');
  });

  it('fills the form in order on one page: ส่วนราชการ, ที่ and วันที่, เรื่อง, เรียน, body, signature', () => {
    const p = e.progress;
    const order = ['บันทึกข้อความ', `ส่วนราชการ ${p.unit} ${e.facts.organisation}`, `ที่ ${n(p.rounds.round6.number!)}`, `วันที่ ${printedDate(e.facts, p.rounds.round6.date)}`,
      'เรื่อง รายงานผลการดำเนินงาน', `เรียน ${p.to}`, 'จึงเรียนมาเพื่อโปรดทราบ', `(${p.signer.name})`, p.signer.position];
    const at = order.map((t) => text.indexOf(t));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('states the half-year’s counts and sums, from the progress file’s round6', () => {
    const body = squash(text);
    const has = (t: string) => expect(body).toContain(squash(t));
    has(`ประจำปีงบประมาณ พ.ศ. ${n(String(c.year))} รอบ ${n(6)} เดือน`);
    has(`ดำเนินการแล้ว ${n(r6.done)} รายการ อยู่ระหว่างดำเนินการ ${n(r6.doing)} รายการ`);
    has(`ยังไม่ดำเนินการ ${n(r6.notStarted)} รายการ ยกเลิกหรือโอนงบ ${n(r6.cancelledOrMoved)} รายการ`);
    has(`ใช้จ่ายงบประมาณ ${n(r6.spent)} บาท`);
    has(`จากงบประมาณตามแผน ${n(e.planned)} บาท คิดเป็นร้อยละ ${n(((r6.spent / e.planned) * 100).toFixed(1))}`);
  });

  it('sets the Garuda at the left margin beside the title, in both formats, exactly when the order names an emblem', () => {
    requireTool('pdfimages');
    const images = execFileSync('pdfimages', ['-list', writeTemp('memo.pdf', pdf)]).toString().trim().split('\n').slice(2);
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    const title = xml.split('<w:p>').concat(xml.split('<w:p ')).find((p) => p.includes('บันทึกข้อความ'))!;
    expect(title).toContain('w:jc w:val="center"');
    if (e.facts.order.emblem === undefined) {
      expect(images).toHaveLength(0);
      expect(xml).not.toContain('<wp:anchor');
      return;
    }
    expect(images).toHaveLength(1);
    expect(title).toContain('<wp:anchor');
    expect(title).toMatch(/<wp:positionH relativeFrom="margin"><wp:posOffset>0<\/wp:posOffset>/);
  });
});

describe('the memo of the bundled plan (Phitsanulok only)', () => {
  it('names an emblem, so the Garuda case above is the drawn one there', () => {
    expect(expectedOf(REPORT_CASES[0]).facts.order.emblem).toBe('emblem/garuda.png');
  });
});
