import type ExcelJS from 'exceljs';
import type { Dimension, Plan, Project } from '../model/plan.js';
import { columnLetters, dimensionSheet, ID_HEADER, NAME_HEADER, NUMBER_HEADER, TOTAL_HEADER, UNIT_HEADER, yearHeader } from './layout.js';
import { FIRST_ROW, fill, HEADER_ROW, headerRow, pageSetup, styleRow, sum, titleRows } from './styles.js';
import { fitWidth, rowHeightFor } from './widths.js';

/** Cells a clerk types in are tinted, so what can be edited is visible before protection says so. */
const INPUT_FILL = 'FFFFF9E0';

/** Columns of a dimension sheet; the years follow UNIT_COL, then the row total. */
const ID_COL = 1;
const NUMBER_COL = 2;
const NAME_COL = 3;
const UNIT_COL = 4;
const FIRST_YEAR_COL = 5;

/** The unit names (and the funding note) of a project, as the budget table's remarks give them. */
function unitText(p: Project): string {
  const names = [...new Set(p.responsible.map((r) => r.unit.name))].join(', ');
  return p.budget?.note ? `${names} (${p.budget.note})` : names;
}

/**
 * The spreadsheet itself refuses what the import would refuse. One rule for the whole block: exceljs
 * merges per-cell rules into overlapping ranges (it sorts E10 before E4), which Excel may "repair".
 */
function validateAmounts(ws: ExcelJS.Worksheet, range: string) {
  const rules = (ws as unknown as { dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
  rules.add(range, {
    type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true,
    showErrorMessage: true, errorTitle: 'จำนวนเงินไม่ถูกต้อง', error: 'ต้องเป็นจำนวนเต็มบาท ไม่ติดลบ',
  });
}

/** Where the summary finds a dimension sheet's figures. */
export interface DimensionSheet {
  d: Dimension;
  /** The row of its totals, and its last project row. */
  totalRow: number;
  lastRow: number;
  /** The column of each year. */
  yearColumn: (year: number) => string;
}

function setWidths(ws: ExcelJS.Worksheet, plan: Plan, d: Dimension, totalCol: number) {
  const widths = {
    name: fitWidth(d.projects.map((p) => ({ text: p.name })), 30, 70),
    unit: fitWidth([{ text: UNIT_HEADER, bold: true }, ...d.projects.map((p) => ({ text: unitText(p) }))], 14, 32),
    amount: fitWidth([...plan.years.map((y) => ({ text: yearHeader(y), bold: true })), { text: '99,999,999', bold: true }], 12, 20),
  };
  ws.getColumn(ID_COL).width = fitWidth(d.projects.map((p) => ({ text: p.id })), 12, 40);
  ws.getColumn(NUMBER_COL).width = fitWidth([{ text: NUMBER_HEADER, bold: true }], 6, 10);
  ws.getColumn(NAME_COL).width = widths.name;
  ws.getColumn(UNIT_COL).width = widths.unit;
  for (let col = FIRST_YEAR_COL; col < totalCol; col++) ws.getColumn(col).width = widths.amount;
  ws.getColumn(totalCol).width = fitWidth([{ text: TOTAL_HEADER, bold: true }, { text: '999,999,999', bold: true }], 12, 22);
  ws.getRow(HEADER_ROW).height = Math.max(...[NAME_HEADER, UNIT_HEADER].map((h) => rowHeightFor(h, widths.unit, true)));
  return widths;
}

/**
 * One sheet per dimension: a row per project keyed by its id in a hidden column, a column per fiscal
 * year, totals as formulas. `raw` gives the amounts as the YAML has them: a year the data leaves out
 * stays a blank cell, so exporting and importing unchanged adds no `0` to the data.
 */
export function addDimensionSheet(wb: ExcelJS.Workbook, plan: Plan, d: Dimension, raw: ReadonlyMap<string, Record<string, number>>): DimensionSheet {
  const ws = wb.addWorksheet(dimensionSheet(d.number), { views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }], pageSetup: pageSetup() });
  const lastYearCol = FIRST_YEAR_COL + plan.years.length - 1;
  const totalCol = lastYearCol + 1;
  const cols = { from: ID_COL, to: totalCol, firstAmount: FIRST_YEAR_COL, wrap: [NAME_COL, UNIT_COL] };
  titleRows(ws, NUMBER_COL, totalCol, `มิติที่ ${d.number} ${d.title}`,
    'กรอกหรือแก้ได้เฉพาะช่องจำนวนเงิน (สีเหลืองอ่อน): บาท จำนวนเต็ม ไม่ติดลบ · ช่องว่าง = ไม่มีงบประมาณในปีนั้น');
  headerRow(ws, [ID_HEADER, NUMBER_HEADER, NAME_HEADER, UNIT_HEADER, ...plan.years.map(yearHeader), TOTAL_HEADER]);
  const widths = setWidths(ws, plan, d, totalCol);
  ws.getColumn(ID_COL).hidden = true;

  d.projects.forEach((p, i) => {
    const r = FIRST_ROW + i;
    const row = ws.getRow(r);
    row.getCell(ID_COL).value = p.id;
    row.getCell(NUMBER_COL).value = p.number;
    row.getCell(NAME_COL).value = p.name;
    row.getCell(UNIT_COL).value = unitText(p);
    plan.years.forEach((y, yi) => {
      row.getCell(FIRST_YEAR_COL + yi).value = raw.get(p.id)?.[String(y)] ?? null;
    });
    const range = `${columnLetters(FIRST_YEAR_COL)}${r}:${columnLetters(lastYearCol)}${r}`;
    row.getCell(totalCol).value = { formula: `SUM(${range})`, result: sum(Object.values(raw.get(p.id) ?? {})) };
    styleRow(ws, r, cols);
    for (let col = FIRST_YEAR_COL; col <= lastYearCol; col++) {
      const cell = row.getCell(col);
      cell.protection = { locked: false };
      cell.fill = fill(INPUT_FILL);
    }
    row.getCell(NUMBER_COL).alignment = { horizontal: 'center', vertical: 'top' };
    row.height = Math.max(rowHeightFor(p.name, widths.name), rowHeightFor(unitText(p), widths.unit));
  });

  const totalRow = FIRST_ROW + d.projects.length;
  const lastRow = totalRow - 1;
  const row = ws.getRow(totalRow);
  ws.mergeCells(totalRow, NUMBER_COL, totalRow, UNIT_COL);
  row.getCell(NUMBER_COL).value = `รวม ${d.projects.length} โครงการ`;
  for (let col = FIRST_YEAR_COL; col <= totalCol; col++) {
    const letters = columnLetters(col);
    const result = col === totalCol ? sum(d.budgetPerYear.values()) : d.budgetPerYear.get(plan.years[col - FIRST_YEAR_COL]!) ?? 0;
    row.getCell(col).value = { formula: `SUM(${letters}${FIRST_ROW}:${letters}${lastRow})`, result };
  }
  styleRow(ws, totalRow, cols, true);
  row.getCell(NUMBER_COL).alignment = { horizontal: 'center' };
  if (lastRow >= FIRST_ROW) validateAmounts(ws, `${columnLetters(FIRST_YEAR_COL)}${FIRST_ROW}:${columnLetters(lastYearCol)}${lastRow}`);
  return { d, totalRow, lastRow, yearColumn: (year) => columnLetters(FIRST_YEAR_COL + plan.years.indexOf(year)) };
}
