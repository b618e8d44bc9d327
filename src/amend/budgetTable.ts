import type { Block, Cell, Paragraph } from '../doc/doc.js';
import { headerCell, table, textCell } from '../compose/table.js';
import type { Typeset } from '../compose/typeset.js';
import type { YearAmounts } from '../model/plan.js';
import { sumOf, type BudgetRow } from './changes.js';

/** "+๒๐,๐๐๐", "-๕,๐๐๐", "๐": a difference always shows its sign, so it never reads as an amount. */
export function signedAmount(ts: Typeset, value: number): string {
  return value > 0 ? `+${ts.amount(value)}` : value < 0 ? `-${ts.amount(-value)}` : ts.n(0);
}

const line = (text: string, bold = false): Paragraph => ({ type: 'paragraph', inlines: [{ text, bold, noBreak: true }], align: 'right' });

/**
 * Before, after and the difference, stacked in one cell per year: one table row per item, so the
 * three never part across a page.
 */
function amountsCell(ts: Typeset, before: number, after: number, fill?: string): Cell {
  const amount = (v: number) => (v ? ts.amount(v) : '-');
  return { blocks: [line(amount(before)), line(amount(after)), line(signedAmount(ts, after - before), after !== before)], fill };
}

/** Rows of items (dimensions, projects, the total), each with its amounts per fiscal year and over all years. */
export function budgetChangeTable(ts: Typeset, years: number[], rows: BudgetRow[], totalRow?: BudgetRow): Block {
  const kinds: Cell = { blocks: ['เดิม', 'ใหม่', 'ผลต่าง'].map((t) => ({ type: 'paragraph', inlines: [{ text: t }], align: 'center' })) };
  const row = (r: BudgetRow, fill?: string): Cell[] => {
    const of = (m: YearAmounts, y: number) => m.get(y) ?? 0;
    return [
      textCell([{ text: ts.t(r.label), bold: Boolean(fill) }], { fill }),
      { ...kinds, fill },
      ...years.map((y) => amountsCell(ts, of(r.before, y), of(r.after, y), fill)),
      amountsCell(ts, sumOf(r.before, years), sumOf(r.after, years), fill ?? '#F2F2F2'),
    ];
  };
  const header: Cell[] = [
    headerCell('รายการ'),
    headerCell('ฉบับ'),
    ...years.map((y) => headerCell(ts.t(`ปี ${y}`))),
    headerCell(ts.t(`รวม ${years.length} ปี`)),
  ];
  return table([170, 44, ...years.map(() => 84), 92], 1, [header, ...rows.map((r) => row(r)), ...(totalRow ? [row(totalRow, '#D9D9D9')] : [])]);
}
