import { z } from 'zod';
import { dateText, signer, text } from './common.js';

/** The facts of the appointment order; its standing wording is templates/order.hbs. */
export const orderFile = z.strictObject({
  issuer: text,
  number: z.number().int().positive(),
  /** An image inside the plan folder; the space is kept when the file is absent. */
  emblem: text.optional(),
  members: z.array(z.strictObject({ name: text, position: text, role: text })).min(1),
  date: dateText,
  signer,
});
export type OrderFile = z.infer<typeof orderFile>;
