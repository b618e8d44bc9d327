import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { problemAt, readYaml } from '../model/source.js';
import type { AmendmentFile } from '../model/schema/amendment.js';
import { checkSchema } from '../model/validate.js';
import { InputError } from '../model/problems.js';
import { parseThaiDate, type ThaiDate } from '../thai/dates.js';

export const AMENDMENT_FILE = 'amendment.yaml';

/** amendment.yaml with its date read. */
export interface AmendmentFacts extends Omit<AmendmentFile, 'date'> {
  date: ThaiDate;
}

/**
 * The new version's amendment.yaml, or undefined when the folder has none (then only the change
 * report can be made). loadPlan has already checked it against its schema; the date is read here.
 */
export function readAmendmentFacts(folder: string, nameOf: (file: string) => string): AmendmentFacts | undefined {
  const path = join(folder, AMENDMENT_FILE);
  if (!existsSync(path)) return undefined;
  const read = readYaml(path, nameOf(path));
  if (!read.source) throw new InputError(read.problems);
  const checked = checkSchema('amendment', read.source);
  if (!checked.data) throw new InputError(checked.problems);
  const data = checked.data as AmendmentFile;
  const date = parseThaiDate(data.date);
  if ('error' in date) throw new InputError([problemAt(read.source, ['date'], date.error)]);
  return { ...data, date };
}
