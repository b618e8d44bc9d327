import { partTwo } from '../compose/budget.js';
import type { Block, Doc } from '../doc/doc.js';
import { fullTitle, planYears } from '../compose/front.js';
import { heading, LANDSCAPE_MARGINS, para, section } from '../compose/layout.js';
import { projectCard } from '../compose/projects.js';
import { BODY_INDENT } from '../compose/content.js';
import { Typeset } from '../compose/typeset.js';
import type { PlanChanges } from './changes.js';
import type { AmendmentFacts } from './amendmentFacts.js';
import { amendmentKind, amendmentMeta } from './naming.js';
import { placeText } from './projectFields.js';

/** "(ฉบับเพิ่มเติมและเปลี่ยนแปลง ครั้งที่ ๑)" */
export function amendmentLabel(ts: Typeset, c: PlanChanges, facts: AmendmentFacts): string {
  return ts.t(`(ฉบับ${amendmentKind(c)} ครั้งที่ ${facts.number})`);
}

/** One line per change, as the amendment and its announcement list them. */
export function changeItems(c: PlanChanges): string[] {
  return [
    ...c.added.map((p) => `เพิ่มเติม${p.kind} “${p.name}” (${p.number}) ในมิติที่ ${p.dimension.number}`),
    ...c.removed.map((p) => `ยกเลิก${p.kind} “${p.name}” (เดิมลำดับที่ ${p.number})`),
    ...c.changed.map((p) => `เปลี่ยนแปลง${p.after.kind} “${p.after.name}” (${p.after.number}) ในหัวข้อ${p.fields.map((f) => f.label).join(' ')}`),
    ...(c.facts.length ? [`เปลี่ยนแปลงข้อมูลอื่นของแผน ${c.facts.length} รายการ ตามรายงานการเปลี่ยนแปลง`] : []),
  ];
}

/**
 * The amendment in the form authorities issue it: the reasons, what is added, cancelled and changed,
 * every new and changed card in full as the plan prints it, and the whole budget summary as revised.
 */
export function composeAmendment(c: PlanChanges, facts: AmendmentFacts): Doc {
  const ts = new Typeset(c.to.digits);
  const plan = c.to;
  const kind = amendmentKind(c);
  const numbers = (restart: boolean) => ({ style: 'numbers', position: 'top-right', restart, digits: plan.digits }) as const;
  const body = (text: string) => para([ts.run(text)], { firstLineIndent: BODY_INDENT * 2 });
  const front: Block[] = [
    para([ts.run(fullTitle(plan), { bold: true })], { align: 'center', size: 'title' }),
    para([ts.run(planYears(ts, plan), { bold: true, noBreak: true })], { align: 'center', size: 'title' }),
    para([ts.run(amendmentLabel(ts, c, facts), { bold: true, noBreak: true })], { align: 'center', size: 'subtitle', spaceAfter: 12 }),
    heading(2, [ts.run(`1. เหตุผลในการ${kind}`)], { spaceBefore: 6 }),
    ...facts.reasons.map(body),
    heading(2, [ts.run(`2. รายการที่${kind}`)], { spaceBefore: 6 }),
    { type: 'list', items: changeItems(c).map((text, i) => ({ label: ts.n(`${i + 1})`), inlines: [ts.run(text)] })), indent: BODY_INDENT },
  ];
  const cards = [...c.added, ...c.changed.map((p) => p.after)].sort((a, b) => a.number - b.number);
  const cardBlocks: Block[] = cards.flatMap((p, i) => [
    // Every card starts a page, as in the plan.
    i === 0 ? heading(2, [ts.run(`3. รายละเอียดโครงการ/มาตรการ/กิจกรรมที่${kind}`)], { pageBreakBefore: true }) : { type: 'pageBreak' },
    para([ts.run(placeText(ts, p))], { keepWithNext: true, spaceBefore: 6 }),
    ...projectCard(ts, plan, p, false),
  ]);
  // The plan's budget summary as it now stands, under the amendment's own heading.
  const budget: Block[] = [
    heading(2, [ts.run(`${cards.length ? 4 : 3}. งบประมาณ ${amendmentLabel(ts, c, facts)}`)], { align: 'center' }),
    ...partTwo(ts, plan).filter((b) => b.type !== 'heading'),
  ];
  return {
    meta: amendmentMeta(c, ts.t(`${fullTitle(plan)} ${planYears(ts, plan)} ${amendmentLabel(ts, c, facts)}`), `แผนปฏิบัติการ${kind}`),
    sections: [
      section('amendment', [...front, ...cardBlocks], { numbering: numbers(true) }),
      section('amendment-budget', budget, { orientation: 'landscape', margins: LANDSCAPE_MARGINS, numbering: numbers(false) }),
    ],
  };
}
