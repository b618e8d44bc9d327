import { CM, type Block, type Doc } from '../doc/doc.js';
import { para, section } from '../compose/layout.js';
import { LETTER_INDENT } from '../compose/letters.js';
import { table, textCell } from '../compose/table.js';
import { Typeset } from '../compose/typeset.js';
import type { Plan } from '../model/plan.js';
import { percent, type ReportFigures } from './figures.js';
import type { Progress } from './loadProgress.js';
import { reportDate, reportMeta } from './composeReport.js';
import { roundKey } from './schema.js';
import { EXAMPLE_NOTE, percentText, roundName, periodText } from './wording.js';

/** The Garuda of a บันทึกข้อความ is 1.5 cm high, at the top left (ระเบียบงานสารบรรณ). */
const MEMO_EMBLEM = 1.5 * CM;
const SIGNATURE_INDENT = 4 * CM;

/** "ส่วนราชการ  กองยุทธศาสตร์ฯ เทศบาลนครพิษณุโลก": the form's bold caption, then its entry. */
const field = (ts: Typeset, caption: string, text: string, spaceBefore = 0) =>
  para([{ text: caption, bold: true }, ts.run(`  ${text}`)], { spaceBefore });

/**
 * The covering memo to the mayor (บันทึกข้อความ): ส่วนราชการ, ที่ and วันที่, เรื่อง, เรียน, the body
 * (what was asked, what was found, what is proposed) and the signature, ready to sign.
 */
export function composeMemo(plan: Plan, progress: Progress, f: ReportFigures): Doc {
  const ts = new Typeset(plan.digits);
  const d = progress.data;
  const t = f.total;
  const number = d.rounds[roundKey(f.round)]?.number;
  const subject = `รายงานผลการดำเนินงานตาม${plan.title} ประจำปีงบประมาณ พ.ศ. ${f.year} ${roundName(ts, f.round)}`;
  const to = d.to ?? plan.order.signer.position;
  const body = (text: string): Block => para([ts.run(text)], { firstLineIndent: LETTER_INDENT, spaceBefore: 6 });
  const blocks: Block[] = [
    { type: 'image', path: plan.order.emblemPath, height: MEMO_EMBLEM, align: 'left', beside: para([{ text: 'บันทึกข้อความ', bold: true }], { align: 'center', size: 'title' }) },
    field(ts, 'ส่วนราชการ', `${d.unit} ${plan.organisation.name}`, 6),
    { ...table([1, 1], 0, [[
      textCell([{ text: 'ที่', bold: true }, ts.run(`  ${number ?? '.'.repeat(30)}`)]),
      textCell([{ text: 'วันที่', bold: true }, ts.run(`  ${ts.date(reportDate(progress, f.round))}`, { noBreak: true })]),
    ]]), borderless: true, size: 'body' },
    field(ts, 'เรื่อง', ts.t(subject)),
    field(ts, 'เรียน', ts.t(to)),
    body(ts.t(`ตามที่${plan.organisation.name} ได้ประกาศใช้${plan.title} (พ.ศ. ${plan.years[0]} – ${plan.years.at(-1)}) `
      + 'โดยให้ติดตามและรายงานผลการดำเนินงานตามแผนเป็นประจำทุกปี ปีละ 2 ครั้ง คือ รอบ 6 เดือน และรอบ 12 เดือน นั้น')),
    body(ts.t(`${d.unit} ได้ติดตามผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ${f.year} ${roundName(ts, f.round)} (${periodText(ts, f.year, f.round)}) แล้ว `
      + `จากโครงการ/มาตรการ/กิจกรรมตามแผน ${t.projects} รายการ ดำเนินการแล้ว ${t.byStatus.ดำเนินการแล้ว} รายการ `
      + `อยู่ระหว่างดำเนินการ ${t.byStatus.อยู่ระหว่างดำเนินการ} รายการ ยังไม่ดำเนินการ ${t.byStatus.ยังไม่ดำเนินการ} รายการ `
      + `ยกเลิกหรือโอนงบ ${t.byStatus.ยกเลิก + t.byStatus.โอนงบ} รายการ ใช้จ่ายงบประมาณ ${ts.amountWithWords(t.spent)} `
      + `จากงบประมาณตามแผน ${ts.amount(t.planned)} บาท คิดเป็นร้อยละ ${percentText(ts, percent(t.spent, t.planned))} `
      + 'รายละเอียดปรากฏตามรายงานที่แนบมาพร้อมนี้')),
    body(ts.t(`จึงเรียนมาเพื่อโปรดทราบ และพิจารณาอนุญาตให้เผยแพร่รายงานดังกล่าวทางเว็บไซต์ของ${plan.organisation.name}ต่อไป`)),
    { type: 'signature', indent: SIGNATURE_INDENT, space: 1.6 * CM, name: ts.t(`(${d.signer.name})`), lines: [ts.t(d.signer.position!)] },
  ];
  return {
    meta: reportMeta(plan, progress, f, ts.t(`บันทึกข้อความ เรื่อง ${subject}`), 'บันทึกข้อความ'),
    sections: [section('memo', blocks, {
      numbering: { style: 'numbers', position: 'top-center', restart: true, digits: plan.digits, dashes: true, fromPage: 2 },
      continuationMarks: true,
      ...(d.example && { headerNote: EXAMPLE_NOTE }),
    })],
  };
}
