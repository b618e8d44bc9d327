import { join } from 'node:path';
import { displayPath } from '../model/files.js';
import { loadPlan } from '../model/loadPlan.js';
import { writeFileAtomic } from '../publish/atomicWrite.js';
import { budgetWorkbook, protect } from './budgetWorkbook.js';
import { readProjectFiles } from './projectFiles.js';

/** Where the workbook goes when no --out is given: beside the plan's documents. */
export const defaultWorkbookPath = (planId: string, version: string) => join('out', planId, `budget-${version}.xlsx`);

/** Writes a plan's budgets as a workbook; returns the path written. */
export async function exportBudgets(dataDir: string, out?: string): Promise<string> {
  const plan = loadPlan(dataDir);
  const { projects } = readProjectFiles(dataDir);
  const raw = new Map([...projects].map(([id, p]) => [id, p.perYear]));
  const wb = budgetWorkbook(plan, raw);
  await protect(wb);
  const path = out ?? defaultWorkbookPath(plan.id, plan.version);
  writeFileAtomic(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return displayPath(path);
}
