import { z } from 'zod';
import { progressFile } from './schema.js';

/** JSON Schema of a progress file, for editors (schema/progress.schema.json; regenerate with npm run schema). */
export function progressJsonSchema(): string {
  const schema = z.toJSONSchema(progressFile, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...schema, title: 'ita-plan progress file' }, null, 2)}\n`;
}
