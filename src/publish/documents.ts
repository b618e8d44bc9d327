import type { Doc } from '../doc/doc.js';
import { composeAnnouncement, composeOrder, composePlan } from '../compose/plan.js';
import { composeQuestions } from '../compose/questions.js';
import type { Plan } from '../model/plan.js';
import { planPages } from './planPages.js';

/**
 * The documents one plan produces, in the order they are made and written. The open questions come first: a working
 * paper beside the plan, so the plan and its letters are the newest files of a build (tools that look at the newest
 * PDF of out/ find the plan).
 */
export const DOCUMENTS = {
  /** The open questions: it prints the plan's page of each item. */
  questions: async (plan: Plan) => composeQuestions(plan, await planPages(plan)),
  plan: composePlan,
  order: composeOrder,
  announcement: composeAnnouncement,
} satisfies Record<string, (plan: Plan) => Doc | Promise<Doc>>;
export type DocumentName = keyof typeof DOCUMENTS;

export const FORMATS = ['pdf', 'docx'] as const;
export type Format = (typeof FORMATS)[number];

/** Documents written in fewer formats than all: the questions list is a working paper, never edited. */
export const DOCUMENT_FORMATS: Partial<Record<DocumentName, readonly Format[]>> = { questions: ['pdf'] };

/** "phitsanulok-2566-2570_r1-2565-09_plan.pdf": every file name carries the plan and its version. */
export function outputFileName(plan: Plan, document: DocumentName, format: Format): string {
  return `${plan.id}_${plan.version}_${document}.${format}`;
}
