import { composePlan } from '../compose/plan.js';
import type { PlanPages } from '../compose/questions.js';
import type { Plan } from '../model/plan.js';
import { layoutPdf, type PdfResult } from '../render/pdf/renderPdf.js';

/** Where things print in the plan, by plan: a build that has laid the plan out does not do it twice. */
const known = new WeakMap<Plan, PlanPages>();

export function rememberPlanPages(plan: Plan, layout: Pick<PdfResult, 'pageLabels' | 'pageTexts'>): void {
  known.set(plan, { labels: layout.pageLabels, texts: layout.pageTexts });
}

/** The printed plan's page labels and page texts, laying the plan out when no build has yet. */
export async function planPages(plan: Plan): Promise<PlanPages> {
  if (!known.has(plan)) rememberPlanPages(plan, await layoutPdf(composePlan(plan)));
  return known.get(plan)!;
}
