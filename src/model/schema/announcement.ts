import { z } from 'zod';
import { dateOrMonthText, signer, text } from './common.js';

/** The facts of the announcement; its standing wording is templates/announcement.hbs. */
export const announcementFile = z.strictObject({
  issuer: text,
  emblem: text.optional(),
  date: dateOrMonthText.describe('ประกาศ ณ วันที่: ปปปป-ดด-วว หรือ ปปปป-ดด เพื่อเว้นวันไว้เขียนเอง — YYYY-MM leaves the day blank'),
  signer,
});
export type AnnouncementFile = z.infer<typeof announcementFile>;
