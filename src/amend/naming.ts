import type { DocMeta } from '../doc/doc.js';
import { documentDate } from '../compose/plan.js';
import type { Typeset } from '../compose/typeset.js';
import type { Plan } from '../model/plan.js';
import { formatThaiDate } from '../thai/dates.js';
import type { PlanChanges } from './changes.js';

/**
 * เพิ่มเติม when cards were only added, เปลี่ยนแปลง when nothing was added, both when both: the word
 * the amendment's title and announcement use.
 */
export function amendmentKind(c: PlanChanges): string {
  const changedOtherwise = c.removed.length + c.changed.length + c.facts.length > 0;
  if (!c.added.length) return 'เปลี่ยนแปลง';
  return changedOtherwise ? 'เพิ่มเติมและเปลี่ยนแปลง' : 'เพิ่มเติม';
}

/** "r2-2566-03 (ฉบับแก้ไขที่ ๒ มีนาคม พ.ศ. ๒๕๖๖)" */
export function versionText(ts: Typeset, plan: Plan): string {
  return ts.t(`${plan.version} (ฉบับแก้ไขที่ ${plan.revision.number} ${formatThaiDate(plan.revision.date)})`);
}

/** "r1-2565-09..r2-2566-03": names the amendment's folder and files. */
export const rangeName = (c: PlanChanges) => `${c.from.version}..${c.to.version}`;

export function amendmentMeta(c: PlanChanges, title: string, subject: string): DocMeta {
  const plan = c.to;
  return {
    title,
    author: plan.organisation.name,
    subject,
    keywords: ['ITA', 'แผนปฏิบัติการป้องกันการทุจริต', plan.organisation.name, plan.id, c.from.version, c.to.version],
    language: 'th-TH',
    date: documentDate(plan),
    names: [plan.organisation.name, ...plan.units.map((u) => u.name)],
  };
}
