import type { Plan, Project, YearAmounts } from '../model/plan.js';
import type { Block, Cell } from '../doc/doc.js';
import { fullTitle, planYears } from './front.js';
import { heading, para } from './layout.js';
import { headerCell, table, textCell } from './table.js';
import type { Typeset } from './typeset.js';
import { LAYOUT } from '../doc/style.js';

const empty = (): Cell => ({ blocks: [] });

/** The budget table's remarks: responsible units' abbreviations and the funding note. */
export function budgetRemarks(project: Project): string {
  const units = [...new Set(project.responsible.map((r) => r.unit.abbreviation))].join(' ');
  return project.budget?.note ? `${units} (${project.budget.note})` : units;
}

/** "๓ โครงการ" when every item is of one kind, else "๕ รายการ": one มาตรการ and one กิจกรรม are not "๒ โครงการ". */
export function countOf(projects: Project[]): string {
  const kinds = new Set(projects.map((p) => p.kind));
  return `${projects.length} ${kinds.size === 1 ? [...kinds][0] : 'รายการ'}`;
}

/**
 * ส่วนที่ ๒: every project with its budget per fiscal year, in one continuous table whose header repeats on every
 * page: each dimension a band across the width, its projects, its subtotal; the grand total last. The dimension
 * spans the width instead of taking a column, so the project names get the room (the style sheet's column shares),
 * and every row carries its mission's number, so a row at the top of a page still says where it belongs.
 */
export function partTwo(ts: Typeset, plan: Plan): Block[] {
  const amounts = (perYear: YearAmounts | undefined, bold = false) =>
    plan.years.map((y) => {
      const v = perYear?.get(y) ?? 0;
      return textCell([{ text: v ? ts.amount(v) : '-', bold, noBreak: true }], { align: v ? 'right' : 'center' });
    });
  const columns = 2 + plan.years.length + 1;
  const share = LAYOUT.budgetColumns;
  const widths = [share.mission, share.project, ...plan.years.map(() => share.year), share.remarks];
  const fill = LAYOUT.fill;
  const columnHeader: Cell[][] = [
    [
      headerCell('ภารกิจตามมิติ', { rowSpan: 2 }),
      headerCell('โครงการ/กิจกรรม/มาตรการ', { rowSpan: 2 }),
      headerCell('งบประมาณ (บาท)', { colSpan: plan.years.length }),
      ...plan.years.slice(1).map(empty),
      headerCell('หมายเหตุ', { rowSpan: 2 }),
    ],
    [empty(), empty(), ...plan.years.map((y) => headerCell(ts.t(`ปี ${y}`))), empty()],
  ];
  const total = (label: string, perYear: YearAmounts, shade: string): Cell[] =>
    [
      textCell([{ text: label, bold: true }], { align: 'center', colSpan: 2 }),
      empty(),
      ...amounts(perYear, true),
      empty(),
    ].map((c) => ({ ...c, fill: shade }));

  const rows: Cell[][] = [...columnHeader];
  for (const d of plan.dimensions) {
    rows.push([textCell([{ text: ts.t(`มิติที่ ${d.number} ${d.title}`), bold: true }], { colSpan: columns, fill: fill.band }), ...Array.from({ length: columns - 1 }, empty)]);
    for (const p of d.projects) {
      rows.push([
        textCell(ts.n(p.subMission?.number ?? p.mission.number), { align: 'center' }),
        textCell(ts.t(`${p.number}. ${p.name}`)),
        ...amounts(p.budget?.perYear),
        textCell(ts.t(budgetRemarks(p)), { align: 'center' }),
      ]);
    }
    rows.push(total(ts.t(`รวมมิติที่ ${d.number} (${countOf(d.projects)})`), d.budgetPerYear, fill.band));
  }
  rows.push(total(ts.t(`รวมทั้งสิ้น ${countOf(plan.projects)}`), plan.totalPerYear, fill.total));

  return [
    heading(1, [ts.run('ส่วนที่ 2')], { align: 'center', toc: ts.t('ส่วนที่ 2 งบประมาณ'), id: 'part-2' }),
    heading(1, [ts.run('งบประมาณ')], { align: 'center' }),
    para([ts.run(fullTitle(plan), { bold: true })], { align: 'center' }),
    para([ts.run(`${planYears(ts, plan).replace(/[()]/g, '')}`, { bold: true, noBreak: true })], { align: 'center', spaceAfter: 4 }),
    table(widths, columnHeader.length, rows),
  ];
}
