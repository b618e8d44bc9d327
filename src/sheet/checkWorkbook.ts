import type ExcelJS from 'exceljs';
import type { Problem } from '../model/problems.js';
import { readBaseline } from './baseline.js';
import { cellText, readCell, type CellReading } from './cellValue.js';
import { cellReference, columnLetters, ID_HEADER, yearOfHeader } from './layout.js';
import type { ProjectEntry } from './projectFiles.js';
import type { BudgetChange } from './yamlUpdate.js';

/** Rows searched for the header row: the export puts it third; a clerk may add a line or two above. */
const HEADER_SEARCH_ROWS = 20;

const baht = (n: number) => n.toLocaleString('en-US');

export interface SheetCheck {
  changes: BudgetChange[];
  problems: Problem[];
}

const invalid = (v: number) => {
  if (!Number.isFinite(v) || v < 0) return { thai: `ต้องไม่ติดลบ (พบ ${v})`, english: 'expected a number ≥ 0' };
  if (!Number.isInteger(v)) return { thai: `ต้องเป็นจำนวนเต็มบาท ไม่มีสตางค์ (พบ ${v})`, english: 'expected whole baht' };
  if (v > Number.MAX_SAFE_INTEGER) return { thai: `จำนวนเงินมากเกินไป (พบ ${v})`, english: `expected at most ${Number.MAX_SAFE_INTEGER}` };
  return undefined;
};

/**
 * What to do with one amount cell, from what it holds, what the data holds now (`now`) and what the
 * data held at the export (`base`; undefined: nothing, a blank cell). A cell equal to its export value
 * was not edited and changes nothing, even where the data changed since; an edited cell is written
 * unless the data changed too, to something else.
 */
function decide(reading: CellReading, now: number | undefined, base: number | undefined):
  { problem: { thai: string; english: string } } | { write?: number } {
  if (reading.kind === 'wrong') return { problem: reading };
  const value = reading.kind === 'number' ? reading.value : undefined;
  const wrong = value === undefined ? undefined : invalid(value);
  if (wrong) return { problem: wrong };
  if (value === base || value === now) return {};
  if (now !== base) {
    return {
      problem: {
        thai: `ข้อมูลเปลี่ยนจาก ${show(base)} เป็น ${show(now)} บาทหลังส่งออกตาราง แต่ในตารางแก้เป็น ${show(value)} ให้ส่งออกตารางใหม่แล้วแก้อีกครั้ง`,
        english: 'expected an amount the data has not changed since the export; export again',
      },
    };
  }
  if (value === undefined) {
    return {
      problem: {
        thai: `ช่องว่าง แต่ข้อมูลเดิมมี ${show(now)} บาท ให้ใส่ 0 หากไม่มีงบประมาณในปีนี้`,
        english: 'expected a number; write 0 for no budget',
      },
    };
  }
  return { write: value };
}

const show = (n: number | undefined) => (n === undefined ? '(ว่าง)' : baht(n));

/** Where the header row is and what its columns are, or undefined for a sheet without project rows (the summary). */
function findHeader(ws: ExcelJS.Worksheet): { row: number; idCol: number } | undefined {
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount); r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= row.cellCount; c++) if (cellText(row.getCell(c)) === ID_HEADER) return { row: r, idCol: c };
  }
  return undefined;
}

type Report = (column: number, thai: string, english: string) => void;

/** Year columns of a header row: column → year, for years of the plan; others are reported once, at their header. */
function yearColumns(headerRow: ExcelJS.Row, years: number[], report: Report): Map<number, number> {
  const yearCols = new Map<number, number>();
  const colOfYear = new Map<number, number>();
  for (let c = 1; c <= headerRow.cellCount; c++) {
    const year = yearOfHeader(cellText(headerRow.getCell(c)));
    if (year === undefined) continue;
    if (!years.includes(year)) {
      report(c, `ปี ${year} ไม่อยู่ในช่วงปีของแผน (${years[0]}–${years.at(-1)})`, `expected a fiscal year from ${years[0]} to ${years.at(-1)}`);
    } else if (colOfYear.has(year)) {
      report(c, `ปี ${year} ซ้ำกับคอลัมน์ ${columnLetters(colOfYear.get(year)!)}`, 'expected each year in one column');
    } else {
      yearCols.set(c, year);
      colOfYear.set(year, c);
    }
  }
  return yearCols;
}

/**
 * Validates every amount cell of every project sheet (a number ≥ 0, whole baht, under a year of the
 * plan, in the row of a known project) and lists what differs from the data. Every problem is
 * reported, each at its `sheet!cell`.
 */
export function checkWorkbook(wb: ExcelJS.Workbook, file: string, years: number[], projects: ReadonlyMap<string, ProjectEntry>): SheetCheck {
  const baseline = readBaseline(wb);
  const problems: Problem[] = [];
  const changes: BudgetChange[] = [];
  const problem = (sheet: string, row: number, column: number, thai: string, english: string) =>
    problems.push({ file, line: row, column, path: cellReference(sheet, row, column), message: `${thai} — ${english}` });
  const seen = new Map<string, string>();
  let projectSheets = 0;

  for (const ws of wb.worksheets) {
    const header = findHeader(ws);
    if (!header) continue;
    projectSheets++;
    const yearCols = yearColumns(ws.getRow(header.row), years, (c, thai, english) => problem(ws.name, header.row, c, thai, english));

    for (let r = header.row + 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const id = cellText(row.getCell(header.idCol));
      if (!id) {
        // Total rows hold formulas and no id; a typed amount in a row without one belongs to no project.
        for (const c of yearCols.keys()) {
          const cell = row.getCell(c);
          if (typeof cell.value === 'number' || (typeof cell.value === 'string' && cell.value.trim())) {
            problem(ws.name, r, c, 'แถวนี้ไม่มีรหัสโครงการ (โครงการใหม่ต้องเพิ่มในไฟล์ projects-*.yaml ก่อน แล้วส่งออกตารางใหม่)',
              'expected amounts only in rows of projects exported from the plan');
            break;
          }
        }
        continue;
      }
      const here = cellReference(ws.name, r, header.idCol);
      const project = projects.get(id);
      if (!project) {
        problem(ws.name, r, header.idCol, `ไม่พบรหัสโครงการ "${id}" ในแผน`, 'expected the id of a project in projects-*.yaml');
        continue;
      }
      const first = seen.get(id);
      if (first) {
        problem(ws.name, r, header.idCol, `โครงการ "${id}" ซ้ำกับแถวที่ ${first}`, 'expected each project in one row');
        continue;
      }
      seen.set(id, here);
      const exported = baseline?.get(id) ?? project.perYear;
      for (const [c, year] of yearCols) {
        const old = project.perYear[String(year)];
        const outcome = decide(readCell(row.getCell(c)), old, exported[String(year)]);
        if ('problem' in outcome) problem(ws.name, r, c, outcome.problem.thai, `${outcome.problem.english} (${id}, ${year})`);
        else if (outcome.write !== undefined) changes.push({ id, year, old, value: outcome.write });
      }
    }
  }
  if (projectSheets === 0) {
    problems.push({
      file, line: 1, column: 1, path: '',
      message: `ไม่พบชีตงบประมาณโครงการ (ไม่มีหัวคอลัมน์ "${ID_HEADER}") — expected a workbook made by npm run budget -- export`,
    });
  }
  return { changes, problems };
}
