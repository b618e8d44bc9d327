import { resolve } from 'node:path';
import { derivePlan } from './derive.js';
import { displayPath, folderProblem, listPlanFiles } from './files.js';
import type { Plan } from './plan.js';
import { InputError, sortProblems, type Problem } from './problems.js';
import { readYaml } from './source.js';
import { checkConsistency, checkSchema, type CheckedFiles } from './validate.js';

/**
 * Reads, checks and derives a plan folder. Either returns the whole Plan or throws an InputError
 * carrying every problem found (never only the first).
 */
export function loadPlan(folder: string): Plan {
  const dir = resolve(folder);
  const problems: Problem[] = [];
  const here = displayPath(dir);
  let listing: ReturnType<typeof listPlanFiles>;
  try {
    listing = listPlanFiles(dir);
  } catch (e) {
    throw new InputError([{ file: here, line: 1, column: 1, path: '', message: folderProblem(e) }]);
  }
  for (const name of listing.missing) {
    problems.push({ file: `${here}/${name}`, line: 1, column: 1, path: '', message: 'ไม่พบไฟล์ที่แผนต้องมี — expected this file in the plan folder' });
  }
  for (const name of listing.unknown) {
    problems.push({
      file: `${here}/${name}`, line: 1, column: 1, path: '',
      message: 'ไม่รู้จักไฟล์นี้ (ชื่อไฟล์สะกดผิดหรือไม่?) — expected plan.yaml, structure.yaml, units.yaml, risks.yaml, projects-*.yaml, order.yaml, announcement.yaml, errata.yaml or amendment.yaml',
    });
  }

  const checked: CheckedFiles = { projects: [] };
  // plan.yaml comes first in the listing: its fiscal years bound the budgets of the project files.
  let years: { from: number; to: number } | undefined;
  for (const ref of listing.files) {
    const read = readYaml(ref.path, ref.display);
    problems.push(...read.problems);
    if (!read.source) continue;
    const result = checkSchema(ref.kind, read.source, years);
    if (ref.kind === 'plan' && result.data) years = (result.data as { years: typeof years }).years;
    problems.push(...result.problems);
    if (result.data === undefined) continue;
    const entry = { source: read.source, data: result.data };
    if (ref.kind === 'projects') checked.projects.push(entry as CheckedFiles['projects'][number]);
    else (checked as unknown as Record<string, unknown>)[ref.kind] = entry;
  }
  problems.push(...checkConsistency(checked, dir));
  if (problems.length) throw new InputError(sortProblems(problems));

  const { plan, structure, units, risks, order, announcement } = checked;
  if (!plan || !structure || !units || !risks || !order || !announcement) {
    throw new Error('unreachable: a required file passed without problems but is absent');
  }
  return derivePlan(
    { plan, structure, units, risks, order, announcement, errata: checked.errata, projects: checked.projects },
    dir,
    listing.files.map((f) => f.path),
  );
}
