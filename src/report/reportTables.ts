import type { Block, Cell, Paragraph } from '../doc/doc.js';
import { para } from '../compose/layout.js';
import { blocksCell, headerCell, table, textCell } from '../compose/table.js';
import type { Typeset } from '../compose/typeset.js';
import { parseThaiDate, type ThaiDate } from '../thai/dates.js';
import { percent, type DimensionFigures, type ProjectRow, type ReportFigures, type Totals } from './figures.js';
import type { RoundEntry } from './schema.js';
import { percentText } from './wording.js';

const TOTAL_FILL = '#F2F2F2';
const DIMENSION_FILL = '#DEEAF6';

const num = (ts: Typeset, n: number) => textCell(ts.n(n), { align: 'center' });
const money = (ts: Typeset, n: number) => textCell(ts.amount(n), { align: 'right' });
const halfYearShown = (f: ReportFigures) => f.round === 12 && f.total.spentHalfYear !== undefined;

/** Projects by status, per dimension and in all. */
export function statusTable(ts: Typeset, f: ReportFigures): Block {
  const row = (label: string, t: Totals, fill?: string): Cell[] =>
    [textCell(label, { bold: !!fill }), num(ts, t.projects), num(ts, t.byStatus.ดำเนินการแล้ว), num(ts, t.byStatus.อยู่ระหว่างดำเนินการ),
      num(ts, t.byStatus.ยังไม่ดำเนินการ), num(ts, t.byStatus.ยกเลิก + t.byStatus.โอนงบ)].map((c) => (fill ? { ...c, fill, bold: true } : c));
  return table([3.2, 1.3, 1.4, 1.6, 1.6, 1.4], 1, [
    ['มิติ', 'ตามแผน', 'ดำเนินการแล้ว', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ดำเนินการ', 'ยกเลิก/โอนงบ'].map((h) => headerCell(h)),
    ...f.dimensions.map((d) => row(ts.t(`มิติที่ ${d.dimension.number}`), d)),
    row('รวม', f.total, TOTAL_FILL),
  ]);
}

/** Budget planned, spent (at 6 months too, in the 12-month report) and the per cent spent. */
export function budgetTable(ts: Typeset, f: ReportFigures): Block {
  const half = halfYearShown(f);
  const row = (label: string, t: Totals, fill?: string): Cell[] =>
    [textCell(label), money(ts, t.planned), ...(half ? [money(ts, t.spentHalfYear ?? 0)] : []), money(ts, t.spent),
      textCell(percentText(ts, percent(t.spent, t.planned)), { align: 'center' })].map((c) => (fill ? { ...c, fill, bold: true } : c));
  return table(half ? [2.2, 2.2, 2.3, 2.3, 1.2] : [3, 2.3, 2.3, 1.3], 1, [
    ['มิติ', 'งบประมาณตามแผน (บาท)', ...(half ? [ts.t('ใช้จ่าย ณ 6 เดือน (บาท)')] : []), ts.t(`ใช้จ่าย ณ ${f.round} เดือน (บาท)`), 'ร้อยละ'].map((h) => headerCell(h)),
    ...f.dimensions.map((d) => row(ts.t(`มิติที่ ${d.dimension.number}`), d)),
    row('รวม', f.total, TOTAL_FILL),
  ]);
}

function dateText(ts: Typeset, text: string | undefined): string | undefined {
  if (!text) return undefined;
  const d = parseThaiDate(text) as ThaiDate;
  return ts.date(d);
}

/** What was done, each with its day or days; a cancelled project's reason first. */
function doneCell(ts: Typeset, entry: RoundEntry): Cell {
  const lines: Paragraph[] = [];
  if (entry.reason) lines.push(para([ts.run(`เหตุผล: ${entry.reason}`)]));
  for (const a of entry.done ?? []) {
    const from = dateText(ts, a.date);
    const until = dateText(ts, a.until);
    // Each date whole on its line, as the memo's and the signature's are: "(๑๐ | พฤศจิกายน" read badly.
    const when = !from ? [] : until
      ? [{ text: ' ' }, ts.run(`(${from}`, { noBreak: true }), { text: ' – ' }, ts.run(`${until})`, { noBreak: true })]
      : [{ text: ' ' }, ts.run(`(${from})`, { noBreak: true })];
    lines.push(para([ts.run(`- ${a.text}`), ...when]));
  }
  return blocksCell(lines.length ? lines : [para([{ text: '–' }], { align: 'center' })]);
}

/** "ผลผลิต: เป้าหมาย ๒ ครั้ง ผล ๓ ครั้ง (บรรลุ)" per numeric indicator. */
function indicatorCell(ts: Typeset, entry: RoundEntry): Cell {
  const lines = (entry.indicators ?? []).map((i) => {
    const unit = i.unit === 'ร้อยละ' ? '' : i.unit ? ` ${i.unit}` : '';
    const value = (v: number) => (i.unit === 'ร้อยละ' ? `ร้อยละ ${ts.n(v)}` : `${ts.n(v)}${unit}`);
    const verdict = i.reached === null ? 'ยังไม่มีผล' : i.reached >= i.target ? 'บรรลุ' : 'ยังไม่บรรลุ';
    // Whole words and figures in a narrow column: "เป้าหมาย" is one word to a Thai reader (ICU splits it).
    return para([
      ts.run(`- ${i.kind}: `), ts.run('เป้าหมาย', { noBreak: true }), { text: ' ' }, ts.run(value(i.target), { noBreak: true }),
      ...(i.reached === null ? [] : [{ text: ' / ' }, ts.run(`ผล ${value(i.reached)}`, { noBreak: true })]),
      { text: ' ' }, ts.run(`(${verdict})`, { noBreak: true }),
    ]);
  });
  return blocksCell(lines.length ? lines : [para([{ text: '–' }], { align: 'center' })]);
}

function projectRow(ts: Typeset, r: ProjectRow, half: boolean): Cell[] {
  return [
    textCell(ts.n(r.project.number), { align: 'center' }),
    // The responsible units' abbreviations under the name: a column of their own is too narrow for หน่วยงาน.
    textCell([ts.run(`${r.project.name} `), ts.run(`(${r.project.responsible.map((x) => x.unit.abbreviation).join(', ')})`, { noBreak: true })]),
    textCell(r.entry.status, { align: 'center' }),
    money(ts, r.planned),
    ...(half ? [money(ts, r.halfYear?.spent ?? 0)] : []),
    money(ts, r.entry.spent),
    doneCell(ts, r.entry),
    indicatorCell(ts, r.entry),
  ];
}

/** Every project of the year, dimension by dimension, with its status, spending, what was done and its indicators. */
export function projectTable(ts: Typeset, f: ReportFigures): Block {
  const half = halfYearShown(f);
  const widths = [0.7, 3.6, 1.6, 1.7, ...(half ? [1.7] : []), 1.7, 5, 2.8];
  const header = ['ที่', 'โครงการ/มาตรการ/กิจกรรม (หน่วยงาน)', 'สถานะ', 'งบตามแผน (บาท)', ...(half ? [ts.t('ใช้จ่าย 6 เดือน')] : []),
    ts.t(`ใช้จ่าย ${f.round} เดือน`), 'ผลการดำเนินงาน', 'ตัวชี้วัด'];
  const span = widths.length;
  const dimensionRow = (d: DimensionFigures): Cell[] => [
    textCell([{ text: ts.t(`มิติที่ ${d.dimension.number} ${d.dimension.title}`), bold: true }], { colSpan: span, fill: DIMENSION_FILL }),
    ...Array.from({ length: span - 1 }, () => ({ blocks: [] })),
  ];
  const totalRow: Cell[] = [
    textCell([{ text: 'รวม', bold: true }], { colSpan: 3, align: 'center', fill: TOTAL_FILL }),
    ...Array.from({ length: 2 }, () => ({ blocks: [] })),
    { ...money(ts, f.total.planned), fill: TOTAL_FILL, bold: true },
    ...(half ? [{ ...money(ts, f.total.spentHalfYear ?? 0), fill: TOTAL_FILL, bold: true }] : []),
    { ...money(ts, f.total.spent), fill: TOTAL_FILL, bold: true },
    { blocks: [], fill: TOTAL_FILL },
    { blocks: [], fill: TOTAL_FILL },
  ];
  const headerRow = header.map((h) => headerCell(h));
  // "(เป้าหมาย/ผล)" stays whole in the narrow column; ending the header with ")" also keeps its last
  // word from reading on into a continued row's first line.
  (headerRow.at(-1)!.blocks[0] as Paragraph).inlines.push({ text: ' ' }, { text: '(เป้าหมาย/ผล)', bold: true, noBreak: true });
  const rows = [headerRow, ...f.dimensions.flatMap((d) => [dimensionRow(d), ...d.rows.map((r) => projectRow(ts, r, half))]), totalRow];
  // Rows may split across pages: a project with much to report can be taller than a page, and pdfmake
  // 0.3.11 drops an unsplittable row that is (measured: rows 2, 4, 8, … of the example with narrower
  // columns); splittable rows also take 33 pages instead of 44. The header row repeats on every page.
  return { ...table(widths, 1, rows), keepRowsTogether: false };
}
