import { z } from 'zod';
import { amount, content, id, text } from './common.js';

export const projectKinds = ['โครงการ', 'มาตรการ', 'กิจกรรม'] as const;

const responsible = z.union([id, z.strictObject({ unit: id, section: text })]);

/** Amounts by fiscal year; with the plan's years known, a year outside them is an error in the same pass. */
function perYear(years?: { from: number; to: number }) {
  const key = z.string().regex(/^\d{4}$/, { error: 'fiscalYearKey' });
  if (!years) return z.record(key, amount);
  const inPlan = key.refine((k) => Number(k) >= years.from && Number(k) <= years.to, {
    message: `ปีงบประมาณอยู่นอกช่วงของแผน (${years.from}–${years.to}) — expected a fiscal year from ${years.from} to ${years.to}`,
  });
  return z.record(inPlan, amount);
}

const projectFor = (years?: { from: number; to: number }) => z.strictObject({
  id: id.describe('รหัสโครงการ ไม่ซ้ำกันทั้งแผน (a-z 0-9 -) — stable key of the project'),
  under: id.describe('รหัสภารกิจหรือภารกิจย่อยใน structure.yaml ที่บัตรนี้อยู่ใต้หัวข้อ — mission or sub-mission id'),
  kind: z.enum(projectKinds).describe('ประเภท: โครงการ มาตรการ หรือ กิจกรรม — kind'),
  name: text.describe('ชื่อตามบัตรโครงการ ไม่ต้องใส่เลขลำดับ — the name, without its number'),
  rationale: content.describe('๒. หลักการและเหตุผล — paragraphs and lists'),
  objectives: content.describe('๓. วัตถุประสงค์ — objectives'),
  targetGroup: content.describe('๔. กลุ่มเป้าหมาย — target group'),
  method: content.describe('๕. วิธีดำเนินการ — method; list numbers are computed'),
  duration: content.optional().describe('๖. ระยะเวลาดำเนินการ; ไม่ใส่ = ตลอดช่วงปีของแผน — omit for the whole plan period'),
  budget: z
    .strictObject({
      /** Keys are Buddhist-era fiscal years. */
      perYear: perYear(years).describe('งบประมาณรายปี: ปี พ.ศ. → จำนวนบาท (จำนวนเต็ม) — baht per Buddhist-era fiscal year'),
      note: text.optional().describe('แหล่งงบประมาณ เช่น งบกองการประปา — funding note'),
    })
    .optional()
    .describe('๗. งบประมาณ; ไม่ใส่ = ไม่ใช้งบประมาณ — omit when the project uses no budget'),
  responsible: z.array(responsible).min(1).describe('๘. ผู้รับผิดชอบ: รหัสหน่วยงานใน units.yaml — unit ids'),
  outputs: content.describe('๙. ผลผลิต — outputs'),
  outcomes: content.describe('๙. ผลลัพธ์ — outcomes'),
});
/** The schema of a projects file; given the plan's fiscal years, budget years outside them are errors. */
export const projectsFileFor = (years?: { from: number; to: number }) =>
  z.strictObject({ dimension: id, projects: z.array(projectFor(years)).min(1) });

export const projectsFile = projectsFileFor();
export type ProjectsFile = z.infer<typeof projectsFile>;
export type ProjectData = ProjectsFile['projects'][number];
