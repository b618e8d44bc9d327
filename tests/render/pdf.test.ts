import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { composePlan } from '../../src/compose/plan.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import { renderPdf } from '../../src/render/pdf/renderPdf.js';
import { BUNDLED_PLAN, SEED } from '../helpers.js';
import { coverage } from '../checks/coverage.js';
import { pdfFonts } from '../checks/fonts.js';
import { lineEnds } from '../checks/lineEnds.js';
import { pdfjsPages } from '../pdfjsText.js';
import { pdfPages, writeTemp } from '../pdfText.js';

let pdf: string;
let pages: string[];
let text: string;

beforeAll(async () => {
  const result = await renderPdf(composePlan(loadPlan(BUNDLED_PLAN)));
  pdf = writeTemp('plan.pdf', result.bytes);
  pages = pdfPages(pdf);
  text = pages.join('\f');
  expect(result.pages).toBe(pages.length);
});

const squeeze = (s: string) => s.replace(/\s+/g, ' ');

describe('the plan PDF, read back from its text layer', () => {
  it('is as long as the signed original (≈124 pages): type the size of TH SarabunPSK 16 pt, cards one after another', () => {
    // The original's contents page puts the announcement on ๑๒๒; set in Sarabun at 16 pt the plan took 208 pages.
    expect(pages.length).toBeGreaterThanOrEqual(112);
    expect(pages.length).toBeLessThanOrEqual(138);
  });

  it('sets the budget summary on at most 6 landscape pages, and no page of Part 3 under a quarter full', () => {
    const budget = pages.filter((p) => p.includes('โครงการ/กิจกรรม/มาตรการ') && p.includes('หมายเหตุ'));
    expect(budget.length).toBeGreaterThan(0);
    expect(budget.length).toBeLessThanOrEqual(6);
    const first = pages.findIndex((p) => squeeze(p).includes('ส่วนที่ ๓ แผนปฏิบัติการ'));
    const appendix = pages.findIndex((p, i) => i > first && /^\s*(\S+\s*)?ภาคผนวก/.test(p));
    expect(appendix - first).toBeGreaterThan(90);
    // A body page holds 33 lines at TH SarabunPSK's 21.3 pt pitch; a quarter is 8.
    const thin = pages.slice(first, appendix).map((p, i) => [first + i + 1, p.split('\n').filter((l) => l.trim()).length - 1]).filter(([, n]) => n! < 8);
    expect(thin).toEqual([]);
  });

  it('shows the subtotal of every dimension and the grand total, row by row, in the budget summary', () => {
    const rows = pdfPages(pdf, '-layout').join('\n').split('\n').map(squeeze);
    const row = (pattern: RegExp) => rows.filter((r) => pattern.test(r));
    expect(row(/^ ?รวมมิติที่ ๑ \(๑๘ รายการ\)( ๒,๔๑๕,๐๐๐){5} ?$/)).toHaveLength(1);
    expect(row(/^ ?รวมมิติที่ ๒ \(๒๖ รายการ\)( ๑๐๐,๐๐๐){5} ?$/)).toHaveLength(1);
    expect(row(/^ ?รวมมิติที่ ๓ \(๘ รายการ\)( ๓๑๘,๐๐๐){5} ?$/)).toHaveLength(1);
    expect(row(/^ ?รวมมิติที่ ๔ \(๖ รายการ\)( -){5} ?$/)).toHaveLength(1);
    expect(row(/^ ?รวมทั้งสิ้น ๕๘ รายการ( ๒,๘๓๓,๐๐๐){5} ?$/)).toHaveLength(1);
    expect(squeeze(text)).toContain('ปีละ ๑,๗๖๕,๐๐๐ บาท (หนึ่งล้านเจ็ดแสนหกหมื่นห้าพันบาทถ้วน)');
  });

  it('sets every project card, numbered (๑)…(๕๘), each dimension from a new page', () => {
    const cards = [...squeeze(text).matchAll(/๑\. ชื่อโครงการ : .*?\(([๐-๙]+)\)/g)].map((m) => m[1]);
    expect(cards.length).toBe(58);
    // The dimension's heading ("มิติที่ ๒" on a line of its own) is among the first lines of its page.
    const top = (p: string) => p.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 4);
    for (const d of ['๑', '๒', '๓', '๔']) expect(pages.some((p) => top(p).includes(`มิติที่ ${d}`)), `dimension ${d}`).toBe(true);
  });

  it('writes every digit as a Thai digit: 0 ASCII digits in the text layer', () => {
    expect(text.match(/[0-9]/g)).toBeNull();
  });

  it('keeps ำ intact and carries no invisible characters', () => {
    expect(text).not.toContain('\u0e33\u0e32');
    expect(text).not.toMatch(/[\u200b-\u200d\u2060\ufeff\ufffd]/);
    expect(text.split('\u0e33').length - 1).toBeGreaterThan(1000);
  });

  it('numbers the front matter ก ข and the body from ๑, and the table of contents agrees', () => {
    const headerOf = (p: string) => p.trim().split('\n')[0]!.trim();
    const preface = pages.findIndex((p) => p.includes('คำนำ') && p.includes('มิติที่ ๑'));
    expect(headerOf(pages[preface]!)).toBe('ก');
    const part1 = pages.findIndex((p) => squeeze(p).includes('ส่วนที่ ๑ บทนำ การประเมินความเสี่ยงการทุจริต'));
    expect(headerOf(pages[part1]!)).toBe('๑');
    const toc = squeeze(pages.find((p) => p.includes('สารบัญ') && p.includes('หน้า'))!);
    const dimension2 = pages.findIndex((p) => squeeze(p).includes('มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส ๒.๑ การเปิดเผยข้อมูลสาธารณะ'));
    const label = headerOf(pages[dimension2]!);
    expect(toc).toContain(`มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส ${label}`);
  });

  it('finds at least 97% of the seed paragraphs (coverage, as pdfcheck.py)', () => {
    expect(coverage(SEED, pdf, pages).paragraphShare).toBeGreaterThanOrEqual(0.97);
  });

  it('breaks no line inside a word by either witness, ICU or libthai, in body text or table cells', () => {
    const r = lineEnds(pdf);
    expect(r.thaiJunctions).toBeGreaterThan(1000);
    expect(r.impossible).toEqual([]);
    // The one junction ICU may flag is not a line break: in the order's member list the role
    // cell "คณะทำงาน" is followed by the next row's position "ร.ก.ผู้อำนวยการ…", which ICU cannot
    // segment because it does not know the abbreviation ร.ก.
    // Likewise a risk table's header cell "ขั้นตอนการดำเนินงาน" read on into the first row's "การปฏิบัติ…" when the
    // table continues on a new page: two cells of one column, not a line break.
    const seam = (e: string) => e.includes('คณะทำงาน|ร.ก.') || e.includes('ดำเนินงาน|การปฏิบัติ');
    expect(r.icuInsideWord.filter((e) => !seam(e))).toEqual([]);
    expect(r.libthaiInsideWord.filter((e) => !seam(e))).toEqual([]);
  });

  it('embeds every font, and they are Sarabun', () => {
    const r = pdfFonts(pdf);
    expect(r.allEmbedded).toBe(true);
    expect(r.fonts.length).toBeGreaterThan(0);
    expect(r.fonts.every((f) => f.name.includes('Sarabun'))).toBe(true);
  });

  it('carries title, author, keywords and the data-given creation date; passes qpdf --check', () => {
    const info = execFileSync('pdfinfo', [pdf]).toString();
    expect(info).toMatch(/Title:\s+แผนปฏิบัติการป้องกันการทุจริต/);
    expect(info).toMatch(/Author:\s+เทศบาลนครพิษณุโลก/);
    expect(info).toMatch(/Keywords:.*ITA/);
    expect(info).toMatch(/CreationDate:.*2022/);
    expect(info).toMatch(/Metadata Stream:\s+yes/);
    execFileSync('qpdf', ['--check', pdf]);
  });

  it('reads the same in pdf.js (Firefox) as in poppler: every ำ whole, nothing invisible', async () => {
    const seen = (await pdfjsPages(readFileSync(pdf))).join('\n');
    expect(seen.split('\u0e33').length - 1).toBe(text.split('\u0e33').length - 1);
    expect(seen).not.toContain('\u0e33\u0e32');
    expect(seen).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\u200b-\u200f\u2060\ufeff\ufffd]/);
    // In drawing order (poppler's -raw), as pdf.js reads: the default mode moves page headers.
    expect(squeeze(seen).trim()).toBe(squeeze(pdfPages(pdf, '-raw').join('\n')).trim());
  });
});
