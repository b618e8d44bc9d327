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
import { pdfPages, requireTool, writeTemp } from '../pdfText.js';
import { png } from '../pngFixture.js';

afterAll(removeCopies);

let pdf: Buffer;
let docx: Buffer;
beforeAll(async () => {
  const dir = copyOfPlan();
  mkdirSync(join(dir, 'emblem'));
  writeFileSync(join(dir, 'emblem', 'garuda.png'), png(90, 100));
  const plan = loadPlan(dir);
  const progress = loadProgress('examples/progress/2566.yaml', plan, { year: 2566, round: 6 });
  const doc = composeMemo(plan, progress, reportFigures(plan, progress, 6));
  pdf = (await renderPdf(doc)).bytes;
  docx = (await renderDocx(doc, { pageLabels: new Map() })).bytes;
});

describe('the covering memo (บันทึกข้อความ)', () => {
  it('fills the form in order on one page: ส่วนราชการ, ที่ and วันที่, เรื่อง, เรียน, body, signature', () => {
    const pages = pdfPages(writeTemp('memo.pdf', pdf));
    expect(pages).toHaveLength(1);
    const text = pages[0]!.replace(/\s+/g, ' ');
    const order = ['บันทึกข้อความ', 'ส่วนราชการ กองยุทธศาสตร์และงบประมาณ เทศบาลนครพิษณุโลก', 'ที่ พล ๕๒๐๐๑/ตัวอย่าง', 'วันที่ ๒๐ เมษายน พ.ศ. ๒๕๖๖',
      'เรื่อง รายงานผลการดำเนินงาน', 'เรียน นายกเทศมนตรีนครพิษณุโลก', 'จึงเรียนมาเพื่อโปรดทราบ', '(นายสมมติ ตัวอย่างดี)'];
    const at = order.map((t) => text.indexOf(t));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('sets the Garuda at the left margin beside the title, in both formats', () => {
    requireTool('pdfimages');
    const images = execFileSync('pdfimages', ['-list', writeTemp('memo.pdf', pdf)]).toString().trim().split('\n').slice(2);
    expect(images).toHaveLength(1);
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    const title = xml.split('<w:p>').concat(xml.split('<w:p ')).find((p) => p.includes('บันทึกข้อความ'))!;
    expect(title).toContain('<wp:anchor');
    expect(title).toMatch(/<wp:positionH relativeFrom="margin"><wp:posOffset>0<\/wp:posOffset>/);
    expect(title).toContain('w:jc w:val="center"');
  });
});
