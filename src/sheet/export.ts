import ExcelJS from 'exceljs';
import type { Dimension, Plan, Project } from '../model/plan.js';
import {
  AMOUNT_FORMAT, columnLetters, dimensionSheet, FONT, FONT_SIZE, ID_HEADER, NAME_HEADER, NUMBER_HEADER,
  SUMMARY_SHEET, TOTAL_HEADER, UNIT_HEADER, yearHeader,
} from './layout.js';
import { fitWidth, rowHeightFor } from './widths.js';

const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT, size: FONT_SIZE, ...extra });
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const HEADER_FILL = 'FFD9D9D9';
const TOTAL_FILL = 'FFF2F2F2';
/** Cells a clerk types in are tinted, so what can be edited is visible before protection says so. */
const INPUT_FILL = 'FFFFF9E0';

/** Rows above the first project: title, how to fill in, column headers. */
const TITLE_ROW = 1;
const NOTE_ROW = 2;
const HEADER_ROW = 3;
const FIRST_ROW = 4;

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

/** The amount a project's data gives for a year, or null where the data has none (a blank cell). */
function amountIn(p: Project, raw: ReadonlyMap<string, Record<string, number>>, year: number): number | null {
  return raw.get(p.id)?.[String(year)] ?? null;
}

function styleRange(ws: ExcelJS.Worksheet, row: number, from: number, to: number, style: (c: ExcelJS.Cell) => void) {
  for (let col = from; col <= to; col++) style(ws.getCell(row, col));
}

/** Printed on A4 across, as wide as the page and as many pages down as it takes; the headers repeat. */
const pageSetup = (): Partial<ExcelJS.PageSetup> => ({
  paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
  printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
});

const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true,
};

function titleRows(ws: ExcelJS.Worksheet, lastCol: number, title: string, note: string) {
  ws.mergeCells(TITLE_ROW, NUMBER_COL, TITLE_ROW, lastCol);
  ws.mergeCells(NOTE_ROW, NUMBER_COL, NOTE_ROW, lastCol);
  Object.assign(ws.getCell(TITLE_ROW, NUMBER_COL), { value: title, font: font({ bold: true, size: FONT_SIZE + 2 }) });
  Object.assign(ws.getCell(NOTE_ROW, NUMBER_COL), { value: note, font: font({ color: { argb: 'FF595959' } }) });
  setTitleHeights(ws);
}

/** The title is set larger than the rest; both rows get the height their font needs. */
function setTitleHeights(ws: ExcelJS.Worksheet) {
  ws.getRow(TITLE_ROW).height = rowHeightFor('ก', 100, true, FONT_SIZE + 2);
  ws.getRow(NOTE_ROW).height = rowHeightFor('ก', 100);
}

function headerRow(ws: ExcelJS.Worksheet, headers: string[]) {
  headers.forEach((text, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = text;
    cell.font = font({ bold: true });
    cell.fill = fill(HEADER_FILL);
    cell.border = border;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
}

/** One sheet per dimension: a row per project, a column per fiscal year, totals as formulas. */
function dimensionSheetOf(wb: ExcelJS.Workbook, plan: Plan, d: Dimension, raw: ReadonlyMap<string, Record<string, number>>) {
  const ws = wb.addWorksheet(dimensionSheet(d.number), { views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }], pageSetup: pageSetup() });
  const lastYearCol = FIRST_YEAR_COL + plan.years.length - 1;
  const totalCol = lastYearCol + 1;
  titleRows(ws, totalCol, `มิติที่ ${d.number} ${d.title}`,
    'กรอกหรือแก้ได้เฉพาะช่องจำนวนเงิน (สีเหลืองอ่อน): บาท จำนวนเต็ม ไม่ติดลบ · ช่องว่าง = ไม่มีงบประมาณในปีนั้น');
  headerRow(ws, [ID_HEADER, NUMBER_HEADER, NAME_HEADER, UNIT_HEADER, ...plan.years.map(yearHeader), TOTAL_HEADER]);

  const widths = {
    name: fitWidth(d.projects.map((p) => ({ text: `${p.name}` })), 30, 70),
    unit: fitWidth([{ text: UNIT_HEADER, bold: true }, ...d.projects.map((p) => ({ text: unitText(p) }))], 14, 32),
    amount: fitWidth([...plan.years.map((y) => ({ text: yearHeader(y), bold: true })), { text: '99,999,999', bold: true }], 12, 20),
  };
  ws.getColumn(ID_COL).width = fitWidth(d.projects.map((p) => ({ text: p.id })), 12, 40);
  ws.getColumn(ID_COL).hidden = true;
  ws.getColumn(NUMBER_COL).width = fitWidth([{ text: NUMBER_HEADER, bold: true }], 6, 10);
  ws.getColumn(NAME_COL).width = widths.name;
  ws.getColumn(UNIT_COL).width = widths.unit;
  for (let col = FIRST_YEAR_COL; col <= totalCol; col++) ws.getColumn(col).width = widths.amount;
  ws.getColumn(totalCol).width = fitWidth([{ text: TOTAL_HEADER, bold: true }, { text: '999,999,999', bold: true }], 12, 22);
  ws.getRow(HEADER_ROW).height = Math.max(...[NAME_HEADER, UNIT_HEADER].map((h) => rowHeightFor(h, widths.unit, true)));

  const yearRange = `${columnLetters(FIRST_YEAR_COL)}{r}:${columnLetters(lastYearCol)}{r}`;
  d.projects.forEach((p, i) => {
    const r = FIRST_ROW + i;
    const row = ws.getRow(r);
    row.getCell(ID_COL).value = p.id;
    row.getCell(NUMBER_COL).value = p.number;
    row.getCell(NAME_COL).value = p.name;
    row.getCell(UNIT_COL).value = unitText(p);
    let sum = 0;
    plan.years.forEach((y, yi) => {
      const cell = row.getCell(FIRST_YEAR_COL + yi);
      const amount = amountIn(p, raw, y);
      cell.value = amount;
      sum += amount ?? 0;
      cell.protection = { locked: false };
      cell.fill = fill(INPUT_FILL);
      cell.dataValidation = {
        type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true,
        showErrorMessage: true, errorTitle: 'จำนวนเงินไม่ถูกต้อง', error: 'ต้องเป็นจำนวนเต็มบาท ไม่ติดลบ',
      };
    });
    row.getCell(totalCol).value = { formula: `SUM(${yearRange.replaceAll('{r}', String(r))})`, result: sum };
    styleRange(ws, r, ID_COL, totalCol, (c) => {
      c.font = font();
      c.border = border;
      c.alignment = { vertical: 'top', wrapText: [NAME_COL, UNIT_COL].includes(Number(c.col)) };
      if (Number(c.col) >= FIRST_YEAR_COL) c.numFmt = AMOUNT_FORMAT;
    });
    row.getCell(NUMBER_COL).alignment = { horizontal: 'center', vertical: 'top' };
    row.height = Math.max(rowHeightFor(p.name, widths.name), rowHeightFor(unitText(p), widths.unit));
  });

  const totalRow = FIRST_ROW + d.projects.length;
  const last = totalRow - 1;
  const row = ws.getRow(totalRow);
  ws.mergeCells(totalRow, NUMBER_COL, totalRow, UNIT_COL);
  row.getCell(NUMBER_COL).value = `รวม ${d.projects.length} โครงการ`;
  for (let col = FIRST_YEAR_COL; col <= totalCol; col++) {
    const letters = columnLetters(col);
    const result = col === totalCol ? [...d.budgetPerYear.values()].reduce((a, b) => a + b, 0) : d.budgetPerYear.get(plan.years[col - FIRST_YEAR_COL]!) ?? 0;
    row.getCell(col).value = { formula: `SUM(${letters}${FIRST_ROW}:${letters}${last})`, result };
  }
  styleRange(ws, totalRow, ID_COL, totalCol, (c) => {
    c.font = font({ bold: true });
    c.fill = fill(TOTAL_FILL);
    c.border = border;
    if (Number(c.col) >= FIRST_YEAR_COL) c.numFmt = AMOUNT_FORMAT;
  });
  row.getCell(NUMBER_COL).alignment = { horizontal: 'center' };
  return { ws, totalRow, lastRow: last, totalCol };
}

/** The summary: a row per dimension whose amounts are formulas over the dimension sheets' totals. */
function summarySheet(ws: ExcelJS.Worksheet, plan: Plan, sheets: Array<{ d: Dimension; totalRow: number; lastRow: number }>) {
  const COUNT_COL = 2;
  const DIM_COL = 1;
  const firstYearCol = 3;
  const totalCol = firstYearCol + plan.years.length;
  ws.mergeCells(TITLE_ROW, DIM_COL, TITLE_ROW, totalCol);
  ws.mergeCells(NOTE_ROW, DIM_COL, NOTE_ROW, totalCol);
  Object.assign(ws.getCell(TITLE_ROW, DIM_COL), { value: `สรุปงบประมาณ ${plan.title}`, font: font({ bold: true, size: FONT_SIZE + 2 }) });
  Object.assign(ws.getCell(NOTE_ROW, DIM_COL), {
    value: `${plan.organisation.name} ปีงบประมาณ พ.ศ. ${plan.years[0]}–${plan.years.at(-1)} · ยอดทุกช่องคำนวณจากชีตของแต่ละมิติ`,
    font: font({ color: { argb: 'FF595959' } }),
  });
  setTitleHeights(ws);
  headerRow(ws, ['มิติ', 'จำนวนโครงการ', ...plan.years.map(yearHeader), TOTAL_HEADER]);
  ws.getRow(HEADER_ROW).height = rowHeightFor('ก', 100, true);
  const quoted = (name: string) => `'${name}'`;
  sheets.forEach(({ d, totalRow, lastRow }, i) => {
    const r = FIRST_ROW + i;
    const row = ws.getRow(r);
    const sheet = quoted(dimensionSheet(d.number));
    row.getCell(DIM_COL).value = `มิติที่ ${d.number} ${d.title}`;
    row.getCell(COUNT_COL).value = { formula: `COUNTA(${sheet}!A${FIRST_ROW}:A${lastRow})`, result: d.projects.length };
    plan.years.forEach((y, yi) => {
      const letters = columnLetters(FIRST_YEAR_COL + yi);
      row.getCell(firstYearCol + yi).value = { formula: `${sheet}!${letters}${totalRow}`, result: d.budgetPerYear.get(y) ?? 0 };
    });
    const all = [...d.budgetPerYear.values()].reduce((a, b) => a + b, 0);
    row.getCell(totalCol).value = { formula: `SUM(${columnLetters(firstYearCol)}${r}:${columnLetters(totalCol - 1)}${r})`, result: all };
    styleRange(ws, r, DIM_COL, totalCol, (c) => {
      c.font = font();
      c.border = border;
      c.alignment = { vertical: 'top', wrapText: Number(c.col) === DIM_COL };
      if (Number(c.col) >= firstYearCol) c.numFmt = AMOUNT_FORMAT;
    });
    row.getCell(COUNT_COL).alignment = { horizontal: 'center', vertical: 'top' };
  });
  const totalRow = FIRST_ROW + sheets.length;
  const row = ws.getRow(totalRow);
  row.getCell(DIM_COL).value = 'รวมทั้งสิ้น';
  for (let col = COUNT_COL; col <= totalCol; col++) {
    const letters = columnLetters(col);
    const result = col === COUNT_COL ? plan.projects.length
      : col === totalCol ? [...plan.totalPerYear.values()].reduce((a, b) => a + b, 0)
      : plan.totalPerYear.get(plan.years[col - firstYearCol]!) ?? 0;
    row.getCell(col).value = { formula: `SUM(${letters}${FIRST_ROW}:${letters}${totalRow - 1})`, result };
  }
  styleRange(ws, totalRow, DIM_COL, totalCol, (c) => {
    c.font = font({ bold: true });
    c.fill = fill(TOTAL_FILL);
    c.border = border;
    if (Number(c.col) >= firstYearCol) c.numFmt = AMOUNT_FORMAT;
  });
  row.getCell(DIM_COL).alignment = { horizontal: 'center' };
  row.getCell(COUNT_COL).alignment = { horizontal: 'center' };

  const dimWidth = fitWidth(sheets.map(({ d }) => ({ text: `มิติที่ ${d.number} ${d.title}` })), 20, 60);
  ws.getColumn(DIM_COL).width = dimWidth;
  ws.getColumn(COUNT_COL).width = fitWidth([{ text: 'จำนวนโครงการ', bold: true }], 8, 20);
  const amountWidth = fitWidth([...plan.years.map((y) => ({ text: yearHeader(y), bold: true })), { text: '999,999,999', bold: true }], 12, 20);
  for (let col = firstYearCol; col <= totalCol; col++) {
    ws.getColumn(col).width = amountWidth;
  }
  ws.getColumn(totalCol).width = fitWidth([{ text: TOTAL_HEADER, bold: true }, { text: '999,999,999', bold: true }], 12, 22);
  sheets.forEach((_, i) => (ws.getRow(FIRST_ROW + i).height = rowHeightFor(`มิติที่ ${sheets[i]!.d.number} ${sheets[i]!.d.title}`, dimWidth)));
}

/**
 * The workbook of a plan's budgets. `raw` gives each project's amounts exactly as its YAML has them
 * (absent years stay blank cells, so exporting and importing unchanged adds no `0` to the data).
 */
export function budgetWorkbook(plan: Plan, raw: ReadonlyMap<string, Record<string, number>>): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = plan.organisation.name;
  wb.title = `งบประมาณ ${plan.title}`;
  // Formulas carry their results for programs that only read; spreadsheets recompute them anyway.
  wb.calcProperties = { fullCalcOnLoad: true };
  const summary = wb.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }], pageSetup: pageSetup() });
  const sheets = plan.dimensions.map((d) => ({ d, ...dimensionSheetOf(wb, plan, d, raw) }));
  summarySheet(summary, plan, sheets);
  return wb;
}

/** Locks every sheet except the amount cells; no password, so a clerk can still lift it knowingly. */
export async function protect(wb: ExcelJS.Workbook): Promise<void> {
  for (const ws of wb.worksheets) await ws.protect('', PROTECTION);
}
