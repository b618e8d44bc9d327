import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CM } from '../../src/doc/doc.js';
import { composeAnnouncement, composeOrder } from '../../src/compose/plan.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import { buildAll } from '../../src/publish/buildAll.js';
import { renderPdf } from '../../src/render/pdf/renderPdf.js';
import { thaiDigits } from '../../src/thai/digits.js';
import { BUNDLED_PLAN, copyOfPlan, edit, problemsOf, removeCopies } from '../helpers.js';
import { png } from '../pngFixture.js';
import { pdfPages, writeTemp } from '../pdfText.js';

afterAll(removeCopies);

let order: string[];
let announcement: string[];

beforeAll(async () => {
  const plan = loadPlan(BUNDLED_PLAN);
  order = pdfPages(writeTemp('order.pdf', (await renderPdf(composeOrder(plan))).bytes), '-layout');
  announcement = pdfPages(writeTemp('announcement.pdf', (await renderPdf(composeAnnouncement(plan))).bytes), '-layout');
});

const lines = (page: string) => page.split('\n').map((l) => l.trim()).filter(Boolean);
const PAGE_NUMBER = /^-\s*([๐-๙]+)\s*-$/;
/** The page's first body line, below the "- ๒ -" page number. */
const firstBodyLine = (page: string) => lines(page).find((l) => !PAGE_NUMBER.test(l))!;
/** The continuation mark at the bottom right: "…/words". */
const mark = (page: string) => lines(page).find((l) => l.startsWith('…/'));

describe.each([
  ['the order', () => order],
  ['the announcement', () => announcement],
])('%s, as printed for signature', (_name, pages) => {
  it('numbers pages "- ๒ -" at the top from page 2, and not page 1', () => {
    expect(lines(pages()[0]!).some((l) => PAGE_NUMBER.test(l))).toBe(false);
    pages().slice(1).forEach((p, i) => expect(PAGE_NUMBER.exec(lines(p)[0]!)?.[1]).toBe(thaiDigits(i + 2)));
  });

  it('ends every page that continues with "…/" and the first words of the next page', () => {
    pages().forEach((page, i) => {
      const next = pages()[i + 1];
      if (!next) return expect(mark(page)).toBeUndefined();
      const words = mark(page)!.slice(2);
      expect(words.length).toBeGreaterThan(0);
      expect(firstBodyLine(next).replace(/\s+/g, ' ').startsWith(words.replace(/\s+/g, ' '))).toBe(true);
    });
  });

  it('keeps the signature block whole, with text above it on the same page', () => {
    const last = lines(pages().at(-1)!);
    const name = last.findIndex((l) => l === '(นางเปรมฤดี ชามพูนท)');
    expect(name).toBeGreaterThan(1);
    expect(last[name + 1]).toBe('นายกเทศมนตรีนครพิษณุโลก');
  });
});

describe('the order', () => {
  it('has its heading: คำสั่ง, ที่ ๕๐๔/๒๕๖๕, เรื่อง', () => {
    const first = lines(order[0]!);
    expect(first).toContain('คำสั่งเทศบาลนครพิษณุโลก');
    expect(first).toContain('ที่ ๕๐๔/๒๕๖๕');
    expect(first.some((l) => l.startsWith('เรื่อง') && l.includes('แต่งตั้งคณะทำงาน'))).toBe(true);
  });

  it('numbers the 23 members ๑–๒๓ in order, though the source numbered them ๑–๘, ๖–๑๑, ๑๒–๒๐', () => {
    const numbers = order.flatMap(lines).map((l) => /^([๐-๙]+)\. (นาย|นาง|ส\.ต\.ท\.)/.exec(l)?.[1]).filter(Boolean);
    expect(numbers).toEqual(Array.from({ length: 23 }, (_, i) => thaiDigits(i + 1)));
  });

  it('is dated สั่ง ณ วันที่ ๑๐ พฤษภาคม พ.ศ. ๒๕๖๕', () => {
    expect(order.flatMap(lines)).toContain('สั่ง ณ วันที่ ๑๐ พฤษภาคม พ.ศ. ๒๕๖๕');
    expect(order.flatMap(lines)).toContain('ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป');
  });
});

describe('the announcement', () => {
  it('leaves the day blank for the mayor to write: ประกาศ ณ วันที่ ........ กันยายน พ.ศ. ๒๕๖๕', () => {
    const date = announcement.flatMap(lines).find((l) => l.startsWith('ประกาศ ณ วันที่'));
    expect(date).toMatch(/^ประกาศ ณ วันที่ \.{8,} กันยายน พ.ศ. ๒๕๖๕$/);
  });

  it('has no ที่ line, lists the four dimensions and closes with จึงประกาศให้ทราบโดยทั่วกัน', () => {
    const all = announcement.flatMap(lines);
    expect(all.some((l) => /^ที่ [๐-๙]/.test(l))).toBe(false);
    for (const n of ['๑', '๒', '๓', '๔']) expect(all.some((l) => l.startsWith(`มิติที่ ${n}`))).toBe(true);
    expect(all).toContain('จึงประกาศให้ทราบโดยทั่วกัน');
  });
});

describe('the Garuda emblem', () => {
  it('is drawn 3 cm high, centred, when the plan folder has the file the data names', async () => {
    const dir = copyOfPlan();
    mkdirSync(join(dir, 'emblem'));
    writeFileSync(join(dir, 'emblem', 'garuda.png'), png(90, 100));
    const pdf = writeTemp('order.pdf', (await renderPdf(composeOrder(loadPlan(dir)))).bytes);
    const list = execFileSync('pdfimages', ['-list', pdf]).toString().trim().split('\n').slice(2);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(/^\s*1\s+0\s+image\s+90\s+100/);
    // Where it sits: the drawing matrix in the page's content stream (width 0 0 height x y cm /I1 Do).
    const content = execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, '-']).toString('latin1');
    const [, w, h, x] = /([\d.]+) 0 0 (-?[\d.]+) ([\d.]+) [\d.]+ cm\s*\/I\d+ Do/.exec(content)!;
    expect(Math.abs(Number(h))).toBeCloseTo(3 * CM, 0);
    expect(Number(w) / Math.abs(Number(h))).toBeCloseTo(90 / 100, 2);
    expect(Number(x) + Number(w) / 2).toBeCloseTo(3 * CM + (21 - 5) * CM / 2, 0);
  });

  it('leaves its 3 cm of space, and a warning, when the file is missing', async () => {
    // The bundled plan names emblem/garuda.png and does not ship it.
    const log: string[] = [];
    const { files } = await buildAll({ data: BUNDLED_PLAN, only: ['order'], formats: ['pdf'], out: mkdtempSync(join(tmpdir(), 'ita-emblem-')), log: (l) => log.push(l) });
    expect(log.filter((l) => l.includes('warning'))).toEqual([expect.stringMatching(/ไม่พบไฟล์ตราครุฑ emblem\/garuda\.png .*warning: emblem image missing/)]);
    const missing = writeTemp('order.pdf', files[0]!.bytes);
    expect(execFileSync('pdfimages', ['-list', missing]).toString().trim().split('\n').slice(2)).toEqual([]);
    // The space: the order's first line stands where it does below the drawn emblem.
    const dir = copyOfPlan();
    mkdirSync(join(dir, 'emblem'));
    writeFileSync(join(dir, 'emblem', 'garuda.png'), png(90, 100));
    const drawn = writeTemp('order.pdf', (await renderPdf(composeOrder(loadPlan(dir)))).bytes);
    const firstLineTop = (pdf: string) => Number(/<word yMin="([\d.]+)"/.exec(execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-']).toString().replace(/xMin="[\d.]+" /g, ''))![1]);
    expect(firstLineTop(missing)).toBeGreaterThan(3 * CM);
    expect(firstLineTop(missing)).toBeCloseTo(firstLineTop(drawn), 1);
  });

  it('refuses a path that leaves the plan folder', () => {
    const dir = copyOfPlan();
    edit(dir, 'order.yaml', 'emblem: emblem/garuda.png', 'emblem: ../../etc/passwd');
    expect(problemsOf(dir).map((p) => p.path)).toContain('emblem');
  });
});

describe('the signature block', () => {
  it('prints acting or delegation lines under the position when the data has them', async () => {
    const dir = copyOfPlan();
    edit(dir, 'order.yaml', 'signer:\n  name: นางเปรมฤดี ชามพูนท\n  position: นายกเทศมนตรีนครพิษณุโลก\n  acting: []',
      'signer:\n  name: นายสมชาย สีวะรัมย์\n  position: ปลัดเทศบาล ปฏิบัติราชการแทน\n  acting: [นายกเทศมนตรีนครพิษณุโลก]');
    const pages = pdfPages(writeTemp('order.pdf', (await renderPdf(composeOrder(loadPlan(dir)))).bytes), '-layout');
    const last = lines(pages.at(-1)!);
    const name = last.indexOf('(นายสมชาย สีวะรัมย์)');
    expect(last.slice(name, name + 3)).toEqual(['(นายสมชาย สีวะรัมย์)', 'ปลัดเทศบาล ปฏิบัติราชการแทน', 'นายกเทศมนตรีนครพิษณุโลก']);
  });
});
