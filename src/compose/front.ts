import type { Plan } from '../model/plan.js';
import { CM, type Block } from '../doc/doc.js';
import { LAYOUT } from '../doc/style.js';
import { heading, para } from './layout.js';
import type { Typeset } from './typeset.js';

/** "(พ.ศ. ๒๕๖๖ - ๒๕๗๐)" */
export function planYears(ts: Typeset, plan: Plan): string {
  return ts.t(`(พ.ศ. ${plan.years[0]} - ${plan.years.at(-1)})`);
}

/** The plan's full title: "แผน… ของเทศบาลนครพิษณุโลก". */
export function fullTitle(plan: Plan): string {
  return `${plan.title}ของ${plan.organisation.name}`;
}

/**
 * The title in lines that each say one thing: "แผนปฏิบัติการป้องกันการทุจริต" / "เพื่อยกระดับคุณธรรมและความโปร่งใส" /
 * "ของเทศบาลนครพิษณุโลก". It breaks before the purpose ("เพื่อ…") and before the owner ("ของ…").
 */
export function titleLines(plan: Plan): string[] {
  const at = plan.title.indexOf('เพื่อ');
  const title = at > 0 ? [plan.title.slice(0, at), plan.title.slice(at)] : [plan.title];
  return [...title, `ของ${plan.organisation.name}`];
}

export function cover(ts: Typeset, plan: Plan): Block[] {
  return [
    ...titleLines(plan).map((line, i) => para([ts.run(line, { bold: true })], { align: 'center', size: 'title', ...(i === 0 && { spaceBefore: 6 * CM }) })),
    para([ts.run(planYears(ts, plan), { bold: true, noBreak: true })], { align: 'center', size: 'title' }),
    para([ts.run(plan.organisation.name, { bold: true })], { align: 'center', size: 'subtitle', spaceBefore: 7 * CM }),
    para([ts.run(`${plan.organisation.district} ${plan.organisation.province}`, { bold: true })], { align: 'center', size: 'subtitle' }),
  ];
}

/** The dimensions as the preface and the announcement list them: "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต". */
export function dimensionLines(ts: Typeset, plan: Plan, indent: number): Block[] {
  // A title that runs on continues under the title, not under "มิติที่", so it never reads as a new item.
  return plan.dimensions.map((d) => para([ts.run(d.title)], { indent, hangingLabel: ts.t(`มิติที่ ${d.number}`) }));
}

export function preface(ts: Typeset, plan: Plan): Block[] {
  const body = (text: string) => para([ts.run(text)], { firstLineIndent: LAYOUT.indent.paragraph });
  return [
    heading(1, [ts.run('คำนำ')], { align: 'center', toc: 'คำนำ', id: 'preface', pageBreakBefore: true }),
    ...plan.preface.before.map(body),
    ...dimensionLines(ts, plan, LAYOUT.indent.paragraph),
    ...plan.preface.after.map(body),
    para([ts.run(plan.organisation.name)], { align: 'right', spaceBefore: 24 }),
  ];
}

export function tableOfContents(): Block[] {
  return [
    heading(1, [{ text: 'สารบัญ' }], { align: 'center', toc: 'สารบัญ', id: 'toc', pageBreakBefore: true }),
    { type: 'toc', title: 'สารบัญ', pageLabel: 'หน้า' },
  ];
}
