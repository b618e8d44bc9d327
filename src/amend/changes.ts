import type { Plan, Project, YearAmounts } from '../model/plan.js';
import type { FactGroup } from './facts.js';
import type { Line } from './projectFields.js';

/** A field whose value differs between the versions, with both readings. */
export interface FieldChange {
  key: string;
  label: string;
  before: Line[];
  after: Line[];
}

/** A card in both versions (same id) that differs in at least one field. */
export interface ProjectChange {
  id: string;
  before: Project;
  after: Project;
  /** Moved to another mission or sub-mission (maybe another dimension), or to other responsible units. */
  moved: boolean;
  renamed: boolean;
  fields: FieldChange[];
}

/** A value outside the cards (the order, the announcement, the plan's text…) added, removed or changed. */
export interface FactChange {
  group: FactGroup;
  /** English field path. */
  path: string;
  before?: string;
  after?: string;
}

/** Amounts per fiscal year before and after; the difference is after − before. */
export interface BudgetRow {
  id: string;
  label: string;
  before: YearAmounts;
  after: YearAmounts;
}

export interface PlanChanges {
  from: Plan;
  to: Plan;
  /** Every fiscal year of either version. */
  years: number[];
  added: Project[];
  removed: Project[];
  changed: ProjectChange[];
  facts: FactChange[];
  budget: { total: BudgetRow; dimensions: BudgetRow[]; projects: BudgetRow[] };
}

export function hasChanges(c: PlanChanges): boolean {
  return c.added.length + c.removed.length + c.changed.length + c.facts.length > 0;
}

export const sumOf = (amounts: YearAmounts, years: number[]) => years.reduce((s, y) => s + (amounts.get(y) ?? 0), 0);

/** The counts the summary and the announcement state. */
export function changeCounts(c: PlanChanges) {
  return {
    added: c.added.length,
    removed: c.removed.length,
    moved: c.changed.filter((p) => p.moved).length,
    renamed: c.changed.filter((p) => p.renamed).length,
    changed: c.changed.length,
    facts: c.facts.length,
  };
}
