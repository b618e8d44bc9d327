import type ExcelJS from 'exceljs';
import type { Plan } from '../model/plan.js';
import { cellText, readCell } from './cellValue.js';
import { BASELINE_HEADER, BASELINE_SHEET } from './layout.js';
import { font } from './styles.js';

/** The amounts as exported, by project id and year; a year the data left out is absent. */
export type Baseline = ReadonlyMap<string, Readonly<Record<string, number>>>;

/**
 * A hidden sheet keeps the amounts as they were at the export, so the import can tell a clerk's edit
 * from a cell nobody touched while the YAML changed meanwhile (which must not be undone), and can
 * refuse when both changed the same amount.
 */
export function addBaseline(wb: ExcelJS.Workbook, plan: Plan, raw: Baseline): void {
  const ws = wb.addWorksheet(BASELINE_SHEET, { state: 'veryHidden' });
  ws.addRow([BASELINE_HEADER, ...plan.years]);
  for (const p of plan.projects) ws.addRow([p.id, ...plan.years.map((y) => raw.get(p.id)?.[String(y)] ?? null)]);
  ws.eachRow((row) => row.eachCell((c) => (c.font = font())));
}

/** The amounts as exported, or undefined for a workbook without them (then the data counts as the baseline). */
export function readBaseline(wb: ExcelJS.Workbook): Baseline | undefined {
  const ws = wb.getWorksheet(BASELINE_SHEET);
  if (!ws || cellText(ws.getCell(1, 1)) !== BASELINE_HEADER) return undefined;
  const header = ws.getRow(1);
  const years: Array<[column: number, year: string]> = [];
  for (let c = 2; c <= header.cellCount; c++) years.push([c, cellText(header.getCell(c))]);
  const out = new Map<string, Record<string, number>>();
  for (let r = 2; r <= ws.rowCount; r++) {
    const id = cellText(ws.getCell(r, 1));
    if (!id) continue;
    const amounts: Record<string, number> = {};
    for (const [c, year] of years) {
      const reading = readCell(ws.getCell(r, c));
      if (reading.kind === 'number') amounts[year] = reading.value;
    }
    out.set(id, amounts);
  }
  return out;
}
