import type { Plan, Project } from '../model/plan.js';
import type { Block, Inline, Paragraph } from '../doc/doc.js';
import { LAYOUT } from '../doc/style.js';
import { BODY_INDENT, contentBlocks } from './content.js';
import { heading, para } from './layout.js';
import type { Typeset } from './typeset.js';

/**
 * Field labels of a project card, as the NACC template names them. The signed source varies its
 * wording from card to card; the plan uses one wording (recorded in errata).
 */
export const CARD_LABELS = {
  name: 'ชื่อโครงการ',
  rationale: 'หลักการและเหตุผล/ที่มาของโครงการ',
  objectives: 'วัตถุประสงค์',
  targetGroup: 'กลุ่มเป้าหมาย',
  method: 'วิธีดำเนินการ',
  duration: 'ระยะเวลาดำเนินการ',
  budget: 'งบประมาณดำเนินการ',
  responsible: 'ผู้รับผิดชอบโครงการ',
  results: 'ผลผลิต/ผลลัพธ์',
  outputs: 'ผลผลิต',
  outcomes: 'ผลลัพธ์',
} as const;

/** Space above a field's label ("๒. หลักการและเหตุผล"). */
const FIELD_SPACE = 2;
/** Space above a card's title, where one card ends and the next begins. */
const CARD_SPACE = 14;
const FIELD_INDENT = LAYOUT.indent.cardField;
/** A field's one paragraph starts where a body paragraph's first line does, in every field. */
const fieldLine = (ts: Typeset, inlines: Inline[]): Paragraph => para(inlines, { firstLineIndent: FIELD_INDENT + BODY_INDENT });

function budgetLines(ts: Typeset, plan: Plan, project: Project): Block[] {
  const b = project.budget;
  if (!b || [...b.perYear.values()].every((v) => v === 0)) {
    return [fieldLine(ts, [ts.run('ไม่ใช้งบประมาณ')])];
  }
  const values = [...b.perYear.values()];
  const funded = plan.years.filter((y) => (b.perYear.get(y) ?? 0) > 0);
  const note = b.note ? ` ${ts.t(b.note)}` : '';
  if (values.every((v) => v === values[0])) {
    return [fieldLine(ts, [ts.run(`ปีละ ${ts.amountWithWords(values[0]!)}`), ts.run(note)])];
  }
  return [
    ...funded.map((y) => fieldLine(ts, [ts.run(`ปีงบประมาณ พ.ศ. ${y}`, { noBreak: true }), ts.run(` เป็นเงิน ${ts.amountWithWords(b.perYear.get(y)!)}`)])),
    ...(note ? [fieldLine(ts, [ts.run(note.trim())])] : []),
  ];
}

/** One line per responsible unit, so a section never reads as belonging to the next unit. */
function responsibleLines(project: Project): string[] {
  return project.responsible.map((r) => (r.section ? `${r.section} ${r.unit.name}` : r.unit.name));
}

/**
 * One project card, fields ๑–๙ as in the NACC template. Cards follow one another as in the signed original; the last
 * card of a dimension (which a new page follows) keeps its last fields together, so its last page is never a line or
 * two.
 */
export function projectCard(ts: Typeset, plan: Plan, project: Project, endsDimension: boolean): Block[] {
  const label = (n: number, text: string, extra: Block[] = []) => [
    para([ts.run(`${n}. ${text}`, { bold: true })], { spaceBefore: FIELD_SPACE, keepWithNext: true }),
    ...extra,
  ];
  const field = (n: number, text: string, content: Project['rationale']) =>
    label(n, text, contentBlocks(ts, content, { indent: FIELD_INDENT }));
  const duration = project.duration ?? [`ปีงบประมาณ พ.ศ. ${plan.years[0]} - ${plan.years.at(-1)}`];
  const head = [
    heading(3, [ts.run(`1. ${CARD_LABELS.name} : `), ts.run(project.name), ts.run(` (${project.number})`, { noBreak: true })], {
      id: `project-${project.number}`,
      spaceBefore: CARD_SPACE,
    }),
    ...field(2, CARD_LABELS.rationale, project.rationale),
    ...field(3, CARD_LABELS.objectives, project.objectives),
    ...field(4, CARD_LABELS.targetGroup, project.targetGroup),
    ...field(5, CARD_LABELS.method, project.method),
    ...field(6, CARD_LABELS.duration, duration),
    ...label(7, CARD_LABELS.budget, budgetLines(ts, plan, project)),
  ];
  const tail = [
    ...label(8, CARD_LABELS.responsible, responsibleLines(project).map((line) => fieldLine(ts, [ts.run(line)]))),
    ...label(9, CARD_LABELS.results),
    para([ts.run(CARD_LABELS.outputs, { bold: true })], { indent: FIELD_INDENT, keepWithNext: true }),
    ...contentBlocks(ts, project.outputs, { indent: FIELD_INDENT + BODY_INDENT / 2 }),
    para([ts.run(CARD_LABELS.outcomes, { bold: true })], { indent: FIELD_INDENT, keepWithNext: true, spaceBefore: 4 }),
    ...contentBlocks(ts, project.outcomes, { indent: FIELD_INDENT + BODY_INDENT / 2 }),
  ];
  if (!endsDimension) return [...head, ...tail];
  // The card's last fields stay together: its last page holds at least these (the writers cap how much moves).
  return [...head, ...tail.map((b, i) => (i < tail.length - 1 && (b.type === 'paragraph' || b.type === 'list') ? { ...b, keepWithNext: true } : b))];
}

/**
 * ส่วนที่ ๓: dimension, mission and sub-mission headings and the cards, one after another; each dimension starts a
 * new page, as in the signed original (its dimensions start on pages ๑๓, ๔๗, ๙๓, ๑๐๘).
 */
export function partThree(ts: Typeset, plan: Plan): Block[] {
  const blocks: Block[] = [
    heading(1, [ts.run('ส่วนที่ 3')], { align: 'center', toc: ts.t('ส่วนที่ 3 รายละเอียดโครงการ/มาตรการ/กิจกรรม'), id: 'part-3', pageBreakBefore: true }),
    heading(1, [ts.run(plan.title)], { align: 'center' }),
  ];
  let dimension = '';
  let mission = '';
  let subMission = '';
  plan.projects.forEach((p, index) => {
    const headings: Block[] = [];
    if (p.dimension.id !== dimension) {
      headings.push(heading(1, [ts.run(`มิติที่ ${p.dimension.number}`)], {
        align: 'center', toc: ts.t(`มิติที่ ${p.dimension.number} ${p.dimension.title}`), tocLevel: 1, id: `dimension-${p.dimension.number}`,
      }));
      headings.push(heading(1, [ts.run(p.dimension.title)], { align: 'center' }));
      dimension = p.dimension.id;
      mission = subMission = '';
    }
    if (p.mission.id !== mission) {
      headings.push(heading(2, [ts.run(`${p.mission.number} ${p.mission.title}`)], { spaceBefore: 6 }));
      mission = p.mission.id;
      subMission = '';
    }
    if (p.subMission && p.subMission.id !== subMission) {
      // Sub-missions with no card of their own are still listed, in order, before the next card.
      const subs = p.mission.subMissions;
      const from = subs.findIndex((s) => s.id === subMission) + 1;
      for (const s of subs.slice(from, subs.indexOf(p.subMission) + 1)) {
        headings.push(heading(2, [ts.run(`${s.number} ${s.title}`)], { spaceBefore: 4 }));
      }
      subMission = p.subMission.id;
    }
    const first = headings[0];
    if (index > 0 && first?.type === 'heading' && p.dimension.id !== plan.projects[index - 1]!.dimension.id) first.pageBreakBefore = true;
    const next = plan.projects[index + 1];
    blocks.push(...headings, ...projectCard(ts, plan, p, !next || next.dimension.id !== p.dimension.id));
  });
  return blocks;
}
