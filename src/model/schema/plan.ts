import { z } from 'zod';
import { dateOrMonthText, fiscalYear, listItem, paragraphs, text } from './common.js';

export const planFile = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'planId' }),
  revision: z.strictObject({ number: z.number().int().positive(), date: dateOrMonthText }),
  digits: z.enum(['thai', 'arabic']).default('thai'),
  title: text,
  organisation: z.strictObject({ name: text, district: text, province: text }),
  years: z.strictObject({ from: fiscalYear, to: fiscalYear }),
  preface: z.strictObject({ before: paragraphs, after: paragraphs }),
  introduction: z.strictObject({
    rationale: paragraphs,
    objectives: z.array(listItem).min(1),
    goals: z.array(listItem).min(1),
    benefits: z.array(listItem).min(1),
  }),
});
export type PlanFile = z.infer<typeof planFile>;
