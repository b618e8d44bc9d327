import type ExcelJS from 'exceljs';
import { AMOUNT_FORMAT, FONT, FONT_SIZE } from './layout.js';
import { rowHeightFor } from './widths.js';

/** Rows above the first project (or dimension): title, how to read or fill in, column headers. */
export const TITLE_ROW = 1;
export const NOTE_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_ROW = 4;

export const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT, size: FONT_SIZE, ...extra });
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
export const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const HEADER_FILL = 'FFD9D9D9';
const TOTAL_FILL = 'FFF2F2F2';

export const sum = (amounts: Iterable<number>) => [...amounts].reduce((a, b) => a + b, 0);

/** Printed on A4 across, as wide as the page and as many pages down as it takes; the headers repeat. */
export const pageSetup = (): Partial<ExcelJS.PageSetup> => ({
  paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
  printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
});

/** The title (set larger) and a line under it, across the sheet's columns. */
export function titleRows(ws: ExcelJS.Worksheet, fromCol: number, lastCol: number, title: string, note: string) {
  ws.mergeCells(TITLE_ROW, fromCol, TITLE_ROW, lastCol);
  ws.mergeCells(NOTE_ROW, fromCol, NOTE_ROW, lastCol);
  Object.assign(ws.getCell(TITLE_ROW, fromCol), { value: title, font: font({ bold: true, size: FONT_SIZE + 2 }) });
  Object.assign(ws.getCell(NOTE_ROW, fromCol), { value: note, font: font({ color: { argb: 'FF595959' } }) });
  ws.getRow(TITLE_ROW).height = rowHeightFor('ก', 100, true, FONT_SIZE + 2);
  ws.getRow(NOTE_ROW).height = rowHeightFor('ก', 100);
}

export function headerRow(ws: ExcelJS.Worksheet, headers: string[]) {
  headers.forEach((text, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = text;
    cell.font = font({ bold: true });
    cell.fill = fill(HEADER_FILL);
    cell.border = border;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
}

/** A row of the table: framed, in Sarabun, amounts from `firstAmountCol` on with thousands separators. */
export function styleRow(ws: ExcelJS.Worksheet, r: number, cols: { from: number; to: number; firstAmount: number; wrap: number[] }, total = false) {
  for (let col = cols.from; col <= cols.to; col++) {
    const c = ws.getCell(r, col);
    c.font = font({ bold: total });
    c.border = border;
    if (total) c.fill = fill(TOTAL_FILL);
    else c.alignment = { vertical: 'top', wrapText: cols.wrap.includes(col) };
    if (col >= cols.firstAmount) c.numFmt = AMOUNT_FORMAT;
  }
}
