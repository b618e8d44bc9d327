import { z } from 'zod';
import { amount, dateText, fiscalYear, text } from '../model/schema/common.js';

/** What became of a project in a round; the last two need a reason. */
export const STATUSES = ['ยังไม่ดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'ดำเนินการแล้ว', 'ยกเลิก', 'โอนงบ'] as const;
export type Status = (typeof STATUSES)[number];
export const NEEDS_REASON: ReadonlySet<Status> = new Set(['ยกเลิก', 'โอนงบ']);

export const ROUNDS = [6, 12] as const;
export type Round = (typeof ROUNDS)[number];

/**
 * An indicator of the card's outputs or outcomes with a number in it: the target as the card says
 * it, and what was reached. `--init` copies the indicators whose text holds a number.
 */
const indicator = z.strictObject({
  indicator: text.describe('ตัวชี้วัดตามบัตรโครงการ (ผลผลิตหรือผลลัพธ์) — the card’s indicator'),
  kind: z.enum(['ผลผลิต', 'ผลลัพธ์']).describe('ผลผลิต (output) หรือ ผลลัพธ์ (outcome)'),
  target: z.number().nonnegative().describe('ค่าเป้าหมายตามบัตร — the card’s target'),
  unit: text.optional().describe('หน่วย เช่น ครั้ง คน ร้อยละ — unit'),
  reached: z.number().nonnegative().nullable().describe('ผลที่ทำได้ (ว่างไว้ถ้ายังไม่มี) — reached; empty when not yet known'),
});

/** One thing done, with the day it was done or the days it ran. */
const activity = z.strictObject({
  text: text.describe('สิ่งที่ดำเนินการ — what was done'),
  date: dateText.optional().describe('วันที่ดำเนินการ (ปปปป-ดด-วว) — the day'),
  until: dateText.optional().describe('ถึงวันที่ (ถ้าหลายวัน) — last day, when it ran over several'),
});

/** A project as reported at the end of one round; figures are for the year so far. */
const roundEntry = z.strictObject({
  status: z.enum(STATUSES).nullable().describe('สถานะ: ยังไม่ดำเนินการ / อยู่ระหว่างดำเนินการ / ดำเนินการแล้ว / ยกเลิก / โอนงบ'),
  reason: text.nullable().optional().describe('เหตุผล (ต้องมีเมื่อ ยกเลิก หรือ โอนงบ) — why it was cancelled or its budget moved'),
  spent: amount.nullable().describe('งบประมาณที่ใช้จ่ายสะสมถึงสิ้นรอบ (บาท) — baht spent in the year up to the end of the round'),
  done: z.array(activity).optional().describe('ผลการดำเนินงาน — what was done'),
  indicators: z.array(indicator).optional().describe('ตัวชี้วัดที่เป็นตัวเลข: เป้าหมายและผล — numeric indicators'),
  problems: text.nullable().optional().describe('ปัญหาและอุปสรรค — problems'),
  suggestions: text.nullable().optional().describe('ข้อเสนอแนะ — suggestions'),
});
export type RoundEntry = z.infer<typeof roundEntry>;

const projectProgress = z.strictObject({
  round6: roundEntry.optional().describe('รอบ ๖ เดือน (๑ ตุลาคม – ๓๑ มีนาคม) — the first six months'),
  round12: roundEntry.optional().describe('รอบ ๑๒ เดือน (๑ ตุลาคม – ๓๐ กันยายน) — the whole year'),
});
export type ProjectProgress = z.infer<typeof projectProgress>;

const roundReport = z.strictObject({
  date: dateText.nullable().describe('วันที่รายงานผลรอบนี้ (ปปปป-ดด-วว) — the day the round is reported'),
  number: text.nullable().optional().describe('เลขที่หนังสือของบันทึกข้อความ เช่น พล ๕๒๐๐๑/๑๒๓ — the memo’s reference number'),
});

/** progress/<year>.yaml: what happened to the plan's projects in one fiscal year, round by round. */
export const progressFile = z.strictObject({
  example: z.boolean().optional().describe('true = ข้อมูลตัวอย่าง ทุกหน้าของรายงานพิมพ์คำว่า "ตัวอย่าง" — example data'),
  year: fiscalYear.describe('ปีงบประมาณ พ.ศ. — the Buddhist-era fiscal year'),
  unit: text.nullable().describe('หน่วยงานที่รายงาน (ส่วนราชการในบันทึกข้อความ) — the reporting unit'),
  to: text.optional().describe('ผู้รับบันทึกข้อความ (ค่าเริ่มต้น: นายก<หน่วยงาน>) — to whom the memo is addressed'),
  signer: z.strictObject({ name: text.nullable(), position: text.nullable() }).describe('ผู้ลงนามรายงานและบันทึกข้อความ — who signs'),
  rounds: z
    .strictObject({ round6: roundReport.optional(), round12: roundReport.optional() })
    .describe('วันที่รายงานของแต่ละรอบ — the date each round is reported'),
  projects: z.record(z.string(), projectProgress).describe('ผลของแต่ละโครงการ ตามรหัสโครงการในแผน — by project id'),
});
export type ProgressFile = z.infer<typeof progressFile>;

export const roundKey = (round: Round) => (round === 6 ? 'round6' : 'round12') as 'round6' | 'round12';
