import { z } from 'zod';
import { dateText, signer, text } from './common.js';

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
  signer,
});
export type OrderFile = z.infer<typeof orderFile>;
