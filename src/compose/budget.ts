import type { Plan, Project, YearAmounts } from '../model/plan.js';
import type { Block, Cell } from './doc.js';
import { fullTitle, planYears } from './front.js';
import { heading, para } from './layout.js';
import { headerCell, table, textCell } from './table.js';
import type { Typeset } from './typeset.js';

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
 * ส่วนที่ ๒: every project with its budget per fiscal year, a table per dimension whose header (the
 * columns, then the dimension across the width) repeats on every page the dimension runs on, a
 * subtotal per dimension and, in the last table, the grand total. The dimension spans the width
 * instead of taking a column, so the project names get the room (the amounts need ~76 pt each).
 */
export function partTwo(ts: Typeset, plan: Plan): Block[] {
  const amounts = (perYear: YearAmounts | undefined, bold = false) =>
    plan.years.map((y) => {
      const v = perYear?.get(y) ?? 0;
      return textCell([{ text: v ? ts.amount(v) : '-', bold, noBreak: true }], { align: v ? 'right' : 'center' });
    });
  const columns = 2 + plan.years.length + 1;
  const widths = [45, 175, ...plan.years.map(() => 84), 116];
  const columnHeader: Cell[][] = [
    [
      headerCell('ภารกิจตามมิติ', { rowSpan: 2 }),
      headerCell('โครงการ/กิจกรรม/มาตรการ', { rowSpan: 2 }),
      ...plan.years.map((y) => headerCell(ts.t(`ปี ${y}`))),
      headerCell('หมายเหตุ', { rowSpan: 2 }),
    ],
    [empty(), empty(), ...plan.years.map(() => headerCell('งบประมาณ (บาท)')), empty()],
  ];
  const total = (label: string, perYear: YearAmounts, fill: string): Cell[] =>
    [
      textCell([{ text: label, bold: true }], { align: 'center', colSpan: 2 }),
      empty(),
      ...amounts(perYear, true),
      empty(),
    ].map((c) => ({ ...c, fill }));

  const tables = plan.dimensions.map((d, i) => {
    const rows: Cell[][] = [
      ...columnHeader,
      [textCell([{ text: ts.t(`มิติที่ ${d.number} ${d.title}`), bold: true }], { colSpan: columns, fill: '#F2F2F2' }), ...Array.from({ length: columns - 1 }, empty)],
    ];
    let lastPlace = '';
    for (const p of d.projects) {
      const place = p.subMission?.number ?? p.mission.number;
      rows.push([
        textCell(place !== lastPlace ? ts.n(place) : '', { align: 'center' }),
        textCell(ts.t(`${p.number}. ${p.name}`)),
        ...amounts(p.budget?.perYear),
        textCell(ts.t(budgetRemarks(p)), { align: 'center' }),
      ]);
      lastPlace = place;
    }
    rows.push(total(ts.t(`รวม ${countOf(d.projects)}`), d.budgetPerYear, '#F2F2F2'));
    if (i === plan.dimensions.length - 1) rows.push(total(ts.t(`รวมทั้งสิ้น ${countOf(plan.projects)}`), plan.totalPerYear, '#D9D9D9'));
    return table(widths, columnHeader.length + 1, rows);
  });

  return [
    heading(1, [ts.run('ส่วนที่ 2')], { align: 'center', toc: ts.t('ส่วนที่ 2 งบประมาณ'), id: 'part-2' }),
    heading(1, [ts.run('งบประมาณ')], { align: 'center' }),
    para([ts.run(fullTitle(plan), { bold: true })], { align: 'center' }),
    para([ts.run(planYears(ts, plan).replace(/[()]/g, ''), { bold: true, noBreak: true })], { align: 'center' }),
    para([ts.run(plan.organisation.name, { bold: true })], { align: 'center', spaceAfter: 6 }),
    ...tables,
  ];
}
