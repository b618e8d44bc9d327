import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { composePlan } from '../../src/compose/plan.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import { BUILT_PLANS, BUNDLED_PLAN, SEED } from '../helpers.js';
import { built } from '../builtPlan.js';
import { factsOf, printed } from '../planFacts.js';
import { pdfContentsLabels } from '../checks/contents.js';
import { coverage } from '../checks/coverage.js';
import { pdfFonts } from '../checks/fonts.js';
import { lineEnds } from '../checks/lineEnds.js';
import { ownParagraphs } from '../checks/ownParagraphs.js';
import { pdfjsPages } from '../pdfjsText.js';
import { pdfPages } from '../pdfText.js';

// The plan PDF as the suite's one build wrote it (tests/setup/buildOnce.ts), for each built plan; what only
// Phitsanulok's signed original can tell (its length, its seed text) is at the end, on the bundled plan alone.

const squeeze = (s: string) => s.replace(/\s+/g, ' ');
const layouts = new Map<string, string[]>();
/** The pages as laid out (pdftotext -layout): seconds for the 126-page plan, so read once per file. */
const layoutPages = (pdf: string) => layouts.get(pdf) ?? layouts.set(pdf, pdfPages(pdf, '-layout')).get(pdf)!;
/** Thai wraps lines without spaces: text with every space and line break removed. */
const bare = (s: string) => s.replace(/\s+/g, '');
const headerOf = (p: string) => p.trim().split('\n')[0]!.trim();
/** The first lines of a page: where a heading that opens the page stands. */
const top = (p: string) => p.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 4);

describe.each(BUILT_PLANS)('the plan PDF of %s, read back from its text layer', (data) => {
  const facts = factsOf(data);
  const n = (x: number | string) => printed(facts, x);
  const digit = facts.digits === 'thai' ? '[๐-๙]' : '[0-9]';
  let pdf: string;
  let pages: string[];
  let text: string;

  beforeAll(() => {
    pdf = built(data).file('plan.pdf');
    pages = pdfPages(pdf);
    text = pages.join('\f');
    expect(built(data).manifest().files.find((f) => f.file.endsWith('_plan.pdf'))!.pages).toBe(pages.length);
  });

  it('shows the subtotal of every dimension and the grand total, year by year, in the budget summary', () => {
    const rows = layoutPages(pdf).join('\n').split('\n').map(squeeze);
    const years = Array.from({ length: facts.years.to - facts.years.from + 1 }, (_, i) => String(facts.years.from + i));
    // "๓ โครงการ" when every item is of one kind, else "๕ รายการ"; an empty year prints "-".
    const count = (projects: Array<{ kind: string }>) => `${n(projects.length)} ${new Set(projects.map((p) => p.kind)).size === 1 ? projects[0]!.kind : 'รายการ'}`;
    const amounts = (projects: Array<{ perYear: Record<string, number> }>) =>
      years.map((y) => projects.reduce((sum, p) => sum + (p.perYear[y] ?? 0), 0)).map((v) => ` ${v ? n(v) : '-'}`).join('');
    const row = (line: string) => rows.filter((r) => r.trim() === line);
    for (const [i, d] of facts.dimensions.entries()) expect(row(`รวมมิติที่ ${n(i + 1)} (${count(d.projects)})${amounts(d.projects)}`), d.title).toHaveLength(1);
    const all = facts.dimensions.flatMap((d) => d.projects);
    expect(row(`รวมทั้งสิ้น ${count(all)}${amounts(all)}`)).toHaveLength(1);
  });

  it('states the budget "ปีละ … บาท" on the card of every project that spends the same each year', () => {
    const steady = facts.dimensions.flatMap((d) => d.projects).map((p) => Object.values(p.perYear)).filter((v) => v.length && v.every((x) => x === v[0]));
    expect(steady.length).toBeGreaterThan(0);
    for (const [amount] of steady) expect(squeeze(text)).toContain(`ปีละ ${n(amount!)} บาท (`);
  });

  it('sets every project card, numbered (1)…(n), each dimension from a new page', () => {
    const cards = [...squeeze(text).matchAll(new RegExp(`${n(1)}\\. ชื่อโครงการ : .*?\\((${digit}+)\\)`, 'g'))].map((m) => m[1]);
    const projects = facts.dimensions.flatMap((d) => d.projects);
    expect(cards).toEqual(projects.map((_, i) => n(i + 1)));
    for (const p of projects) expect(bare(text)).toContain(bare(`ชื่อโครงการ : ${p.name}`));
    // The dimension's heading ("มิติที่ ๒" on a line of its own) is among the first lines of its page.
    facts.dimensions.forEach((_, i) => expect(pages.some((p) => top(p).includes(`มิติที่ ${n(i + 1)}`)), `dimension ${i + 1}`).toBe(true));
  });

  it(`writes every digit in the plan's own digits (${facts.digits}): none of the other kind in the text layer`, () => {
    expect(text.match(facts.digits === 'thai' ? /[0-9]/g : /[๐-๙]/g)).toBeNull();
    expect(text.match(new RegExp(digit, 'g'))!.length).toBeGreaterThan(20);
  });

  it('keeps ำ intact and carries no invisible characters', () => {
    expect(text).not.toContain('\u0e33\u0e32');
    expect(text).not.toMatch(/[\u200b-\u200d\u2060\ufeff\ufffd]/);
    expect(text.split('\u0e33').length - 1).toBeGreaterThan(5 * pages.length);
  });

  it('numbers the front matter ก ข and the body from 1, and the table of contents agrees with the pages', () => {
    const preface = pages.findIndex((p) => p.includes('คำนำ') && p.includes(`มิติที่ ${n(1)}`));
    expect(headerOf(pages[preface]!)).toBe('ก');
    const part1 = pages.findIndex((p) => squeeze(p).includes(`ส่วนที่ ${n(1)} บทนำ การประเมินความเสี่ยงการทุจริต`));
    expect(headerOf(pages[part1]!)).toBe(n(1));
    const toc = squeeze(pages.find((p) => p.includes('สารบัญ') && p.includes('หน้า'))!);
    facts.dimensions.forEach((d, i) => {
      const label = headerOf(pages.find((p) => top(p).includes(`มิติที่ ${n(i + 1)}`))!);
      expect(toc).toContain(`มิติที่ ${n(i + 1)} ${d.title} ${label}`);
    });
  });

  it('gives every contents entry the label of the page its heading is printed on', () => {
    const doc = composePlan(loadPlan(data));
    const headings = doc.sections.flatMap((s) => s.blocks).flatMap((b) => (b.type === 'heading' && b.toc !== undefined ? [b.inlines.map((i) => i.text).join('')] : []));
    const labels = pdfContentsLabels(pdf, layoutPages(pdf));
    expect(labels).toHaveLength(headings.length);
    // A page's label stands alone on its first line, or on its last on the landscape pages (a footer there).
    const LABEL = /^([ก-ฮ]|[๐-๙0-9]+)$/;
    const labelOf = (p: string) => {
      const lines = p.split('\n').map((l) => l.trim()).filter(Boolean);
      return [lines[0]!, lines.at(-1)!].find((l) => LABEL.test(l));
    };
    const pageOf = new Map(layoutPages(pdf).map((p, i) => [labelOf(p), pages[i]!]));
    const misplaced = headings.filter((h, i) => !bare(pageOf.get(labels[i]!) ?? '').includes(bare(n(h))));
    expect(misplaced).toEqual([]);
  });

  it('carries at least 97% of the paragraphs of its own YAML (coverage, as pdfcheck.py)', () => {
    expect(coverage(ownParagraphs(data), pdf, pages).paragraphShare).toBeGreaterThanOrEqual(0.97);
  });

  it('breaks no line inside a word by either witness, ICU or libthai, in body text or table cells', () => {
    const r = lineEnds(pdf);
    expect(r.thaiJunctions).toBeGreaterThan(5 * pages.length);
    expect(r.impossible).toEqual([]);
    // Two cells of one column read one after the other are not a line break: in the order's member list a role
    // ("คณะทำงาน") followed by the next row's position ("ร.ก.ผู้อำนวยการ…", which ICU cannot segment: it does not know
    // the abbreviation ร.ก.). (A risk table's column heading no longer runs into its first cell: "ลำดับ" over "ที่".)
    const roles = facts.order.members.map((m) => bare(m.role));
    const cells = facts.order.members.map((m) => bare(m.position));
    const seam = (e: string) => {
      const [before, after] = e.replace(/^p\d+ /, '').split('|') as [string, string];
      return roles.some((r) => r.endsWith(before) || before.endsWith(r)) && cells.some((c) => c.startsWith(after));
    };
    const flagged = (junctions: string[]) => junctions.filter((e) => !seam(e));
    expect(flagged(r.icuInsideWord)).toEqual([]);
    expect(flagged(r.libthaiInsideWord)).toEqual([]);
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
    expect(info).toMatch(new RegExp(`Author:\\s+${facts.organisation}`));
    expect(info).toMatch(/Keywords:.*ITA/);
    expect(info).toMatch(new RegExp(`CreationDate:.*${facts.documentYear}`));
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

describe('the bundled plan PDF against the signed original (Phitsanulok only)', () => {
  let pdf: string;
  let pages: string[];

  beforeAll(() => {
    pdf = built(BUNDLED_PLAN).file('plan.pdf');
    pages = pdfPages(pdf);
  });

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

  it('gives the totals of the original budget summary: ๕๘ items, ๒,๘๓๓,๐๐๐ baht a year', () => {
    const rows = layoutPages(pdf).join('\n').split('\n').map(squeeze);
    expect(rows.filter((r) => /^ ?รวมมิติที่ ๑ \(๑๘ รายการ\)( ๒,๔๑๕,๐๐๐){5} ?$/.test(r))).toHaveLength(1);
    expect(rows.filter((r) => /^ ?รวมทั้งสิ้น ๕๘ รายการ( ๒,๘๓๓,๐๐๐){5} ?$/.test(r))).toHaveLength(1);
  });

  it('gives the steady yearly budget in words too, as the original: ปีละ ๑,๗๖๕,๐๐๐ บาท (หนึ่งล้านเจ็ดแสนหกหมื่นห้าพันบาทถ้วน)', () => {
    expect(squeeze(pages.join('\f'))).toContain('ปีละ ๑,๗๖๕,๐๐๐ บาท (หนึ่งล้านเจ็ดแสนหกหมื่นห้าพันบาทถ้วน)');
  });

  it('finds at least 97% of the seed paragraphs (coverage, as pdfcheck.py)', () => {
    expect(coverage(SEED, pdf, pages).paragraphShare).toBeGreaterThanOrEqual(0.97);
  });
});
