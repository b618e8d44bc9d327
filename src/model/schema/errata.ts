import { z } from 'zod';
import { text } from './common.js';

export const errataFile = z.strictObject({
  errata: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'id' }),
      kind: z.enum(['contradiction', 'typo', 'numbering', 'debris', 'structure']),
      seedLine: z.number().int().positive(),
      where: text,
      source: z.string(),
      data: text,
      file: text,
      field: z.string().optional(),
      reason: text,
    }),
  ),
});
export type ErrataFile = z.infer<typeof errataFile>;
