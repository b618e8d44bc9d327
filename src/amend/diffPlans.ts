import { Typeset } from '../compose/typeset.js';
import type { Plan, Project, YearAmounts } from '../model/plan.js';
import type { BudgetRow, FactChange, PlanChanges, ProjectChange } from './changes.js';
import { planFacts } from './facts.js';
import { projectFields } from './projectFields.js';

const MOVE_KEYS = new Set(['under', 'responsible']);

/**
 * Cards are the same card when their ids match; a card whose id alone was retyped (no card of that
 * name left on its side) is matched by its exact name, so it reads as a change rather than a removal
 * and an addition.
 */
function matchProjects(from: Plan, to: Plan): { pairs: Array<[Project, Project]>; added: Project[]; removed: Project[] } {
  const toById = new Map(to.projects.map((p) => [p.id, p]));
  const fromIds = new Set(from.projects.map((p) => p.id));
  const pairs: Array<[Project, Project]> = [];
  const removed: Project[] = [];
  for (const p of from.projects) {
    const same = toById.get(p.id);
    if (same) pairs.push([p, same]);
    else removed.push(p);
  }
  let added = to.projects.filter((p) => !fromIds.has(p.id));
  for (const old of [...removed]) {
    const renamedId = added.filter((p) => p.name === old.name);
    if (renamedId.length === 1 && removed.filter((p) => p.name === old.name).length === 1) {
      pairs.push([old, renamedId[0]!]);
      removed.splice(removed.indexOf(old), 1);
      added = added.filter((p) => p !== renamedId[0]);
    }
  }
  pairs.sort((a, b) => a[1].number - b[1].number);
  return { pairs, added, removed };
}

function compareProject(from: Plan, to: Plan, before: Project, after: Project): ProjectChange | undefined {
  const a = projectFields(new Typeset(to.digits), from, before);
  const b = projectFields(new Typeset(to.digits), to, after);
  const fields = b.flatMap((field, i) => (field.value === a[i]!.value ? [] : [{ key: field.key, label: field.label, before: a[i]!.lines, after: field.lines }]));
  if (before.id !== after.id) fields.unshift({ key: 'id', label: 'รหัสโครงการ', before: [{ text: before.id }], after: [{ text: after.id }] });
  if (!fields.length) return undefined;
  return { id: after.id, before, after, moved: fields.some((f) => MOVE_KEYS.has(f.key)), renamed: fields.some((f) => f.key === 'name'), fields };
}

function compareFacts(from: Plan, to: Plan): FactChange[] {
  const a = planFacts(from);
  const b = planFacts(to);
  const out: FactChange[] = [];
  for (const [path, fact] of b) {
    const old = a.get(path);
    if (old?.text !== fact.text) out.push({ group: fact.group, path, before: old?.text, after: fact.text });
  }
  for (const [path, fact] of a) if (!b.has(path)) out.push({ group: fact.group, path, before: fact.text });
  return out;
}

const amountsOf = (p: Project | undefined): YearAmounts => p?.budget?.perYear ?? new Map();
const differ = (years: number[], x: YearAmounts, y: YearAmounts) => years.some((yr) => (x.get(yr) ?? 0) !== (y.get(yr) ?? 0));

function budgetRows(from: Plan, to: Plan, years: number[], pairs: Array<[Project, Project]>, added: Project[], removed: Project[]) {
  const fromDims = new Map(from.dimensions.map((d) => [d.id, d]));
  const toDims = new Map(to.dimensions.map((d) => [d.id, d]));
  const dimensionIds = [...new Set([...to.dimensions.map((d) => d.id), ...from.dimensions.map((d) => d.id)])];
  const dimensions: BudgetRow[] = dimensionIds.map((id) => {
    const d = toDims.get(id) ?? fromDims.get(id)!;
    return { id, label: `มิติที่ ${d.number} ${d.title}`, before: fromDims.get(id)?.budgetPerYear ?? new Map(), after: toDims.get(id)?.budgetPerYear ?? new Map() };
  });
  const projects: BudgetRow[] = [
    ...pairs.map(([b, a]) => ({ id: a.id, label: `${a.number}. ${a.name}`, before: amountsOf(b), after: amountsOf(a) })),
    ...added.map((a) => ({ id: a.id, label: `${a.number}. ${a.name}`, before: new Map(), after: amountsOf(a) })),
    ...removed.map((b) => ({ id: b.id, label: `(เดิม ${b.number}.) ${b.name}`, before: amountsOf(b), after: new Map() })),
  ].filter((row) => differ(years, row.before, row.after));
  return { total: { id: 'total', label: 'รวมทั้งแผน', before: from.totalPerYear, after: to.totalPerYear }, dimensions, projects };
}

/** Everything that differs between two versions of one plan, as data. */
export function diffPlans(from: Plan, to: Plan): PlanChanges {
  const years = [...new Set([...from.years, ...to.years])].sort((a, b) => a - b);
  const { pairs, added, removed } = matchProjects(from, to);
  const changed = pairs.flatMap(([b, a]) => compareProject(from, to, b, a) ?? []);
  return { from, to, years, added, removed, changed, facts: compareFacts(from, to), budget: budgetRows(from, to, years, pairs, added, removed) };
}
