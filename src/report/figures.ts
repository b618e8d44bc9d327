import type { Dimension, Plan, Project } from '../model/plan.js';
import type { Progress } from './loadProgress.js';
import { roundKey, STATUSES, type RoundEntry, type Round, type Status } from './schema.js';

/** A project as the report shows it: its plan facts and this round's entry (and the 6-month one at 12 months). */
export interface ProjectRow {
  project: Project;
  planned: number;
  entry: RoundEntry & { status: Status; spent: number };
  /** At 12 months, the 6-month entry when the file holds one. */
  halfYear?: RoundEntry;
}

export interface Totals {
  projects: number;
  byStatus: Record<Status, number>;
  planned: number;
  spent: number;
  /** Spent at 6 months, at 12 months when every project has a 6-month entry. */
  spentHalfYear?: number;
}

export interface DimensionFigures extends Totals {
  dimension: Dimension;
  rows: ProjectRow[];
}

export interface ReportFigures {
  year: number;
  round: Round;
  dimensions: DimensionFigures[];
  total: Totals;
}

const emptyByStatus = () => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;

function totals(rows: ProjectRow[]): Totals {
  const byStatus = emptyByStatus();
  for (const r of rows) byStatus[r.entry.status]++;
  const halves = rows.map((r) => r.halfYear?.spent);
  return {
    projects: rows.length,
    byStatus,
    planned: rows.reduce((s, r) => s + r.planned, 0),
    spent: rows.reduce((s, r) => s + r.entry.spent, 0),
    ...(rows.length && halves.every((h) => typeof h === 'number') && { spentHalfYear: (halves as number[]).reduce((s, h) => s + h, 0) }),
  };
}

/** Counts and sums of a round, by dimension and in all; the progress file has been checked complete. */
export function reportFigures(plan: Plan, progress: Progress, round: Round): ReportFigures {
  const year = progress.data.year;
  const key = roundKey(round);
  const dimensions = plan.dimensions.map((dimension) => {
    const rows: ProjectRow[] = dimension.projects.map((project) => {
      const entries = progress.data.projects[project.id]!;
      return {
        project,
        planned: project.budget?.perYear.get(year) ?? 0,
        entry: entries[key] as ProjectRow['entry'],
        ...(round === 12 && entries.round6 && { halfYear: entries.round6 }),
      };
    });
    return { dimension, rows, ...totals(rows) };
  });
  return { year, round, dimensions, total: totals(dimensions.flatMap((d) => d.rows)) };
}

/** Spent as a share of planned, in per cent with one decimal; no budget planned = none. */
export function percent(spent: number, planned: number): number | undefined {
  return planned > 0 ? Math.round((spent / planned) * 1000) / 10 : undefined;
}
