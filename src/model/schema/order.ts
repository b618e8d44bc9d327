import { z } from 'zod';
import { dateText, listItem, paragraphs, signer, text } from './common.js';

export const orderFile = z.strictObject({
  issuer: text,
  number: z.number().int().positive(),
  subject: text,
  /** An image inside the plan folder; the space is kept when the file is absent. */
  emblem: text.optional(),
  preamble: paragraphs,
  members: z.array(z.strictObject({ name: text, position: text, role: text })).min(1),
  dutiesIntro: text,
  duties: z.array(listItem).min(1),
  effective: text,
  date: dateText,
  signer,
});
export type OrderFile = z.infer<typeof orderFile>;
