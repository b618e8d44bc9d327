import { z } from 'zod';
import { amount, content, id, text } from './common.js';

export const projectKinds = ['โครงการ', 'มาตรการ', 'กิจกรรม'] as const;

const responsible = z.union([id, z.strictObject({ unit: id, section: text })]);

/** Amounts by fiscal year; with the plan's years known, a year outside them is an error in the same pass. */
function perYear(years?: { from: number; to: number }) {
  const key = z.string().regex(/^\d{4}$/, { error: 'fiscalYearKey' });
  if (!years) return z.record(key, amount);
  const inPlan = key.refine((k) => Number(k) >= years.from && Number(k) <= years.to, {
    message: `ปีงบประมาณอยู่นอกช่วงของแผน (${years.from}–${years.to}) — expected a fiscal year from ${years.from} to ${years.to}`,
  });
  return z.record(inPlan, amount);
}

const projectFor = (years?: { from: number; to: number }) => z.strictObject({
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
      perYear: perYear(years),
      note: text.optional(),
    })
    .optional(),
  responsible: z.array(responsible).min(1),
  outputs: content,
  outcomes: content,
});
/** The schema of a projects file; given the plan's fiscal years, budget years outside them are errors. */
export const projectsFileFor = (years?: { from: number; to: number }) =>
  z.strictObject({ dimension: id, projects: z.array(projectFor(years)).min(1) });

export const projectsFile = projectsFileFor();
export type ProjectsFile = z.infer<typeof projectsFile>;
export type ProjectData = ProjectsFile['projects'][number];
