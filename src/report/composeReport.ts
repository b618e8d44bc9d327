import { CM, type Block, type Doc, type DocMeta, type PageNumbering } from '../doc/doc.js';
import { heading, LANDSCAPE_MARGINS, para, section } from '../compose/layout.js';
import { Typeset } from '../compose/typeset.js';
import type { Plan } from '../model/plan.js';
import { parseThaiDate, toUtcDate, type ThaiDate } from '../thai/dates.js';
import { budgetChart, statusChart } from './charts.js';
import { percent, type ReportFigures } from './figures.js';
import type { Progress } from './loadProgress.js';
import { budgetTable, projectTable, statusTable } from './reportTables.js';
import { roundKey } from './schema.js';
import { EXAMPLE_NOTE, percentText, reportTitle, reportTitleLine, roundName } from './wording.js';

const BODY_INDENT = 2.5 * CM;

/** The day a round is reported (checked present before composing). */
export function reportDate(progress: Progress, round: ReportFigures['round']): ThaiDate {
  return parseThaiDate(progress.data.rounds[roundKey(round)]!.date!) as ThaiDate;
}

/** Creation date written into the outputs: SOURCE_DATE_EPOCH when set, else the day the round is reported. */
export function reportDocumentDate(progress: Progress, round: ReportFigures['round']): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : toUtcDate(reportDate(progress, round));
}

export function reportMeta(plan: Plan, progress: Progress, f: ReportFigures, title: string, subject: string): DocMeta {
  return {
    title,
    author: plan.organisation.name,
    subject,
    keywords: ['ITA', 'รายงานผลการดำเนินงาน', plan.organisation.name, plan.id, `${f.year}-r${f.round}`, ...(progress.data.example ? ['ตัวอย่าง'] : [])],
    language: 'th-TH',
    date: reportDocumentDate(progress, f.round),
    names: [plan.organisation.name, ...plan.units.map((u) => u.name)],
  };
}

/** The counts and sums of the summary, in words a reader takes in one pass. */
function summaryText(ts: Typeset, plan: Plan, f: ReportFigures): string[] {
  const t = f.total;
  const s = t.byStatus;
  return [
    ts.t(`ตาม${plan.title}ของ${plan.organisation.name} ปีงบประมาณ พ.ศ. ${f.year} มีโครงการ/มาตรการ/กิจกรรมที่ต้องดำเนินการ ${t.projects} รายการ `
      + `ใน ${f.dimensions.length} มิติ งบประมาณตามแผนรวม ${ts.amountWithWords(t.planned)}`),
    ts.t(`ผลการดำเนินงาน${roundName(ts, f.round)} ดำเนินการแล้ว ${s.ดำเนินการแล้ว} รายการ อยู่ระหว่างดำเนินการ ${s.อยู่ระหว่างดำเนินการ} รายการ `
      + `ยังไม่ดำเนินการ ${s.ยังไม่ดำเนินการ} รายการ ยกเลิกหรือโอนงบ ${s.ยกเลิก + s.โอนงบ} รายการ ใช้จ่ายงบประมาณ ${ts.amountWithWords(t.spent)} `
      + `คิดเป็นร้อยละ ${percentText(ts, percent(t.spent, t.planned))} ของงบประมาณตามแผน`),
    ...(f.round === 12 && t.spentHalfYear !== undefined
      ? [ts.t(`เมื่อสิ้นรอบ 6 เดือน ใช้จ่ายไปแล้ว ${ts.amountWithWords(t.spentHalfYear)} คิดเป็นร้อยละ ${percentText(ts, percent(t.spentHalfYear, t.planned))}`)]
      : []),
  ];
}

/** Problems and suggestions, project by project, in the plan's order. */
function problemBlocks(ts: Typeset, f: ReportFigures): Block[] {
  const rows = f.dimensions.flatMap((d) => d.rows).filter((r) => r.entry.problems || r.entry.suggestions);
  if (!rows.length) return [para([ts.run('ไม่มีปัญหาและอุปสรรคที่รายงานในรอบนี้')], { firstLineIndent: BODY_INDENT })];
  return rows.flatMap((r) => [
    para([ts.run(`${r.project.number}. ${r.project.name}`, { bold: true })], { spaceBefore: 6, keepWithNext: true }),
    ...(r.entry.problems ? [para([ts.run('ปัญหาและอุปสรรค: ', { bold: true }), ts.run(r.entry.problems)], { indent: CM, keepWithNext: !!r.entry.suggestions })] : []),
    ...(r.entry.suggestions ? [para([ts.run('ข้อเสนอแนะ: ', { bold: true }), ts.run(r.entry.suggestions)], { indent: CM })] : []),
  ]);
}

/**
 * The monitoring report of one round: title, summary in words, tables and charts (portrait); every
 * project with its status, spending, what was done and its indicators (landscape); problems,
 * suggestions and the signature (portrait).
 */
export function composeReport(plan: Plan, progress: Progress, f: ReportFigures): Doc {
  const ts = new Typeset(plan.digits);
  const title = reportTitle(ts, plan, f.year, f.round);
  const note = progress.data.example ? { headerNote: EXAMPLE_NOTE } : {};
  const numbers = (restart: boolean): PageNumbering => ({ style: 'numbers', position: 'top-right', restart, digits: plan.digits });
  const signer = progress.data.signer;
  return {
    meta: reportMeta(plan, progress, f, reportTitleLine(ts, plan, f.year, f.round), 'รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต'),
    sections: [
      section('summary', [
        heading(1, [ts.run(title.what)], { align: 'center' }),
        para([ts.run(title.whose, { bold: true })], { align: 'center' }),
        para([ts.run(title.when, { bold: true })], { align: 'center', spaceAfter: 6 }),
        heading(2, [ts.run('1. สรุปผลการดำเนินงาน')]),
        ...summaryText(ts, plan, f).map((t) => para([ts.run(t)], { firstLineIndent: BODY_INDENT, spaceAfter: 3 })),
        statusTable(ts, f),
        budgetTable(ts, f),
        statusChart(ts, f),
        budgetChart(ts, f),
      ], { numbering: numbers(true), ...note }),
      section('projects', [
        heading(2, [ts.run('2. ผลการดำเนินงานรายโครงการ/มาตรการ/กิจกรรม')]),
        projectTable(ts, f),
      ], { orientation: 'landscape', margins: LANDSCAPE_MARGINS, numbering: numbers(false), ...note }),
      section('problems', [
        heading(2, [ts.run('3. ปัญหา อุปสรรค และข้อเสนอแนะ')]),
        ...problemBlocks(ts, f),
        para([ts.run(`รายงาน ณ วันที่ ${ts.date(reportDate(progress, f.round))}`, { noBreak: true })], { indent: 4 * CM, align: 'center', spaceBefore: 18, keepWithNext: true }),
        { type: 'signature', indent: 4 * CM, space: 1.6 * CM, name: ts.t(`(${signer.name})`), lines: [ts.t(signer.position!)] },
      ], { numbering: numbers(false), ...note }),
    ],
  };
}
