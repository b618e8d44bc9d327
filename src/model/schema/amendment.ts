import { z } from 'zod';
import { dateOrMonthText, signer, text } from './common.js';

/**
 * The facts of an amendment (ฉบับเพิ่มเติม/เปลี่ยนแปลง), optional in a plan folder: `npm run amend`
 * needs it for the amendment document and its announcement. What changed is never typed here: it is
 * found by comparing the two versions of the plan.
 */
export const amendmentFile = z.strictObject({
  number: z.number().int().positive().describe('ครั้งที่ของการเพิ่มเติม/เปลี่ยนแปลงแผน — the amendment number (ครั้งที่ ๑, ๒, …)'),
  reasons: z.array(text).min(1).describe('เหตุผลในการเพิ่มเติม/เปลี่ยนแปลง หนึ่งย่อหน้าต่อรายการ — reasons, one paragraph each'),
  date: dateOrMonthText.describe('ประกาศ ณ วันที่: ปปปป-ดด-วว หรือ ปปปป-ดด เพื่อเว้นวันไว้เขียนเอง — YYYY-MM leaves the day blank'),
  signer,
});
export type AmendmentFile = z.infer<typeof amendmentFile>;
