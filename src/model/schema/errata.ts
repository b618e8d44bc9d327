import { z } from 'zod';
import { text } from './common.js';

/**
 * `resolved`: the evidence inside the document decides, and the data holds the decision.
 * `confirm`: only a person at the authority can decide; the data holds the best reading until then,
 * and `npm run check -- --questions` lists the entry as an open question.
 */
export const errataStatuses = ['resolved', 'confirm'] as const;

export const erratum = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'id' }),
  kind: z.enum(['contradiction', 'typo', 'numbering', 'debris', 'structure', 'placeholder']),
  // Files written before statuses existed hold only decisions made from the document: resolved.
  status: z.enum(errataStatuses).default('resolved')
    .describe('resolved = หลักฐานในเอกสารตัดสินได้ / confirm = ต้องให้หน่วยงานยืนยัน (แสดงใน --questions) — who decides'),
  question: text.optional()
    .describe('คำถามที่จะถามหน่วยงาน (สำหรับ status: confirm) — the question to ask, for confirm entries'),
  seedLine: z.number().int().positive().optional()
    .describe('บรรทัดในต้นฉบับที่แปลงเป็นข้อความ (ถ้ามี) — line in the converted source text, when there is one'),
  where: text.describe('อยู่ตรงไหนในเอกสาร — where in the document'),
  source: z.string().describe('ต้นฉบับว่าอย่างไร — what the source says'),
  data: text.describe('ข้อมูลเก็บอะไร — what the data holds'),
  file: text.describe('ไฟล์ที่เก็บการตัดสินใจ — the file holding the decision'),
  field: z.string().optional().describe('ฟิลด์ในไฟล์ เช่น projects[3].name — the field'),
  reason: text.describe('เพราะอะไร — why'),
});
export type Erratum = z.infer<typeof erratum>;

export const errataFile = z.strictObject({ errata: z.array(erratum) });
export type ErrataFile = z.infer<typeof errataFile>;
