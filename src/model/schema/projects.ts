import { z } from 'zod';
import { amount, content, id, text } from './common.js';

export const projectKinds = ['โครงการ', 'มาตรการ', 'กิจกรรม'] as const;

const responsible = z.union([id, z.strictObject({ unit: id, section: text })]);

export const project = z.strictObject({
  id,
  under: id,
  kind: z.enum(projectKinds),
  name: text,
  rationale: content,
  objectives: content,
  targetGroup: content,
  method: content,
  duration: content.optional(),
  budget: z
    .strictObject({
      /** Keys are Buddhist-era fiscal years. */
      perYear: z.record(z.string().regex(/^\d{4}$/, { error: 'fiscalYearKey' }), amount),
      note: text.optional(),
    })
    .optional(),
  responsible: z.array(responsible).min(1),
  outputs: content,
  outcomes: content,
});
export type ProjectData = z.infer<typeof project>;

export const projectsFile = z.strictObject({ dimension: id, projects: z.array(project).min(1) });
export type ProjectsFile = z.infer<typeof projectsFile>;
