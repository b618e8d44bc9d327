import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { displayPath } from '../model/files.js';
import { loadPlan } from '../model/loadPlan.js';
import type { Plan } from '../model/plan.js';
import { InputError } from '../model/problems.js';
import { writeFileAtomic } from '../publish/atomicWrite.js';
import { checkWorkbook } from './checkWorkbook.js';
import { readProjectFiles, type ProjectFile } from './projectFiles.js';
import { updatedText, type BudgetChange } from './yamlUpdate.js';

export interface ImportResult {
  changes: Array<BudgetChange & { number: number; name: string; file: string }>;
  /** The plan as read back after writing (its totals include the changes). */
  plan: Plan;
  filesWritten: string[];
}

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const at = (message: string) => new InputError([{ file: displayPath(path), line: 1, column: 1, path: '', message }]);
  if (!existsSync(path)) throw at('ไม่พบไฟล์ — expected an .xlsx file');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw at(`อ่านไฟล์ XLSX ไม่ได้ (บันทึกเป็น Excel Workbook .xlsx หรือไม่?) — expected an .xlsx workbook: ${(e as Error).message.split(' : ')[0]}`);
  }
  return wb;
}

/**
 * The plan as it would be with the new texts, read by the model from a scratch copy of the folder:
 * whatever the model checks (now or later: limits, totals) holds before the real files are touched.
 * Problems name the real files.
 */
export function trialLoad(dataDir: string, texts: Array<{ file: ProjectFile; text: string }>): Plan {
  const dir = resolve(dataDir);
  const trial = mkdtempSync(join(tmpdir(), 'ita-budget-'));
  try {
    cpSync(dir, trial, { recursive: true });
    for (const { file, text } of texts) writeFileSync(join(trial, relative(dir, resolve(file.ref.path))), text);
    try {
      return loadPlan(trial);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const [from, to] = [displayPath(trial), displayPath(dir)];
      throw new InputError(e.problems.map((p) => ({ ...p, file: p.file.startsWith(from) ? to + p.file.slice(from.length) : p.file })));
    }
  } finally {
    rmSync(trial, { recursive: true, force: true });
  }
}

/**
 * Reads budgets back from a workbook into a plan folder. Every cell is checked first; if any
 * problem remains nothing is written (an InputError lists them all). Otherwise only the amounts that
 * differ are changed, each in place in its projects-*.yaml.
 */
export async function importBudgets(xlsxPath: string, dataDir: string): Promise<ImportResult> {
  const before = loadPlan(dataDir);
  const { projects } = readProjectFiles(dataDir);
  const wb = await readWorkbook(xlsxPath);
  const { changes, problems } = checkWorkbook(wb, displayPath(xlsxPath), before.years, projects);
  if (problems.length) throw new InputError(problems);

  const byFile = new Map<ProjectFile, Array<BudgetChange & { index: number }>>();
  for (const c of changes) {
    const entry = projects.get(c.id)!;
    byFile.set(entry.file, [...(byFile.get(entry.file) ?? []), { ...c, index: entry.index }]);
  }
  // Every new text is made and the plan they make checked before any is written, so a failure
  // leaves every file as it was.
  const texts = [...byFile].map(([file, list]) => ({ file, text: updatedText(file, list) }));
  const after = texts.length ? trialLoad(dataDir, texts) : before;
  for (const { file, text } of texts) writeFileAtomic(file.ref.path, text);

  const projectById = new Map(after.projects.map((p) => [p.id, p]));
  return {
    changes: changes.map((c) => ({
      ...c, number: projectById.get(c.id)!.number, name: projectById.get(c.id)!.name, file: projects.get(c.id)!.file.ref.display,
    })),
    plan: after,
    filesWritten: texts.map((t) => t.file.ref.display),
  };
}
