import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildReport } from '../../src/report/index.js';
import { BUNDLED_PLAN, runScript } from '../helpers.js';
import { pdfPages, requireTool } from '../pdfText.js';

const EXAMPLE = 'examples/progress/2566.yaml';
const DIR = 'phitsanulok-2566-2570/reports/2566-r12';
const FILE = (doc: string, ext: string) => `phitsanulok-2566-2570_2566-r12_${doc}.${ext}`;

// Independent of the program: Thai digits and thousands separators written out here.
const thai = (n: number | string) => String(n).replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!);
const baht = (n: number) => thai(n.toLocaleString('en-US'));
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface Entry { status: string; spent: number }
/** The example's figures and the plan's 2566 budgets, summed straight from the YAML. */
function expectedFigures() {
  const progress = parse(readFileSync(EXAMPLE, 'utf8')) as { projects: Record<string, { round6: Entry; round12: Entry }> };
  const dims: Array<{ ids: string[]; planned: number }> = [];
  for (const name of readdirSync(BUNDLED_PLAN).filter((n) => /^projects-\d/.test(n)).sort()) {
    const file = parse(readFileSync(join(BUNDLED_PLAN, name), 'utf8')) as { projects: Array<{ id: string; budget?: { perYear: Record<string, number> } }> };
    dims.push({ ids: file.projects.map((p) => p.id), planned: file.projects.reduce((s, p) => s + (p.budget?.perYear['2566'] ?? 0), 0) });
  }
  const entries = Object.values(progress.projects);
  const count = (status: string) => entries.filter((e) => e.round12.status === status).length;
  return {
    dims,
    projects: entries.length,
    planned: dims.reduce((s, d) => s + d.planned, 0),
    spent12: entries.reduce((s, e) => s + e.round12.spent, 0),
    spent6: entries.reduce((s, e) => s + e.round6.spent, 0),
    done: count('ดำเนินการแล้ว'),
    doing: count('อยู่ระหว่างดำเนินการ'),
    cancelledOrMoved: count('ยกเลิก') + count('โอนงบ'),
    doneByDimension: dims.map((d) => d.ids.filter((id) => progress.projects[id]!.round12.status === 'ดำเนินการแล้ว').length),
  };
}

let out: string;
let reportPages: string[];
const expected = expectedFigures();

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'ita-report-'));
  const run = runScript('report', ['--year', '2566', '--round', '12', '--progress', EXAMPLE, '--out', out]);
  expect(run.status, run.stderr).toBe(0);
  reportPages = pdfPages(join(out, DIR, FILE('report', 'pdf')));
});

describe('npm run report (12 months, example data)', () => {
  it('writes the report and the memo as PDF and DOCX, with the manifest and SHA256SUMS, under reports/<year>-r<round>', () => {
    const dir = join(out, DIR);
    expect(readdirSync(dir).sort()).toEqual(['SHA256SUMS', 'manifest.json', ...['memo', 'report'].flatMap((d) => [FILE(d, 'docx'), FILE(d, 'pdf')])].sort());
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir }).toString()).not.toContain('FAILED');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { inputs: { data: Array<{ file: string; sha256: string }> }; report: { year: number; round: number; example: boolean } };
    expect(manifest.report).toMatchObject({ year: 2566, round: 12, example: true });
    // Inputs are named from the plan folder, so a report built from anywhere has the same manifest.
    expect(manifest.inputs.data).toContainEqual({ file: relative(BUNDLED_PLAN, EXAMPLE), sha256: sha(readFileSync(EXAMPLE)) });
  });

  it('sets the summary and the problems upright and the project table across (landscape) pages', () => {
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', String(reportPages.length), join(out, DIR, FILE('report', 'pdf'))]).toString()
      .split('\n').filter((l) => /^Page +\d+ size:/.test(l)).map((l) => (/size: +([\d.]+) x ([\d.]+)/.exec(l)!.slice(1).map(Number)));
    const across = sizes.map(([w, h]) => w! > h!);
    const table = reportPages.findIndex((p) => p.includes('ผลการดำเนินงานรายโครงการ'));
    const problems = reportPages.findIndex((p) => p.includes('ปัญหา อุปสรรค และข้อเสนอแนะ'));
    expect(across.slice(0, table).every((a) => !a)).toBe(true);
    expect(across.slice(table, problems).every((a) => a)).toBe(true);
    expect(across.slice(problems).every((a) => !a)).toBe(true);
  });

  it('titles the report with the year and the round’s days, in Thai digits', () => {
    expect(reportPages[0]!.replace(/\s+/g, ' ')).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๑๒ เดือน (๑ ตุลาคม ๒๕๖๕ – ๓๐ กันยายน ๒๕๖๖)');
  });

  it('prints counts and sums that match the example file and the plan’s budgets summed independently', () => {
    // Thai lines wrap without spaces: compare with every space and line end taken out.
    const squash = (text: string) => text.replace(/\s+/g, '');
    const summary = squash(reportPages.slice(0, 2).join('\n'));
    const e = expected;
    const has = (text: string) => expect(summary).toContain(squash(text));
    has(`ต้องดำเนินการ ${thai(e.projects)} รายการ`);
    has(`งบประมาณตามแผนรวม ${baht(e.planned)} บาท`);
    has(`ดำเนินการแล้ว ${thai(e.done)} รายการ อยู่ระหว่างดำเนินการ ${thai(e.doing)} รายการ`);
    has(`ยกเลิกหรือโอนงบ ${thai(e.cancelledOrMoved)} รายการ`);
    has(`ใช้จ่ายงบประมาณ ${baht(e.spent12)} บาท`);
    has(`คิดเป็นร้อยละ ${thai(((e.spent12 / e.planned) * 100).toFixed(1))}`);
    // The 6-month figure beside the year-end one (item 4): in words and in the budget table's total row.
    has(`เมื่อสิ้นรอบ ๖ เดือน ใช้จ่ายไปแล้ว ${baht(e.spent6)} บาท`);
    has(`${baht(e.planned)} ${baht(e.spent6)} ${baht(e.spent12)}`);
    // Every project has a row in the table, numbered in the plan's order.
    const table = reportPages.join('\n');
    for (let n = 1; n <= e.projects; n++) expect(table).toMatch(new RegExp(`(^|\\n)\\s*${thai(n)}\\s`));
  });

  it('draws the charts as vectors on the summary page of the PDF (filled rectangles, not a picture)', () => {
    requireTool('qpdf');
    const page = reportPages.findIndex((p) => p.includes('จำนวนโครงการ/มาตรการ/กิจกรรม จำแนกตามสถานะ'));
    expect(page).toBeGreaterThanOrEqual(0);
    const qdf = join(mkdtempSync(join(tmpdir(), 'ita-qdf-')), 'r.pdf');
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', join(out, DIR, FILE('report', 'pdf')), qdf]);
    const text = readFileSync(qdf, 'latin1');
    const start = text.indexOf(`%% Contents for page ${page + 1}\n`);
    const content = text.slice(start, text.indexOf('endstream', start));
    const rectangles = content.match(/ re\n/g)?.length ?? 0;
    // One bar segment per status present in each dimension + one bar per series per dimension + legend keys.
    const segments = expected.dims.length * 3;
    expect(rectangles).toBeGreaterThanOrEqual(segments);
    expect(content).toMatch(/\bf\n/);
    expect(content).not.toMatch(/\/Im\d+ Do/);
  });

  it('carries the charts in the DOCX as native chart parts holding the report’s figures', () => {
    const files = unzipSync(readFileSync(join(out, DIR, FILE('report', 'docx'))));
    expect(Object.keys(files).filter((n) => n.startsWith('word/charts/')).sort()).toEqual(['word/charts/chart1.xml', 'word/charts/chart2.xml']);
    expect(strFromU8(files['[Content_Types].xml']!)).toContain('/word/charts/chart1.xml');
    expect(strFromU8(files['word/_rels/document.xml.rels']!)).toMatch(/relationships\/chart" Target="charts\/chart2\.xml"/);
    expect(strFromU8(files['word/document.xml']!).match(/<c:chart [^>]*r:id="rIdChart\d"/g)).toHaveLength(2);
    const values = (xml: string, series: string) => {
      const ser = xml.split('<c:ser>').find((s) => s.includes(`<c:v>${series}</c:v>`))!;
      return [...ser.split('<c:val>')[1]!.matchAll(/<c:v>([\d.]+)<\/c:v>/g)].map((m) => Number(m[1]));
    };
    expect(values(strFromU8(files['word/charts/chart1.xml']!), 'ดำเนินการแล้ว')).toEqual(expected.doneByDimension);
    expect(values(strFromU8(files['word/charts/chart2.xml']!), 'งบประมาณตามแผน')).toEqual(expected.dims.map((d) => d.planned));
  });

  it('marks every page of a report built from example data “ตัวอย่าง”, in both formats', () => {
    const memo = pdfPages(join(out, DIR, FILE('memo', 'pdf')));
    for (const page of [...reportPages, ...memo]) expect(page.split('\n').slice(0, 2).join(' ')).toContain('ตัวอย่าง');
    for (const doc of ['report', 'memo']) {
      const files = unzipSync(readFileSync(join(out, DIR, FILE(doc, 'docx'))));
      const headers = Object.keys(files).filter((n) => /^word\/header\d+\.xml$/.test(n));
      expect(headers.length).toBeGreaterThan(0);
      for (const h of headers) expect(strFromU8(files[h]!)).toContain('ตัวอย่าง');
    }
  });

  it('gives byte-identical files when built again (through the library this time)', async () => {
    const again = mkdtempSync(join(tmpdir(), 'ita-report-'));
    await buildReport({ data: BUNDLED_PLAN, year: 2566, round: 12, progress: EXAMPLE, out: again, log: () => undefined });
    for (const name of readdirSync(join(out, DIR))) {
      expect(sha(readFileSync(join(again, DIR, name))), name).toBe(sha(readFileSync(join(out, DIR, name))));
    }
  });
});
