import ExcelJS from 'exceljs';
import type { Plan } from '../model/plan.js';
import { addBaseline } from './baseline.js';
import { addDimensionSheet } from './dimensionSheet.js';
import { SUMMARY_SHEET } from './layout.js';
import { HEADER_ROW, pageSetup } from './styles.js';
import { fillSummary } from './summarySheet.js';

/**
 * The workbook of a plan's budgets: the summary first, then a sheet per dimension. `raw` gives each
 * project's amounts exactly as its YAML has them.
 */
export function budgetWorkbook(plan: Plan, raw: ReadonlyMap<string, Record<string, number>>): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = plan.organisation.name;
  wb.title = `งบประมาณ ${plan.title}`;
  // Formulas carry their results for programs that only read; spreadsheets recompute them anyway.
  wb.calcProperties = { fullCalcOnLoad: true };
  const summary = wb.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }], pageSetup: pageSetup() });
  fillSummary(summary, plan, plan.dimensions.map((d) => addDimensionSheet(wb, plan, d, raw)));
  addBaseline(wb, plan, raw);
  return wb;
}

const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true,
};

/** Locks every sheet except the amount cells; no password, so a clerk can still lift it knowingly. */
export async function protect(wb: ExcelJS.Workbook): Promise<void> {
  for (const ws of wb.worksheets) await ws.protect('', PROTECTION);
}
