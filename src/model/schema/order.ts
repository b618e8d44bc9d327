import { z } from 'zod';
import { dateText, fiscalYear, signer, text } from './common.js';

/**
 * The NACC handbook the order's preamble cites, as the signed source names it. Its title and years are
 * a fact about the handbook, not about the plan: a 2567–2571 plan still cites the 2566–2570 handbook
 * until the NACC publishes another.
 */
export const DEFAULT_HANDBOOK = {
  title: 'คู่มือการดำเนินการจัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใสสำหรับองค์กรปกครองส่วนท้องถิ่น',
  years: { from: 2566, to: 2570 },
};

/** The facts of the appointment order; its standing wording is templates/order.hbs. */
export const orderFile = z.strictObject({
  issuer: text,
  number: z.number().int().positive().describe('เลขที่คำสั่ง (ที่ …/ปี พ.ศ. ปีมาจากวันที่) — the order number'),
  /** An image inside the plan folder; the space is kept when the file is absent. */
  emblem: text.optional().describe('ไฟล์ภาพตราครุฑ ภายในโฟลเดอร์ของแผน — emblem image inside the plan folder'),
  members: z
    .array(z.strictObject({ name: text, position: text, role: text }))
    .min(1)
    .describe('คณะทำงานตามลำดับ (เลขลำดับคำนวณ) — members in order; numbered by the program'),
  date: dateText.describe('สั่ง ณ วันที่ (ปปปป-ดด-วว) — the date'),
  handbook: z
    .strictObject({ title: text, years: z.strictObject({ from: fiscalYear, to: fiscalYear }) })
    .optional()
    .describe('คู่มือของ ป.ป.ช. ที่คำสั่งอ้างถึง (ชื่อและปี พ.ศ. ของคู่มือ ไม่ใช่ปีของแผน); ไม่ใส่ = คู่มือ พ.ศ. ๒๕๖๖ - ๒๕๗๐ — the handbook cited, default the 2566–2570 one'),
  signer,
});
export type OrderFile = z.infer<typeof orderFile>;
