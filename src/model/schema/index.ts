import type { z } from 'zod';
import { amendmentFile } from './amendment.js';
import { announcementFile } from './announcement.js';
import { errataFile } from './errata.js';
import { orderFile } from './order.js';
import { planFile } from './plan.js';
import { projectsFile } from './projects.js';
import { risksFile } from './risks.js';
import { structureFile } from './structure.js';
import { unitsFile } from './units.js';

/** Every kind of file in a plan folder, by the name its JSON Schema is published under. */
export const fileKinds = {
  plan: planFile,
  risks: risksFile,
  structure: structureFile,
  units: unitsFile,
  projects: projectsFile,
  order: orderFile,
  announcement: announcementFile,
  errata: errataFile,
  amendment: amendmentFile,
} satisfies Record<string, z.ZodType>;
export type FileKind = keyof typeof fileKinds;
