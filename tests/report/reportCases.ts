import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BUNDLED_PLAN, TAMBON_DEMO } from '../helpers.js';
import { factsOf, type PlanFacts } from '../planFacts.js';

/**
 * The plans the report and memo tests run on, each with a progress file: the bundled plan with the README's
 * example (Thai digits, example: true) and the small made-up plan with its own (Arabic digits, other years,
 * a real — not example — report). Everything a test expects is read here from the YAML with the yaml
 * package alone, not with the project's loader or its figures.
 */
export const REPORT_CASES = [
  { data: BUNDLED_PLAN, progress: 'examples/progress/2566.yaml', year: 2566 },
  { data: TAMBON_DEMO, progress: 'tests/fixtures/tambon-demo-progress/2567.yaml', year: 2567 },
] as const;
export type ReportCase = (typeof REPORT_CASES)[number];

export interface Entry { status: string; spent: number; reason?: string; indicators?: Array<{ target: number; reached: number | null }> }
export interface Progress {
  example?: boolean;
  unit: string;
  to: string;
  signer: { name: string; position: string };
  rounds: { round6: { date: string; number?: string }; round12: { date: string; number?: string } };
  projects: Record<string, { round6: Entry; round12: Entry }>;
}

export interface Expected {
  facts: PlanFacts;
  progress: Progress;
  /** Per dimension, in the plan's order: its project ids and its planned budget for the year. */
  dims: Array<{ ids: string[]; planned: number }>;
  projects: number;
  planned: number;
  /** Per round: counts by status and baht spent, summed from the progress file. */
  round: Record<6 | 12, { spent: number; done: number; doing: number; notStarted: number; cancelledOrMoved: number; doneByDimension: number[] }>;
}

export function expectedOf(c: ReportCase): Expected {
  const progress = parse(readFileSync(c.progress, 'utf8')) as Progress;
  const structure = parse(readFileSync(join(c.data, 'structure.yaml'), 'utf8')) as { dimensions: Array<{ id: string }> };
  const byDimension = new Map<string, { ids: string[]; planned: number }>(structure.dimensions.map((d) => [d.id, { ids: [], planned: 0 }]));
  for (const name of readdirSync(c.data).filter((n) => /^projects-.*\.yaml$/.test(n)).sort()) {
    const file = parse(readFileSync(join(c.data, name), 'utf8')) as { dimension: string; projects: Array<{ id: string; budget?: { perYear: Record<string, number> } }> };
    const d = byDimension.get(file.dimension)!;
    for (const p of file.projects) {
      d.ids.push(p.id);
      d.planned += p.budget?.perYear[String(c.year)] ?? 0;
    }
  }
  const dims = [...byDimension.values()];
  const entries = Object.values(progress.projects);
  const round = (key: 'round6' | 'round12') => {
    const count = (...statuses: string[]) => entries.filter((e) => statuses.includes(e[key].status)).length;
    return {
      spent: entries.reduce((s, e) => s + e[key].spent, 0),
      done: count('ดำเนินการแล้ว'),
      doing: count('อยู่ระหว่างดำเนินการ'),
      notStarted: count('ยังไม่ดำเนินการ'),
      cancelledOrMoved: count('ยกเลิก', 'โอนงบ'),
      doneByDimension: dims.map((d) => d.ids.filter((id) => progress.projects[id]![key].status === 'ดำเนินการแล้ว').length),
    };
  };
  return {
    facts: factsOf(c.data),
    progress,
    dims,
    projects: entries.length,
    planned: dims.reduce((s, d) => s + d.planned, 0),
    round: { 6: round('round6'), 12: round('round12') },
  };
}

/** Thai wraps lines without spaces: text with every space and line end taken out. */
export const squash = (text: string) => text.replace(/\s+/g, '');
