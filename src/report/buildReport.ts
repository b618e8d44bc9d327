import { loadPlan } from '../model/loadPlan.js';
import { formatProblem, InputError } from '../model/problems.js';
import { renderDocx } from '../render/docx/renderDocx.js';
import { renderPdf } from '../render/pdf/renderPdf.js';
import type { Doc } from '../doc/doc.js';
import { composeMemo } from './composeMemo.js';
import { composeReport, reportDocumentDate } from './composeReport.js';
import { reportFigures } from './figures.js';
import { initProgress, progressPath } from './init.js';
import { loadProgress } from './loadProgress.js';
import { publishReport, reportFileName, type ReportFile } from './publishReport.js';
import { ROUNDS, type Round } from './schema.js';

export interface ReportOptions {
  data: string;
  year: number;
  round: Round;
  /** Default: progress/<year>.yaml in the plan folder. */
  progress?: string;
  out: string;
  log: (line: string) => void;
}

const flagProblem = (flag: string, message: string) => new InputError([{ file: flag, line: 1, column: 1, path: '', message }]);

/** `--year 2567` and `--round 6|12` as numbers, or a located problem for the flag. */
export function parseYearRound(year: string | undefined, round: string | undefined): { year: number; round?: Round } {
  if (!year || !/^\d{4}$/.test(year)) throw flagProblem('--year', `ต้องเป็นปีงบประมาณ พ.ศ. ๔ หลัก เช่น 2567 (พบ "${year ?? ''}") — expected a Buddhist-era year`);
  if (round === undefined) return { year: Number(year) };
  if (!ROUNDS.map(String).includes(round)) throw flagProblem('--round', `ต้องเป็น 6 หรือ 12 (พบ "${round}") — expected 6 or 12`);
  return { year: Number(year), round: Number(round) as Round };
}

/** `--init`: the year's progress file in the plan folder, listing every project; never overwrites. */
export function initReport(data: string, year: number, log: (line: string) => void): string {
  const plan = loadPlan(data);
  const path = initProgress(plan, year);
  log(`เขียน ${path} แล้ว: ${plan.projects.length} โครงการ กรอกผลแล้วสั่ง npm run report -- --year ${year} --round 6 — wrote the progress file`);
  return path;
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/**
 * Loads the plan and the progress file, checks them (every problem at once), renders the report and
 * the memo as PDF and DOCX in memory, and only then writes them with the manifest.
 */
export async function buildReport(options: ReportOptions): Promise<{ dir: string; files: ReportFile[] }> {
  const plan = loadPlan(options.data);
  const progress = loadProgress(options.progress ?? progressPath(plan.folder, options.year), plan, { year: options.year, round: options.round });
  for (const w of progress.warnings) options.log(formatProblem(w));
  const figures = reportFigures(plan, progress, options.round);
  const docs: Array<['report' | 'memo', Doc]> = [
    ['report', composeReport(plan, progress, figures)],
    ['memo', composeMemo(plan, progress, figures)],
  ];
  const files: ReportFile[] = [];
  for (const [name, doc] of docs) {
    const pdf = await renderPdf(doc);
    files.push({ file: reportFileName(plan, figures.year, options.round, name, 'pdf'), bytes: pdf.bytes, pages: pdf.pages });
    const docx = await renderDocx(doc, { pageLabels: pdf.pageLabels, pageStarts: pdf.pageStarts });
    files.push({ file: reportFileName(plan, figures.year, options.round, name, 'docx'), bytes: docx.bytes, pages: null });
  }
  for (const f of files) options.log(`  ${f.file}  ${f.pages === null ? '' : `${f.pages} หน้า, `}${kb(f.bytes.length)}`);
  const dir = publishReport(plan, progress, options.round, reportDocumentDate(progress, options.round), files, options.out);
  options.log(`เสร็จ ${files.length} ไฟล์ใน ${dir} — manifest.json, SHA256SUMS`);
  return { dir, files };
}
