import { z } from 'zod';
import { dateOrMonthText, fiscalYear, listItem, paragraphs, text, MAX_ID_CHARS } from './common.js';

export const planFile = z.strictObject({
  id: z.string().max(MAX_ID_CHARS).regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'planId' }).describe('รหัสแผน ใช้เป็นชื่อโฟลเดอร์ใน out/ — plan id'),
  revision: z
    .strictObject({ number: z.number().int().positive(), date: dateOrMonthText })
    .describe('ฉบับแก้ไขและวันที่ (ปปปป-ดด หรือ ปปปป-ดด-วว) ใช้ตั้งชื่อฉบับและวันที่ในเอกสาร — revision: names the version'),
  digits: z.enum(['thai', 'arabic']).default('thai').describe('เลขไทยหรือเลขอารบิกทั้งเล่ม — digits in every output'),
  title: text,
  organisation: z.strictObject({ name: text, district: text, province: text }),
  years: z.strictObject({ from: fiscalYear, to: fiscalYear }).describe('ปีงบประมาณของแผน (พ.ศ.) — fiscal years of the plan'),
  preface: z.strictObject({ before: paragraphs, after: paragraphs }),
  typeface: z
    .strictObject({
      name: text.describe('ชื่อแบบอักษรตามที่ติดตั้งในเครื่อง เช่น TH SarabunIT๙ — family name, as installed'),
      regular: text.describe('ไฟล์ TTF ตัวปกติ (เส้นทางเต็ม หรือเทียบกับโฟลเดอร์ของแผน) — regular TTF file'),
      bold: text.describe('ไฟล์ TTF ตัวหนา — bold TTF file'),
      italic: text.optional().describe('ไฟล์ TTF ตัวเอียง (ไม่ใส่ = ใช้ตัวปกติ) — italic TTF file'),
      boldItalic: text.optional().describe('ไฟล์ TTF ตัวหนาเอียง (ไม่ใส่ = ใช้ตัวหนา) — bold italic TTF file'),
      size: z
        .enum(['official', 'matched'])
        .default('official')
        .describe('official = ขนาดตามระเบียบ (๑๖ พอยต์) สำหรับ TH SarabunIT๙/PSK; matched = ย่อขยายให้ตัวอักษรเท่า TH SarabunPSK ๑๖ พอยต์ — official sizes, or matched to TH SarabunPSK'),
    })
    .optional()
    .describe('แบบอักษรของสำนักงานเอง (ไม่ใส่ = Sarabun ที่มากับโปรแกรม ขนาดเท่า TH SarabunPSK ๑๖ พอยต์) — the office\'s own typeface files; default: bundled Sarabun'),
  introduction: z.strictObject({
    rationale: paragraphs,
    objectives: z.array(listItem).min(1),
    goals: z.array(listItem).min(1),
    benefits: z.array(listItem).min(1),
  }),
});
export type PlanFile = z.infer<typeof planFile>;
