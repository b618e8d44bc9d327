import { z } from 'zod';
import { dateOrMonthText, paragraphs, signer, text } from './common.js';

export const announcementFile = z.strictObject({
  issuer: text,
  subject: text,
  emblem: text.optional(),
  body: paragraphs,
  after: paragraphs,
  closing: text,
  date: dateOrMonthText,
  signer,
});
export type AnnouncementFile = z.infer<typeof announcementFile>;
