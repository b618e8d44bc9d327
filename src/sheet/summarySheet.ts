import type ExcelJS from 'exceljs';
import type { Plan } from '../model/plan.js';
import type { DimensionSheet } from './dimensionSheet.js';
import { columnLetters, dimensionSheet, TOTAL_HEADER, yearHeader } from './layout.js';
import { FIRST_ROW, HEADER_ROW, headerRow, styleRow, sum, titleRows } from './styles.js';
import { fitWidth, rowHeightFor } from './widths.js';

const DIM_COL = 1;
const COUNT_COL = 2;
const FIRST_YEAR_COL = 3;

/** The summary: a row per dimension whose figures are formulas over the dimension sheets' totals. */
export function fillSummary(ws: ExcelJS.Worksheet, plan: Plan, sheets: DimensionSheet[]) {
  const totalCol = FIRST_YEAR_COL + plan.years.length;
  const cols = { from: DIM_COL, to: totalCol, firstAmount: FIRST_YEAR_COL, wrap: [DIM_COL] };
  titleRows(ws, DIM_COL, totalCol, `สรุปงบประมาณ ${plan.title}`,
    `${plan.organisation.name} ปีงบประมาณ พ.ศ. ${plan.years[0]}–${plan.years.at(-1)} · ยอดทุกช่องคำนวณจากชีตของแต่ละมิติ`);
  headerRow(ws, ['มิติ', 'จำนวนโครงการ', ...plan.years.map(yearHeader), TOTAL_HEADER]);
  ws.getRow(HEADER_ROW).height = rowHeightFor('ก', 100, true);
  const title = (s: DimensionSheet) => `มิติที่ ${s.d.number} ${s.d.title}`;
  const dimWidth = fitWidth(sheets.map((s) => ({ text: title(s) })), 20, 60);

  sheets.forEach((s, i) => {
    const r = FIRST_ROW + i;
    const row = ws.getRow(r);
    const sheet = `'${dimensionSheet(s.d.number)}'`;
    row.getCell(DIM_COL).value = title(s);
    row.getCell(COUNT_COL).value = { formula: `COUNTA(${sheet}!A${FIRST_ROW}:A${s.lastRow})`, result: s.d.projects.length };
    plan.years.forEach((y, yi) => {
      row.getCell(FIRST_YEAR_COL + yi).value = { formula: `${sheet}!${s.yearColumn(y)}${s.totalRow}`, result: s.d.budgetPerYear.get(y) ?? 0 };
    });
    const range = `${columnLetters(FIRST_YEAR_COL)}${r}:${columnLetters(totalCol - 1)}${r}`;
    row.getCell(totalCol).value = { formula: `SUM(${range})`, result: sum(s.d.budgetPerYear.values()) };
    styleRow(ws, r, cols);
    row.getCell(COUNT_COL).alignment = { horizontal: 'center', vertical: 'top' };
    row.height = rowHeightFor(title(s), dimWidth);
  });

  const totalRow = FIRST_ROW + sheets.length;
  const row = ws.getRow(totalRow);
  row.getCell(DIM_COL).value = 'รวมทั้งสิ้น';
  for (let col = COUNT_COL; col <= totalCol; col++) {
    const letters = columnLetters(col);
    const result = col === COUNT_COL ? plan.projects.length
      : col === totalCol ? sum(plan.totalPerYear.values())
      : plan.totalPerYear.get(plan.years[col - FIRST_YEAR_COL]!) ?? 0;
    row.getCell(col).value = { formula: `SUM(${letters}${FIRST_ROW}:${letters}${totalRow - 1})`, result };
  }
  styleRow(ws, totalRow, cols, true);
  row.getCell(DIM_COL).alignment = { horizontal: 'center' };
  row.getCell(COUNT_COL).alignment = { horizontal: 'center' };

  ws.getColumn(DIM_COL).width = dimWidth;
  ws.getColumn(COUNT_COL).width = fitWidth([{ text: 'จำนวนโครงการ', bold: true }], 8, 20);
  const amountWidth = fitWidth([...plan.years.map((y) => ({ text: yearHeader(y), bold: true })), { text: '999,999,999', bold: true }], 12, 20);
  for (let col = FIRST_YEAR_COL; col < totalCol; col++) ws.getColumn(col).width = amountWidth;
  ws.getColumn(totalCol).width = fitWidth([{ text: TOTAL_HEADER, bold: true }, { text: '999,999,999', bold: true }], 12, 22);
}
