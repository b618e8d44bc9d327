import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CM } from '../../src/doc/doc.js';
import { composeOrder } from '../../src/compose/plan.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import { renderPdf } from '../../src/render/pdf/renderPdf.js';
import { BUILT_PLANS, BUNDLED_PLAN, copyOfPlan, edit, problemsOf, removeCopies } from '../helpers.js';
import { built } from '../builtPlan.js';
import { factsOf, printed, printedDate } from '../planFacts.js';
import { png } from '../pngFixture.js';
import { pdfPages, writeTemp } from '../pdfText.js';

afterAll(removeCopies);

const lines = (page: string) => page.split('\n').map((l) => l.trim()).filter(Boolean);
const PAGE_NUMBER = /^-\s*([๐-๙0-9]+)\s*-$/;
/** The page's first body line, below the "- ๒ -" page number. */
const firstBodyLine = (page: string) => lines(page).find((l) => !PAGE_NUMBER.test(l))!;
/** The continuation mark at the bottom right: "…/words". */
const mark = (page: string) => lines(page).find((l) => l.startsWith('…/'));

// The letters as the suite's one build wrote them (tests/setup/buildOnce.ts), for every built plan; what each
// must show is read from the plan's own YAML.
describe.each(BUILT_PLANS)('the letters of %s', (data) => {
  const facts = factsOf(data);
  const n = (x: number | string) => printed(facts, x);
  const pages: Record<string, string[]> = {};
  beforeAll(() => {
    for (const name of ['order', 'announcement']) pages[name] = pdfPages(built(data).file(`${name}.pdf`), '-layout');
  });

  describe.each(['order', 'announcement'] as const)('the %s, as printed for signature', (name) => {
    it('has as many pages as the manifest says, and numbers them "- 2 -" at the top from page 2, not page 1', () => {
      expect(pages[name]!.length).toBe(built(data).manifest().files.find((f) => f.file.endsWith(`_${name}.pdf`))!.pages);
      expect(lines(pages[name]![0]!).some((l) => PAGE_NUMBER.test(l))).toBe(false);
      pages[name]!.slice(1).forEach((p, i) => expect(PAGE_NUMBER.exec(lines(p)[0]!)?.[1]).toBe(n(String(i + 2))));
    });

    it('ends every page that continues with "…/" and the first words of the next page', () => {
      pages[name]!.forEach((page, i) => {
        const next = pages[name]![i + 1];
        if (!next) return expect(mark(page)).toBeUndefined();
        const words = mark(page)!.slice(2);
        expect(words.length).toBeGreaterThan(0);
        expect(firstBodyLine(next).replace(/\s+/g, ' ').startsWith(words.replace(/\s+/g, ' '))).toBe(true);
      });
    });

    it('keeps the signature block whole, with text above it on the same page: the signer of the YAML', () => {
      const { signer } = facts[name];
      const last = lines(pages[name]!.at(-1)!);
      const at = last.findIndex((l) => l === `(${signer.name})`);
      expect(at).toBeGreaterThan(1);
      expect(last.slice(at + 1, at + 2 + (signer.acting?.length ?? 0))).toEqual([signer.position, ...(signer.acting ?? [])]);
    });
  });

  it('heads the order คำสั่ง<issuer>, ที่ <number>/<year>, เรื่อง แต่งตั้งคณะทำงาน…', () => {
    const first = lines(pages.order![0]!);
    expect(first).toContain(`คำสั่ง${facts.order.issuer}`);
    expect(first).toContain(`ที่ ${n(String(facts.order.number))}/${n(facts.order.date.slice(0, 4))}`);
    expect(first.some((l) => l.startsWith('เรื่อง') && l.includes('แต่งตั้งคณะทำงาน'))).toBe(true);
  });

  it('numbers every member of the YAML 1…n in order, each with the name given', () => {
    const members = facts.order.members;
    const rows = pages.order!.flatMap(lines).flatMap((l) => {
      const [, number, rest] = /^([๐-๙0-9]+)\. (.*)$/.exec(l) ?? [];
      const member = members.find((m) => rest?.startsWith(`${m.name} `));
      return member ? [[number, member.name]] : [];
    });
    expect(rows).toEqual(members.map((m, i) => [n(String(i + 1)), m.name]));
  });

  it('dates the order สั่ง ณ วันที่ <day month year> and makes it effective at once', () => {
    expect(pages.order!.flatMap(lines)).toContain(`สั่ง ณ วันที่ ${printedDate(facts, facts.order.date)}`);
    expect(pages.order!.flatMap(lines)).toContain('ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป');
  });

  it('leaves the announcement\'s day blank for the mayor to write: ประกาศ ณ วันที่ ........ <month year>', () => {
    const date = pages.announcement!.flatMap(lines).find((l) => l.startsWith('ประกาศ ณ วันที่'));
    expect(date).toMatch(new RegExp(`^ประกาศ ณ วันที่ \\.{8,} ${printedDate(facts, facts.announcement.date)}$`));
  });

  it('gives the announcement no ที่ line, lists every dimension and closes with จึงประกาศให้ทราบโดยทั่วกัน', () => {
    const all = pages.announcement!.flatMap(lines);
    expect(all.some((l) => /^ที่ [๐-๙0-9]/.test(l))).toBe(false);
    facts.dimensions.forEach((d, i) => expect(all).toContain(`มิติที่ ${n(String(i + 1))} ${d.title}`));
    expect(all).toContain('จึงประกาศให้ทราบโดยทั่วกัน');
  });

  it('warns, in what the build prints, exactly when the order names an emblem file the plan folder lacks; draws no image then', () => {
    const missing = facts.order.emblem !== undefined && !existsSync(join(data, facts.order.emblem));
    const printedLog = built(data).stdout + built(data).stderr;
    const warnings = printedLog.split('\n').filter((l) => l.includes('warning'));
    if (missing) expect(warnings).toEqual([expect.stringMatching(new RegExp(`ไม่พบไฟล์ตราครุฑ ${facts.order.emblem} .*warning: emblem image missing`))]);
    else expect(warnings).toEqual([]);
    if (missing || facts.order.emblem === undefined) {
      expect(execFileSync('pdfimages', ['-list', built(data).file('order.pdf')]).toString().trim().split('\n').slice(2)).toEqual([]);
    }
  });
});

describe('the order of the bundled plan (Phitsanulok only)', () => {
  it('numbers the 23 members ๑–๒๓ in order, though the source numbered them ๑–๘, ๖–๑๑, ๑๒–๒๐', () => {
    const order = pdfPages(built(BUNDLED_PLAN).file('order.pdf'), '-layout');
    const numbers = order.flatMap(lines).map((l) => /^([๐-๙]+)\. (นาย|นาง|ส\.ต\.ท\.)/.exec(l)?.[1]).filter(Boolean);
    expect(numbers).toEqual(Array.from({ length: 23 }, (_, i) => printed(factsOf(BUNDLED_PLAN), String(i + 1))));
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

  it('leaves its 3 cm of space when the file is missing (the bundled plan names emblem/garuda.png and does not ship it)', async () => {
    // The warning is checked, for every plan, on what the build printed (above).
    const missing = built(BUNDLED_PLAN).file('order.pdf');
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
