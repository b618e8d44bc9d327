import { composePlan } from '../compose/plan.js';
import type { Plan } from '../model/plan.js';
import { layoutPdf } from '../render/pdf/renderPdf.js';

/** Page labels of the plan's anchors, by plan: a build that has laid the plan out does not do it twice. */
const known = new WeakMap<Plan, ReadonlyMap<string, string>>();

export function rememberPlanPages(plan: Plan, pageLabels: ReadonlyMap<string, string>): void {
  known.set(plan, pageLabels);
}

/** Where every anchor of the printed plan falls ("๑๒"), laying the plan out when no build has yet. */
export async function planPages(plan: Plan): Promise<ReadonlyMap<string, string>> {
  const remembered = known.get(plan);
  if (remembered) return remembered;
  const { pageLabels } = await layoutPdf(composePlan(plan));
  known.set(plan, pageLabels);
  return pageLabels;
}
