import { describeIssue } from '../../model/messages.js';
import { fileKinds } from '../../model/schema/index.js';
import { projectsFileFor } from '../../model/schema/projects.js';
import { planYears, state, type Path, type PlanFileState } from './state.js';

export interface FieldProblem {
  path: Path;
  message: string;
}

/** Problems by file name, from the very zod schemas and Thai messages the command line uses. */
export const problems = new Map<string, FieldProblem[]>();

export function checkFile(file: PlanFileState): void {
  const years = planYears();
  const schema = file.kind === 'projects' ? projectsFileFor(years.length ? { from: years[0]!, to: years.at(-1)! } : undefined) : fileKinds[file.kind];
  const result = schema.safeParse(file.value, { reportInput: true });
  const found: FieldProblem[] = result.success
    ? []
    : result.error.issues.flatMap((issue) => describeIssue(issue).map((d) => ({ path: d.path as Path, message: d.message })));
  found.push(...crossChecks(file));
  problems.set(file.name, found);
}

/** What a schema alone cannot see but a clerk should, as they type: references to other files. */
function crossChecks(file: PlanFileState): FieldProblem[] {
  if (file.kind !== 'projects') return [];
  const structure = state.files.find((f) => f.kind === 'structure')?.value as { dimensions?: Array<{ id: string; missions?: Array<{ id: string; subMissions?: Array<{ id: string }> }> }> } | undefined;
  const units = state.files.find((f) => f.kind === 'units')?.value as { units?: Array<{ id: string }> } | undefined;
  const data = (file.value ?? {}) as { dimension?: string; projects?: Array<{ under?: unknown; responsible?: unknown }> };
  const dimension = structure?.dimensions?.find((d) => d.id === data.dimension);
  const places = new Set(dimension?.missions?.flatMap((m) => [m.id, ...(m.subMissions ?? []).map((s) => s.id)]) ?? []);
  const unitIds = new Set(units?.units?.map((u) => u.id) ?? []);
  const found: FieldProblem[] = [];
  data.projects?.forEach((p, i) => {
    if (dimension && typeof p.under === 'string' && p.under && !places.has(p.under)) {
      found.push({ path: ['projects', i, 'under'], message: `ไม่พบภารกิจ "${p.under}" ในมิติ "${data.dimension}" — expected a mission or sub-mission id of this dimension in structure.yaml` });
    }
    if (Array.isArray(p.responsible)) {
      p.responsible.forEach((r, ri) => {
        const unit = typeof r === 'string' ? r : (r as { unit?: string } | null)?.unit;
        if (unitIds.size && typeof unit === 'string' && !unitIds.has(unit)) {
          found.push({ path: typeof r === 'string' ? ['projects', i, 'responsible', ri] : ['projects', i, 'responsible', ri, 'unit'], message: `ไม่พบหน่วยงาน "${unit}" ใน units.yaml — expected a unit id from units.yaml` });
        }
      });
    }
  });
  return found;
}

export function checkAll(): void {
  for (const f of state.files) checkFile(f);
}

export const problemCount = () => [...problems.values()].reduce((n, list) => n + list.length, 0);
