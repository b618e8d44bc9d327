import type { Doc } from '../doc/doc.js';
import { composeAnnouncement, composeOrder, composePlan } from '../compose/plan.js';
import type { Plan } from '../model/plan.js';

/** The documents one plan produces. */
export const DOCUMENTS = {
  plan: composePlan,
  order: composeOrder,
  announcement: composeAnnouncement,
} satisfies Record<string, (plan: Plan) => Doc>;
export type DocumentName = keyof typeof DOCUMENTS;

export const FORMATS = ['pdf', 'docx'] as const;
export type Format = (typeof FORMATS)[number];

/** "phitsanulok-2566-2570_r1-2565-09_plan.pdf": every file name carries the plan and its version. */
export function outputFileName(plan: Plan, document: DocumentName, format: Format): string {
  return `${plan.id}_${plan.version}_${document}.${format}`;
}
