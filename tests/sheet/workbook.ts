// Helpers for the budget workbook tests: edit a workbook as a clerk would, and snapshot a plan folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Sets cells (`sheet`, A1-style address, value) and saves the workbook under `out`. */
export async function editWorkbook(path: string, out: string, edits: Array<[sheet: string, address: string, value: ExcelJS.CellValue]>) {
  const wb = await openWorkbook(path);
  for (const [sheet, address, value] of edits) wb.getWorksheet(sheet)!.getCell(address).value = value;
  await wb.xlsx.writeFile(out);
}

/** Every file of a folder with its bytes. */
export function snapshot(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'latin1')]));
}

/** The lines that differ between two texts of the same length in lines; throws when lines were added or removed. */
export function changedLines(before: string, after: string): Array<{ line: number; before: string; after: string }> {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) throw new Error(`line count changed: ${a.length} → ${b.length}`);
  return a.flatMap((line, i) => (line === b[i] ? [] : [{ line: i + 1, before: line, after: b[i]! }]));
}
