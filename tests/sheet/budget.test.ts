import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { loadPlan } from '../../src/model/loadPlan.js';
import { defaultTypeface } from '../../src/doc/typeface.js';
import { textWidthPt } from '../../src/render/docx/measure.js';
import { readBaseline } from '../../src/sheet/baseline.js';
import { exportBudgets } from '../../src/sheet/exportBudgets.js';
import { BUNDLED_PLAN, copyOfPlan, edit, removeCopies, runScript } from '../helpers.js';
import { changedLines, editWorkbook, openWorkbook, snapshot } from './workbook.js';

const YEARS = [2566, 2567, 2568, 2569, 2570];
const scratch = mkdtempSync(join(tmpdir(), 'ita-sheet-'));
afterAll(() => {
  removeCopies();
  rmSync(scratch, { recursive: true, force: true });
});
const budget = (...args: string[]) => runScript('budget', args);

/** What the YAML says, read here with plain `yaml`: per projects file, its dimension and each project's id and amounts. */
const data = readdirSync(BUNDLED_PLAN).filter((n) => /^projects-.*\.yaml$/.test(n)).sort().map((name) => {
  const file = parse(readFileSync(join(BUNDLED_PLAN, name), 'utf8')) as {
    dimension: string; projects: Array<{ id: string; name: string; budget?: { perYear: Record<string, number> } }>;
  };
  return { name, ...file };
});
const projectsOf = (n: number) => data[n - 1]!.projects;

/** The cell of a project's amount in a year, found the way a reader finds it: by the id and the header. */
function amountCell(ws: ExcelJS.Worksheet, id: string, year: number): ExcelJS.Cell {
  const header = ws.getRow(3);
  let column = 0;
  header.eachCell((c, n) => {
    if (c.value === `ปี ${year} (บาท)`) column = n;
  });
  let row = 0;
  ws.getColumn(1).eachCell((c, n) => {
    if (c.value === id) row = n;
  });
  if (!column || !row) throw new Error(`no cell for ${id} ${year} in ${ws.name}`);
  return ws.getCell(row, column);
}

let exported: string;
beforeAll(async () => {
  exported = join(scratch, 'budget.xlsx');
  await exportBudgets(BUNDLED_PLAN, exported);
});

describe('npm run budget -- export', () => {
  it('writes a summary and a sheet per dimension, a row per project keyed by a hidden, locked id', async () => {
    const wb = await openWorkbook(exported);
    expect(wb.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name)).toEqual(['สรุป', 'มิติที่ 1', 'มิติที่ 2', 'มิติที่ 3', 'มิติที่ 4']);
    for (let d = 1; d <= 4; d++) {
      const ws = wb.getWorksheet(`มิติที่ ${d}`)!;
      expect(ws.getRow(3).values).toEqual([
        undefined, 'รหัสโครงการ', 'ลำดับ', 'โครงการ/กิจกรรม/มาตรการ', 'หน่วยงานที่รับผิดชอบ', ...YEARS.map((y) => `ปี ${y} (บาท)`), 'รวมทุกปี (บาท)',
      ]);
      const projects = projectsOf(d);
      const ids = projects.map((_, i) => ws.getCell(4 + i, 1).value);
      expect(ids).toEqual(projects.map((p) => p.id));
      expect(projects.map((_, i) => ws.getCell(4 + i, 3).value)).toEqual(projects.map((p) => p.name));
      expect(ws.getColumn(1).hidden).toBe(true);
      expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
      for (const p of projects) {
        for (const y of YEARS) {
          const cell = amountCell(ws, p.id, y);
          expect(cell.value ?? undefined, `${p.id} ${y}`).toBe(p.budget?.perYear[y]);
          expect(cell.protection?.locked).toBe(false);
          expect(cell.numFmt).toBe('#,##0');
        }
        const row = amountCell(ws, p.id, 2566).row;
        for (const col of [1, 2, 3]) expect(ws.getCell(Number(row), col).protection?.locked).not.toBe(false);
      }
    }
    // Numbers run across the plan: the first row of dimension 2 follows the last of dimension 1.
    expect(wb.getWorksheet('มิติที่ 2')!.getCell('B4').value).toBe(projectsOf(1).length + 1);
  });

  it('makes every total a formula, in Sarabun with thousands separators', async () => {
    const wb = await openWorkbook(exported);
    const dim1 = wb.getWorksheet('มิติที่ 1')!;
    const totalRow = 4 + projectsOf(1).length;
    expect(dim1.getCell(totalRow, 5).value).toMatchObject({ formula: `SUM(E4:E${totalRow - 1})` });
    expect(dim1.getCell(4, 10).value).toMatchObject({ formula: 'SUM(E4:I4)' });
    const summary = wb.getWorksheet('สรุป')!;
    expect(summary.getCell('C4').value).toMatchObject({ formula: `'มิติที่ 1'!E${totalRow}` });
    expect(summary.getCell('C8').value).toMatchObject({ formula: 'SUM(C4:C7)' });
    expect(summary.getCell('C8').numFmt).toBe('#,##0');
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => expect(cell.font?.name, `${ws.name}!${cell.address}`).toBe('Sarabun')));
    }
  });

  it('makes every amount column wide enough for its widest amount in Excel (7 px per width unit of Calibri 11)', async () => {
    const wb = await openWorkbook(exported);
    let checked = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => {
        const v = cell.value as number | { result?: number } | null;
        const amount = typeof v === 'number' ? v : typeof v?.result === 'number' ? v.result : undefined;
        if (amount === undefined || cell.numFmt !== '#,##0') return;
        const px = (textWidthPt(defaultTypeface(), amount.toLocaleString('en-US'), 14, cell.font?.bold) * 96) / 72 + 5;
        expect(ws.getColumn(cell.col).width! * 7, `${ws.name}!${cell.address}`).toBeGreaterThanOrEqual(px);
        checked++;
      }));
    }
    // At least every amount the data holds and the plan's six grand totals (exceljs stores no cached 0 for a formula).
    const typed = data.flatMap((f) => f.projects.flatMap((p) => Object.keys(p.budget?.perYear ?? {}))).length;
    expect(checked).toBeGreaterThanOrEqual(typed + 6);
  });


  it('lets the spreadsheet refuse a bad amount too, with one validation rule per sheet (no overlaps to repair)', () => {
    const files = unzipSync(new Uint8Array(readFileSync(exported)));
    for (let d = 1; d <= 4; d++) {
      const xml = strFromU8(files[`xl/worksheets/sheet${d + 1}.xml`]!);
      const last = 3 + projectsOf(d).length;
      expect(xml.match(/<dataValidation [^>]*>/g)).toEqual([expect.stringMatching(new RegExp(`type="whole" operator="greaterThanOrEqual".*sqref="E4:I${last}"`))]);
      expect(xml).toMatch(/<formula1>0<\/formula1>/);
    }
  });
});

describe('npm run budget -- import', () => {
  it('changes no byte of the data when nothing was edited', () => {
    const dir = copyOfPlan();
    const before = snapshot(dir);
    const file = join(scratch, 'unchanged.xlsx');
    expect(budget('export', '--data', dir, '--out', file).status).toBe(0);
    const r = budget('import', file, '--data', dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('no budget changed');
    expect(snapshot(dir)).toEqual(before);
  });

  it('changes one line for one edited cell and says what changed and the new totals', async () => {
    const dir = copyOfPlan();
    const before = snapshot(dir);
    const file = join(scratch, 'one-edit.xlsx');
    const wb = await openWorkbook(exported);
    const id = projectsOf(1)[0]!.id;
    const cell = amountCell(wb.getWorksheet('มิติที่ 1')!, id, 2567);
    await editWorkbook(exported, file, [['มิติที่ 1', cell.address, 35000]]);
    const r = budget('import', file, '--data', dir);
    expect(r.status, r.stderr).toBe(0);
    const after = snapshot(dir);
    for (const [name, bytes] of before) if (name !== data[0]!.name) expect(after.get(name), name).toBe(bytes);
    const lines = changedLines(before.get(data[0]!.name)!, after.get(data[0]!.name)!);
    expect(lines).toEqual([{ line: expect.any(Number), before: '        2567: 30000', after: '        2567: 35000' }]);
    expect(r.stdout).toContain(`1. ${projectsOf(1)[0]!.name} (${id})  ปี 2567: 30,000 → 35,000 บาท`);
    // Dimension 1 had 2,415,000 a year (the sum of its projects' amounts, as the plan's budget table prints).
    const dim1 = projectsOf(1).reduce((s, p) => s + (p.budget?.perYear[2567] ?? 0), 0);
    expect(r.stdout).toMatch(new RegExp(`มิติที่ 1 .*${(dim1 + 5000).toLocaleString('en-US')}`));
    expect(loadPlan(dir).dimensions[0]!.budgetPerYear.get(2567)).toBe(dim1 + 5000);
  });

  it('adds a budget to a project that had none, keeping the card’s key order and the rest of the file', async () => {
    const dir = copyOfPlan();
    const file = join(scratch, 'new-budget.xlsx');
    const project = projectsOf(4)[0]!;
    expect(project.budget).toBeUndefined();
    const wb = await openWorkbook(exported);
    const cell = amountCell(wb.getWorksheet('มิติที่ 4')!, project.id, 2568);
    await editWorkbook(exported, file, [['มิติที่ 4', cell.address, 12000]]);
    const path = join(dir, data[3]!.name);
    const before = readFileSync(path, 'utf8');
    const r = budget('import', file, '--data', dir);
    expect(r.status, r.stderr).toBe(0);
    const after = readFileSync(path, 'utf8');
    expect(after).toContain('    budget:\n      perYear:\n        2568: 12000\n    responsible:\n');
    expect(after.replace('    budget:\n      perYear:\n        2568: 12000\n', '')).toBe(before);
    expect(loadPlan(dir).projects.find((p) => p.id === project.id)!.budget!.perYear.get(2568)).toBe(12000);
  });

  it('keeps what the YAML changed after the export, and refuses where both changed one amount', async () => {
    const dir = copyOfPlan();
    const file = join(scratch, 'stale.xlsx');
    expect(budget('export', '--data', dir, '--out', file).status).toBe(0);
    const name = data[0]!.name;
    // Someone edits the YAML after the export: the first project's 2568 and 2569.
    const first = projectsOf(1)[0]!;
    edit(dir, name, '        2568: 30000\n', '        2568: 32000\n');
    edit(dir, name, '        2569: 30000\n', '        2569: 33000\n');
    const wb = await openWorkbook(file);
    const ws = wb.getWorksheet('มิติที่ 1')!;
    const conflicting = join(scratch, 'conflict.xlsx');
    await editWorkbook(file, conflicting, [['มิติที่ 1', amountCell(ws, first.id, 2568).address, 31000]]);
    const before = snapshot(dir);
    const refused = budget('import', conflicting, '--data', dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`'มิติที่ 1'!${amountCell(ws, first.id, 2568).address}  ข้อมูลเปลี่ยนจาก 30,000 เป็น 32,000 บาทหลังส่งออกตาราง แต่ในตารางแก้เป็น 31,000`);
    expect(snapshot(dir)).toEqual(before);

    // The clerk edits another year: that is written, and the YAML's own edits stay (the workbook still says 30,000 there).
    const other = join(scratch, 'other.xlsx');
    await editWorkbook(file, other, [['มิติที่ 1', amountCell(ws, first.id, 2567).address, 35000]]);
    const r = budget('import', other, '--data', dir);
    expect(r.status, r.stderr).toBe(0);
    expect(changedLines(before.get(name)!, readFileSync(join(dir, name), 'latin1'))).toEqual([
      { line: expect.any(Number), before: '        2567: 30000', after: '        2567: 35000' },
    ]);
  });

  it('reports every bad cell as sheet!cell in Thai and changes nothing', async () => {
    const dir = copyOfPlan();
    const before = snapshot(dir);
    const file = join(scratch, 'bad.xlsx');
    const wb = await openWorkbook(exported);
    const ws = wb.getWorksheet('มิติที่ 1')!;
    const [a, b] = projectsOf(1);
    const at = (id: string, year: number) => amountCell(ws, id, year).address;
    await editWorkbook(exported, file, [
      ['มิติที่ 1', at(a!.id, 2566), -5],
      ['มิติที่ 1', at(a!.id, 2567), 1500.5],
      ['มิติที่ 1', at(a!.id, 2568), 'สามหมื่น'],
      ['มิติที่ 1', at(a!.id, 2569), null],
      ['มิติที่ 1', at(b!.id, 2566), 999], // a good edit: still not written while others are wrong
      ['มิติที่ 2', 'A5', 'no-such-project'],
      ['มิติที่ 3', 'I3', 'ปี 2571 (บาท)'],
      ['มิติที่ 4', 'F3', 'ปี 2566 (บาท)'],
      ['มิติที่ 4', 'A5', projectsOf(4)[0]!.id],
      ['มิติที่ 4', 'E20', 5000],
    ]);
    const r = budget('import', file, '--data', dir);
    expect(r.status).toBe(1);
    const cell = (ref: string) => `'มิติที่ 1'!${ref}`;
    expect(r.stderr).toContain(`${cell(at(a!.id, 2566))}  ต้องไม่ติดลบ`);
    expect(r.stderr).toContain(`${cell(at(a!.id, 2567))}  ต้องเป็นจำนวนเต็มบาท`);
    expect(r.stderr).toContain(`${cell(at(a!.id, 2568))}  ต้องเป็นตัวเลข แต่พบข้อความ "สามหมื่น"`);
    expect(r.stderr).toContain(`${cell(at(a!.id, 2569))}  ช่องว่าง แต่ข้อมูลเดิมมี 30,000 บาท`);
    expect(r.stderr).toContain(`'มิติที่ 2'!A5  ไม่พบรหัสโครงการ "no-such-project"`);
    expect(r.stderr).toContain(`'มิติที่ 3'!I3  ปี 2571 ไม่อยู่ในช่วงปีของแผน`);
    expect(r.stderr).toContain(`'มิติที่ 4'!F3  ปี 2566 ซ้ำกับคอลัมน์ E`);
    expect(r.stderr).toContain(`'มิติที่ 4'!A5  โครงการ "${projectsOf(4)[0]!.id}" ซ้ำกับแถวที่ 'มิติที่ 4'!A4`);
    expect(r.stderr).toContain(`'มิติที่ 4'!E20  แถวนี้ไม่มีรหัสโครงการ`);
    expect(r.stderr).toContain('พบปัญหา 9 รายการ');
    expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    expect(snapshot(dir)).toEqual(before);
  });
});

/** LibreOffice with a profile of its own (a running one cannot block it), seeing the repository's Sarabun. */
async function soffice(format: string, input: string, outdir: string): Promise<string> {
  const fontconfig = join(outdir, 'fonts.conf');
  writeFileSync(fontconfig, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${join(process.cwd(), 'fonts')}</dir></fontconfig>`);
  await promisify(execFile)('soffice', [`-env:UserInstallation=file://${join(outdir, 'profile')}`, '--headless', '--convert-to', format, '--outdir', outdir, input], {
    timeout: 120_000, env: { ...process.env, FONTCONFIG_FILE: fontconfig },
  });
  const name = input.split('/').pop()!.replace(/\.xlsx$/, `.${format}`);
  if (!readdirSync(outdir).includes(name)) {
    throw new Error('LibreOffice Calc did not open the workbook (is it installed? apt-get install libreoffice-calc-nogui) — this test needs it, it does not skip');
  }
  return join(outdir, name);
}

describe('the workbook in LibreOffice Calc', () => {
  it('reads back a file Calc saved, changing only the edited line; Calc shows every amount in Sarabun', async () => {
    const dir = copyOfPlan();
    const before = snapshot(dir);
    const edited = join(scratch, 'calc-edit.xlsx');
    const wb = await openWorkbook(exported);
    const project = projectsOf(2).find((p) => p.budget)!;
    const cell = amountCell(wb.getWorksheet('มิติที่ 2')!, project.id, 2570);
    await editWorkbook(exported, edited, [['มิติที่ 2', cell.address, 75000]]);
    const [saved, pdf] = await Promise.all([
      soffice('xlsx', edited, mkdtempSync(join(scratch, 'calc-'))),
      soffice('pdf', exported, mkdtempSync(join(scratch, 'calc-pdf-'))),
    ]);

    const calc = await openWorkbook(saved);
    expect(calc.getWorksheet('มิติที่ 2')!.getColumn(1).hidden).toBe(true);
    expect(calc.getWorksheet('ค่าตอนส่งออก')!.state).not.toBe('visible');
    const exportedAmounts = readBaseline(calc)!;
    expect(exportedAmounts.size).toBe(data.reduce((n, f) => n + f.projects.length, 0));
    expect(exportedAmounts.get(project.id)).toEqual(project.budget!.perYear);
    const r = budget('import', saved, '--data', dir);
    expect(r.status, r.stderr).toBe(0);
    const name = data[1]!.name;
    const after = snapshot(dir);
    for (const [n, bytes] of before) if (n !== name) expect(after.get(n), n).toBe(bytes);
    expect(changedLines(before.get(name)!, after.get(name)!)).toEqual([
      { line: expect.any(Number), before: `        2570: ${project.budget!.perYear[2570]}`, after: '        2570: 75000' },
    ]);

    const { stdout: fonts } = await promisify(execFile)('pdffonts', [pdf]);
    expect(fonts).toMatch(/Sarabun-Regular/);
    expect(fonts).toMatch(/Sarabun-Bold/);
    const { stdout: text } = await promisify(execFile)('pdftotext', ['-layout', pdf, '-']);
    // Calc prints ### where a number is wider than its column.
    expect(text).not.toContain('###');
    expect(text).toContain('2,833,000');
    expect(text).toContain('14,165,000');
  });
});
