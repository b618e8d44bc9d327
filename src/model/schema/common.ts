import { z } from 'zod';

/** Text a clerk must fill in: a string with at least one visible character. */
export const text = z.string().trim().min(1);

/** Stable key referred to from other files: lowercase latin letters, digits and hyphens. */
export const id = z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'id' });

/** An amount of baht: a whole, non-negative number. */
export const amount = z.number().int().nonnegative();

/** A Buddhist-era fiscal year. */
export const fiscalYear = z.number().int().min(2400).max(2700);

/** `YYYY-MM-DD` (or `YYYY-MM` where the day may be left blank), Buddhist or Christian era. */
export const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date' });
export const dateOrMonthText = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: 'dateOrMonth' });

export const paragraphs = z.array(text).min(1);

/**
 * An item of a list: plain text, or text with nested items; or `continued:`, an unnumbered paragraph
 * that goes on with the item before it at its level ("โดยกำหนด… ได้แก่" after that item's examples),
 * with sub-items of its own. It takes no number: the next item keeps counting.
 */
export type ListItem =
  | string
  | { text: string; list?: ListItem[]; bullets?: ListItem[] }
  | { continued: string; list?: ListItem[]; bullets?: ListItem[] };
export const listItem: z.ZodType<ListItem> = z.lazy(() => {
  const nested = { list: z.array(listItem).min(1).optional(), bullets: z.array(listItem).min(1).optional() };
  return z.union([text, z.strictObject({ text, ...nested }), z.strictObject({ continued: text, ...nested })]);
});

/** A block of rich text: a paragraph, a numbered list, or an unnumbered list. */
export const block = z.union([
  text,
  z.strictObject({ list: z.array(listItem).min(1) }),
  z.strictObject({ bullets: z.array(listItem).min(1) }),
]);
export type Block = z.infer<typeof block>;

/** The content of a field: blocks in reading order. */
export const content = z.array(block).min(1);
export type Content = z.infer<typeof content>;

export const signer = z.strictObject({
  name: text,
  position: text,
  /** Lines such as "ปฏิบัติราชการแทน…" printed under the position. */
  acting: z.array(text).optional(),
});
