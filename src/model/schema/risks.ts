import { z } from 'zod';
import { id, listItem, paragraphs, text } from './common.js';

const level = z.number().int().min(1).max(5);
/** A baht bound that the plan has not set yet: `null`, printed as a dotted blank. */
const baht = z.number().int().nonnegative().nullable();

export const risksFile = z.strictObject({
  criteriaIntro: paragraphs,
  likelihood: z.strictObject({ intro: text, levels: z.array(z.strictObject({ level, description: text })).length(5) }),
  impact: z.strictObject({
    intro: text,
    financial: z.array(z.strictObject({ level, from: baht.optional(), to: baht })).length(5),
    nonFinancial: z.array(z.strictObject({ level, description: text })).length(5),
  }),
  riskLevels: z
    .array(z.strictObject({ id, name: text, color: z.string().regex(/^#[0-9A-Fa-f]{6}$/, { error: 'color' }) }))
    .min(1),
  matrix: z.array(z.strictObject({ likelihood: level, impact: z.array(id).length(5) })).length(5),
  assessmentIntro: text,
  managementIntro: text,
  risks: z
    .array(
      z.strictObject({
        id,
        process: text,
        issues: z.array(listItem).min(1),
        likelihood: level,
        impact: level,
        measures: z.array(listItem).min(1),
      }),
    )
    .min(1),
});
export type RisksFile = z.infer<typeof risksFile>;
