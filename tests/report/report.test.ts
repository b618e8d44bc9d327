import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/index.js';
import { BUNDLED_PLAN, runScript } from '../helpers.js';
import { pdfFonts } from '../checks/fonts.js';
import { lineEnds } from '../checks/lineEnds.js';
import { textLayer } from '../checks/textLayer.js';
import { printed } from '../planFacts.js';
import { pdfPages, requireTool } from '../pdfText.js';
import { expectedOf, REPORT_CASES, squash } from './reportCases.js';

const MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// The 12-month report and its memo of each plan, built once per plan by the command line (about a second for
// the small plan); every test below reads them, and the last one builds them again through the library.
describe.each(REPORT_CASES)('npm run report on $data (12 months, $progress)', (c) => {
  const e = expectedOf(c);
  const n = (x: number | string) => printed(e.facts, x);
  const r12 = e.round[12];
  const DIR = `${e.facts.id}/reports/${c.year}-r12`;
  const FILE = (doc: string, ext: string) => `${e.facts.id}_${c.year}-r12_${doc}.${ext}`;
  let out: string;
  let reportPages: string[];
  const path = (doc: string, ext: string) => join(out, DIR, FILE(doc, ext));

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'ita-report-'));
    const run = runScript('report', ['--data', c.data, '--year', String(c.year), '--round', '12', '--progress', c.progress, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    reportPages = pdfPages(path('report', 'pdf'));
  });

  it('writes the report and the memo as PDF and DOCX, with the manifest and SHA256SUMS, under reports/<year>-r<round>', () => {
    const dir = join(out, DIR);
    expect(readdirSync(dir).sort()).toEqual(['SHA256SUMS', 'manifest.json', ...['memo', 'report'].flatMap((d) => [FILE(d, 'docx'), FILE(d, 'pdf')])].sort());
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir }).toString()).not.toContain('FAILED');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { inputs: { data: Array<{ file: string; sha256: string }> }; report: { year: number; round: number; example: boolean } };
    expect(manifest.report).toMatchObject({ year: c.year, round: 12, example: e.progress.example === true });
    // Inputs are named from the plan folder, so a report built from anywhere has the same manifest.
    expect(manifest.inputs.data).toContainEqual({ file: relative(c.data, c.progress), sha256: sha(readFileSync(c.progress)) });
  });

  it('sets the summary and the problems upright and the project table across (landscape) pages', () => {
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', String(reportPages.length), path('report', 'pdf')]).toString()
      .split('\n').filter((l) => /^Page +\d+ size:/.test(l)).map((l) => (/size: +([\d.]+) x ([\d.]+)/.exec(l)!.slice(1).map(Number)));
    const across = sizes.map(([w, h]) => w! > h!);
    const table = reportPages.findIndex((p) => p.includes('ผลการดำเนินงานรายโครงการ'));
    const problems = reportPages.findIndex((p) => p.includes('ปัญหา อุปสรรค และข้อเสนอแนะ'));
    expect(table).toBeGreaterThan(0);
    expect(problems).toBeGreaterThan(table);
    expect(across.slice(0, table).every((a) => !a)).toBe(true);
    expect(across.slice(table, problems).every((a) => a)).toBe(true);
    expect(across.slice(problems).every((a) => !a)).toBe(true);
  });

  it('repeats the table’s header row on every page the table runs over', () => {
    const table = reportPages.findIndex((p) => p.includes('ผลการดำเนินงานรายโครงการ'));
    const problems = reportPages.findIndex((p) => p.includes('ปัญหา อุปสรรค และข้อเสนอแนะ'));
    // Phitsanulok only: 58 projects run the table over many pages; tambon-demo's 3 fit on one.
    if (c.data === BUNDLED_PLAN) expect(problems - table).toBeGreaterThan(10);
    for (const page of reportPages.slice(table, problems)) expect(squash(page)).toContain(squash('ตัวชี้วัด (เป้าหมาย/ผล)'));
  });

  it('titles the report with the year and the round’s days, in the plan’s digits', () => {
    expect(reportPages[0]!.replace(/\s+/g, ' ')).toContain(`ประจำปีงบประมาณ พ.ศ. ${n(String(c.year))} รอบ ${n(12)} เดือน (${n(1)} ตุลาคม ${n(String(c.year - 1))} – ${n(30)} กันยายน ${n(String(c.year))})`);
  });

  it('prints counts and sums that match the progress file and the plan’s budgets summed independently', () => {
    const summary = squash(reportPages.slice(0, 2).join('\n'));
    const has = (text: string) => expect(summary).toContain(squash(text));
    has(`ต้องดำเนินการ ${n(e.projects)} รายการ ใน ${n(e.dims.length)} มิติ`);
    has(`งบประมาณตามแผนรวม ${n(e.planned)} บาท`);
    has(`ดำเนินการแล้ว ${n(r12.done)} รายการ อยู่ระหว่างดำเนินการ ${n(r12.doing)} รายการ`);
    has(`ยังไม่ดำเนินการ ${n(r12.notStarted)} รายการ ยกเลิกหรือโอนงบ ${n(r12.cancelledOrMoved)} รายการ`);
    has(`ใช้จ่ายงบประมาณ ${n(r12.spent)} บาท`);
    has(`คิดเป็นร้อยละ ${n(((r12.spent / e.planned) * 100).toFixed(1))}`);
    // The 6-month figure beside the year-end one: in words and in the budget table's total row.
    has(`เมื่อสิ้นรอบ ${n(6)} เดือน ใช้จ่ายไปแล้ว ${n(e.round[6].spent)} บาท`);
    has(`${n(e.planned)} ${n(e.round[6].spent)} ${n(r12.spent)}`);
  });

  it('gives every project a row of the table, numbered in the plan’s order', () => {
    const table = reportPages.join('\n');
    for (let i = 1; i <= e.projects; i++) expect(table).toMatch(new RegExp(`(^|\\n)\\s*${n(i)}\\s`));
    // A cancelled or moved project shows its reason (its start: a table cell wraps, and lines of cells interleave).
    const reasons = Object.values(e.progress.projects).flatMap((p) => (p.round12.reason ? [squash(`เหตุผล: ${p.round12.reason.slice(0, 12)}`)] : []));
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(squash(table).includes(reason), reason).toBe(true);
  });

  it('keeps every date of the table whole on its line: no day parted from its month', () => {
    const table = reportPages.findIndex((p) => p.includes('ผลการดำเนินงานรายโครงการ'));
    const problems = reportPages.findIndex((p) => p.includes('ปัญหา อุปสรรค และข้อเสนอแนะ'));
    const lines = reportPages.slice(table, problems).join('\n').split('\n').map((l) => l.trim());
    const parted = lines.filter((l) => MONTHS.some((m) => l.startsWith(m)));
    expect(lines.filter((l) => / พ\.ศ\. /.test(l)).length).toBeGreaterThan(0);
    expect(parted).toEqual([]);
  });

  it('judges every numeric indicator of the year in the table: reached its target, not yet, or no result', () => {
    const indicators = Object.values(e.progress.projects).flatMap((p) => p.round12.indicators ?? []);
    expect(indicators.length).toBeGreaterThan(0);
    const verdicts = reportPages.join('\n').match(/\((บรรลุ|ยังไม่บรรลุ|ยังไม่มีผล)\)/g)?.map((v) => v.slice(1, -1)) ?? [];
    const count = (list: string[]) => Object.fromEntries(['บรรลุ', 'ยังไม่บรรลุ', 'ยังไม่มีผล'].map((v) => [v, list.filter((x) => x === v).length]));
    expect(count(verdicts)).toEqual(count(indicators.map((i) => (i.reached === null ? 'ยังไม่มีผล' : i.reached >= i.target ? 'บรรลุ' : 'ยังไม่บรรลุ'))));
  });

  it('draws the charts as vectors on the summary page of the PDF (filled rectangles, not a picture)', () => {
    requireTool('qpdf');
    const page = reportPages.findIndex((p) => p.includes('จำนวนโครงการ/มาตรการ/กิจกรรม จำแนกตามสถานะ'));
    expect(page).toBeGreaterThanOrEqual(0);
    const qdf = join(mkdtempSync(join(tmpdir(), 'ita-qdf-')), 'r.pdf');
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', path('report', 'pdf'), qdf]);
    const text = readFileSync(qdf, 'latin1');
    const start = text.indexOf(`%% Contents for page ${page + 1}\n`);
    const content = text.slice(start, text.indexOf('endstream', start));
    const rectangles = content.match(/ re\n/g)?.length ?? 0;
    // One bar segment per status present in each dimension + one bar per series per dimension + legend keys.
    expect(rectangles).toBeGreaterThanOrEqual(e.dims.length * 3);
    expect(content).toMatch(/\bf\n/);
    expect(content).not.toMatch(/\/Im\d+ Do/);
  });

  it('carries the charts in the DOCX as native chart parts holding the report’s figures', () => {
    const files = unzipSync(readFileSync(path('report', 'docx')));
    expect(Object.keys(files).filter((f) => f.startsWith('word/charts/')).sort()).toEqual(['word/charts/chart1.xml', 'word/charts/chart2.xml']);
    expect(strFromU8(files['[Content_Types].xml']!)).toContain('/word/charts/chart1.xml');
    expect(strFromU8(files['word/_rels/document.xml.rels']!)).toMatch(/relationships\/chart" Target="charts\/chart2\.xml"/);
    expect(strFromU8(files['word/document.xml']!).match(/<c:chart [^>]*r:id="rIdChart\d"/g)).toHaveLength(2);
    const values = (xml: string, series: string) => {
      const ser = xml.split('<c:ser>').find((s) => s.includes(`<c:v>${series}</c:v>`))!;
      return [...ser.split('<c:val>')[1]!.matchAll(/<c:v>([\d.]+)<\/c:v>/g)].map((m) => Number(m[1]));
    };
    expect(values(strFromU8(files['word/charts/chart1.xml']!), 'ดำเนินการแล้ว')).toEqual(r12.doneByDimension);
    expect(values(strFromU8(files['word/charts/chart2.xml']!), 'งบประมาณตามแผน')).toEqual(e.dims.map((d) => d.planned));
  });

  it('states the year’s counts and sums in the memo too', () => {
    const memo = squash(pdfPages(path('memo', 'pdf')).join('\n'));
    for (const text of [`ดำเนินการแล้ว ${n(r12.done)} รายการ`, `ใช้จ่ายงบประมาณ ${n(r12.spent)} บาท`, `จากงบประมาณตามแผน ${n(e.planned)} บาท`]) expect(memo).toContain(squash(text));
  });

  it('marks every page “ตัวอย่าง” in both formats exactly when the progress file says example: true', () => {
    const example = e.progress.example === true;
    const memo = pdfPages(path('memo', 'pdf'));
    for (const page of [...reportPages, ...memo]) expect(page.split('\n').slice(0, 2).join(' ').includes('ตัวอย่าง')).toBe(example);
    for (const doc of ['report', 'memo']) {
      const files = unzipSync(readFileSync(path(doc, 'docx')));
      const headers = Object.keys(files).filter((f) => /^word\/header\d+\.xml$/.test(f));
      if (example) expect(headers.length).toBeGreaterThan(0);
      for (const h of headers) expect(strFromU8(files[h]!).includes('ตัวอย่าง')).toBe(example);
    }
  });

  it.each(['report', 'memo'])('ends no line of the %s PDF inside a word, by ICU or by libthai', (doc) => {
    const r = lineEnds(path(doc, 'pdf'));
    expect(r.thaiJunctions).toBeGreaterThan(5);
    expect({ icu: r.icuInsideWord, libthai: r.libthaiInsideWord, impossible: r.impossible }).toEqual({ icu: [], libthai: [], impossible: [] });
  });

  it.each(['report', 'memo'])('gives the %s PDF a clean text layer in the plan’s digits, and embeds Sarabun', (doc) => {
    const t = textLayer(path(doc, 'pdf'));
    expect({ saraAmPlusAa: t.saraAmPlusAa, invisible: t.invisible, replacementChars: t.replacementChars }).toEqual({ saraAmPlusAa: 0, invisible: 0, replacementChars: 0 });
    if (e.facts.digits === 'thai') {
      expect(t.thaiDigits).toBeGreaterThan(10);
      expect(t.asciiDigits).toBe(0);
    } else {
      expect(t.asciiDigits).toBeGreaterThan(10);
      expect(t.thaiDigits).toBe(0);
    }
    const fonts = pdfFonts(path(doc, 'pdf'));
    expect(fonts.allEmbedded).toBe(true);
    expect(fonts.fonts.every((f) => f.name.includes('Sarabun'))).toBe(true);
  });

  it('gives byte-identical files when built again (through the library this time)', async () => {
    const again = mkdtempSync(join(tmpdir(), 'ita-report-'));
    await buildReport({ data: c.data, year: c.year, round: 12, progress: c.progress, out: again, log: () => undefined });
    for (const name of readdirSync(join(out, DIR))) {
      expect(sha(readFileSync(join(again, DIR, name))), name).toBe(sha(readFileSync(join(out, DIR, name))));
    }
  });
});
