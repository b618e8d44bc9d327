import { z } from 'zod';
import { id, text } from './common.js';

export const unitsFile = z.strictObject({
  units: z.array(z.strictObject({ id, name: text, abbreviation: text })).min(1),
});
export type UnitsFile = z.infer<typeof unitsFile>;
