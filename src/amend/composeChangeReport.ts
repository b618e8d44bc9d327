import { CM, type Block, type Doc, type Inline } from '../doc/doc.js';
import { fullTitle, planYears } from '../compose/front.js';
import { heading, LANDSCAPE_MARGINS, para, section } from '../compose/layout.js';
import { Typeset } from '../compose/typeset.js';
import type { Project } from '../model/plan.js';
import { budgetChangeTable } from './budgetTable.js';
import { changeCounts, type PlanChanges } from './changes.js';
import { FACT_GROUPS, thaiFieldName, type FactGroup } from './facts.js';
import { amendmentMeta, versionText } from './naming.js';
import { placeText, projectFields } from './projectFields.js';
import { fieldRows, sideBySide, type SideBySideRow } from './sideBySide.js';
import { valuePair } from './wordDiff.js';

/** Where each version was read from ("git 1a2b3c4 (v1)", "โฟลเดอร์ data/…"), printed under the title. */
export interface VersionSources {
  from: string;
  to: string;
}

const SUMMARY_FIELDS = new Set(['kind', 'under', 'budget', 'responsible']);

/** An added or removed card in brief: its full text is in the amendment document (or the old plan). */
function cardInBrief(ts: Typeset, c: PlanChanges, p: Project, side: 'before' | 'after'): SideBySideRow[] {
  const plan = side === 'after' ? c.to : c.from;
  return projectFields(ts, plan, p)
    .filter((f) => SUMMARY_FIELDS.has(f.key))
    .map((f) => {
      const text = f.lines.map((l) => l.text).join(' ');
      return { label: f.label, pairs: [side === 'after' ? valuePair(undefined, text) : valuePair(text, undefined)] };
    });
}

/** A card's (or a part's) title over its table: bold, with tags such as [ย้าย] or its place after it. */
function title(ts: Typeset, text: string, tags: string[] = []): Inline[] {
  return [ts.run(text, { bold: true }), ...(tags.length ? [ts.run(`  [${tags.join(', ')}]`)] : [])];
}

function summary(ts: Typeset, c: PlanChanges, sources: VersionSources): Block[] {
  const n = changeCounts(c);
  const item = (text: string, count: number) => para([ts.run(`${text} ${count} รายการ`)], { indent: CM, hangingLabel: '-' });
  return [
    heading(1, [ts.run('รายงานการเปลี่ยนแปลง')], { align: 'center' }),
    para([ts.run(fullTitle(c.to), { bold: true })], { align: 'center' }),
    para([ts.run(planYears(ts, c.to), { bold: true, noBreak: true })], { align: 'center', spaceAfter: 8 }),
    para([ts.run(versionText(ts, c.from)), ts.run(` — ${sources.from}`)], { hangingLabel: 'ฉบับเดิม' }),
    para([ts.run(versionText(ts, c.to)), ts.run(` — ${sources.to}`)], { hangingLabel: 'ฉบับใหม่' }),
    heading(2, [ts.run('1. สรุปการเปลี่ยนแปลง')], { spaceBefore: 10 }),
    para([ts.run(`จำนวนโครงการ/มาตรการ/กิจกรรม ฉบับเดิม ${c.from.projects.length} รายการ ฉบับใหม่ ${c.to.projects.length} รายการ`)], { indent: CM }),
    item('เพิ่ม', n.added),
    item('ยกเลิก', n.removed),
    item('ย้ายมิติ/ภารกิจหรือหน่วยงานผู้รับผิดชอบ', n.moved),
    item('เปลี่ยนชื่อ', n.renamed),
    item('แก้ไขรายละเอียด (รวมที่ย้ายและเปลี่ยนชื่อ)', n.changed),
    item('ข้อมูลอื่นนอกบัตรโครงการ (คำสั่ง ประกาศ ข้อความของแผน ฯลฯ)', n.facts),
    heading(2, [ts.run('2. งบประมาณก่อนและหลังการเปลี่ยนแปลง (บาท)')], { spaceBefore: 10, pageBreakBefore: true }),
    para([ts.run('แต่ละช่องแสดงงบประมาณฉบับเดิม ฉบับใหม่ และผลต่าง (ฉบับใหม่ลบฉบับเดิม; + คือเพิ่มขึ้น - คือลดลง) ตามลำดับ')], { indent: CM, spaceAfter: 4 }),
    budgetChangeTable(ts, c.years, c.budget.dimensions, c.budget.total),
    heading(2, [ts.run('3. งบประมาณที่เปลี่ยนแปลงรายโครงการ (บาท)')], { spaceBefore: 10, pageBreakBefore: true }),
    ...(c.budget.projects.length
      ? [budgetChangeTable(ts, c.years, c.budget.projects)]
      : [para([ts.run('ไม่มีโครงการใดเปลี่ยนงบประมาณ')], { indent: CM })]),
  ];
}

function details(ts: Typeset, c: PlanChanges): Block[] {
  const blocks: Block[] = [
    heading(2, [ts.run('4. รายละเอียดการเปลี่ยนแปลง')], { pageBreakBefore: true }),
    para([ts.run('คำที่พิมพ์ตัวหนาคือคำที่ถูกลบออก (ช่องฉบับเดิม) หรือเพิ่มเข้ามา (ช่องฉบับใหม่); บรรทัดที่ไม่เปลี่ยนไม่แสดง')], { indent: CM, spaceAfter: 4 }),
  ];
  const part = (title: string, body: Block[]) => blocks.push(heading(3, [ts.run(title)], { spaceBefore: 10 }), ...body);
  const none = [para([ts.run('ไม่มี')], { indent: CM })];

  part('4.1 โครงการที่เพิ่ม', c.added.length ? c.added.map((p) => sideBySide(title(ts, `${p.number}. ${p.name}`, [placeText(ts, p)]), cardInBrief(ts, c, p, 'after'))) : none);
  part('4.2 โครงการที่ยกเลิก', c.removed.length ? c.removed.map((p) => sideBySide(title(ts, `(เดิม ${p.number}.) ${p.name}`, [placeText(ts, p)]), cardInBrief(ts, c, p, 'before'))) : none);
  part('4.3 โครงการที่แก้ไข', c.changed.length ? c.changed.flatMap((p) => {
    const tags = [...(p.moved ? ['ย้าย'] : []), ...(p.renamed ? ['เปลี่ยนชื่อ'] : [])];
    const numbers = p.before.number === p.after.number ? `${p.after.number}.` : `${p.after.number}. (เดิม ${p.before.number}.)`;
    return [sideBySide(title(ts, `${numbers} ${p.after.name}`, tags), fieldRows(p.fields))];
  }) : none);
  const groups = (Object.keys(FACT_GROUPS) as FactGroup[]).filter((g) => c.facts.some((f) => f.group === g));
  part('4.4 ข้อมูลอื่นนอกบัตรโครงการ', groups.length ? groups.flatMap((g) => [
    sideBySide(title(ts, FACT_GROUPS[g]), c.facts.filter((f) => f.group === g).map((f) => ({
      label: [ts.t(thaiFieldName(f.path)), f.path].filter(Boolean).join('\n'), pairs: [valuePair(f.before === undefined ? undefined : ts.t(f.before), f.after === undefined ? undefined : ts.t(f.after))],
    })), 'ฟิลด์', 180),
  ]) : none);
  return blocks;
}

/**
 * The change report for the council and auditors: counts, the budget before and after per year with
 * the differences, then every change with the old and new readings side by side.
 */
export function composeChangeReport(c: PlanChanges, sources: VersionSources): Doc {
  const ts = new Typeset(c.to.digits);
  const numbering = { style: 'numbers', position: 'top-right', restart: true, digits: c.to.digits } as const;
  return {
    meta: amendmentMeta(c, ts.t(`รายงานการเปลี่ยนแปลง${fullTitle(c.to)} ${c.from.version} → ${c.to.version}`), 'รายงานการเปลี่ยนแปลงแผน'),
    sections: [section('changes', [...summary(ts, c, sources), ...details(ts, c)], { orientation: 'landscape', margins: LANDSCAPE_MARGINS, numbering })],
  };
}
