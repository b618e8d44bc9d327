import type { Plan } from '../model/plan.js';
import type { ImportResult } from './importBudgets.js';

const baht = (n: number | undefined) => (n === undefined ? '(ว่าง)' : n.toLocaleString('en-US'));

/** Fixed-width columns for the console: Thai marks above and below take no width of their own. */
const visibleLength = (s: string) => s.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length;
const padStart = (s: string, width: number) => ' '.repeat(Math.max(0, width - visibleLength(s))) + s;
const padEnd = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - visibleLength(s)));

/** Budget totals per dimension and for the plan, a column per fiscal year. */
export function totalsTable(plan: Plan): string {
  const rows = [
    ...plan.dimensions.map((d) => [`มิติที่ ${d.number}`, ...plan.years.map((y) => baht(d.budgetPerYear.get(y)))]),
    ['รวม', ...plan.years.map((y) => baht(plan.totalPerYear.get(y)))],
  ];
  const head = ['', ...plan.years.map(String)];
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => visibleLength(r[i]!))));
  const line = (r: string[]) => `  ${r.map((cell, i) => (i === 0 ? padEnd(cell, widths[i]!) : padStart(cell, widths[i]!))).join('  ')}`;
  return [line(head), ...rows.map(line)].join('\n');
}

/** What an import changed, one line per amount, then the new totals. */
export function importReport(result: ImportResult): string {
  if (result.changes.length === 0) return 'ไม่มีงบประมาณที่เปลี่ยน ไม่ได้แก้ไฟล์ใด — no budget changed; no file written\n';
  const lines = [
    `แก้งบประมาณ ${result.changes.length} รายการ ใน ${result.filesWritten.join(', ')} — ${result.changes.length} amount(s) changed:`,
    ...result.changes.map((c) => `  ${c.number}. ${c.name} (${c.id})  ปี ${c.year}: ${baht(c.old)} → ${baht(c.value)} บาท`),
    '',
    'ยอดรวมใหม่ (บาท) — new totals (baht):',
    totalsTable(result.plan),
  ];
  return `${lines.join('\n')}\n`;
}
